#!/usr/bin/env bash
# Starts Xvfb on a free display and prints `export DISPLAY=:N XVFB_PID=P` for the caller to eval;
# stop it with .ci/deps/xvfb-stop.sh. Installs Xvfb first when missing (xvfb.sh).
set -euo pipefail
here="$(dirname "$0")"
bash "$here/xvfb.sh"
for n in $(seq 91 140); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 50); do
      if [ -e "/tmp/.X11-unix/X$n" ]; then
        echo "export DISPLAY=:$n XVFB_PID=$pid"
        exit 0
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
  fi
done
echo "xvfb-start.sh: no free display between :91 and :140" >&2
exit 1
