#!/usr/bin/env bash
# Stops the Xvfb that xvfb-start.sh started (its pid in XVFB_PID, or as the first argument).
set -uo pipefail
pid="${1:-${XVFB_PID:-}}"
if [ -n "$pid" ]; then
  kill "$pid" 2>/dev/null || true
fi
