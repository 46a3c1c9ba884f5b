#!/bin/sh
# Stops the Redmine started by redmine-start.sh (no-op when it is not running).
set -eu
STATE=${PLANS_REDMINE_STATE:-/tmp/plans-redmine}
if [ -f "$STATE/server.pid" ]; then
  PID=$(cat "$STATE/server.pid")
  kill "$PID" 2>/dev/null || true
  i=0
  while kill -0 "$PID" 2>/dev/null && [ "$i" -lt 20 ]; do sleep 0.5; i=$((i + 1)); done
  kill -9 "$PID" 2>/dev/null || true
fi
rm -f "$STATE/server.pid" "$STATE/env"
