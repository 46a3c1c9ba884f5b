#!/usr/bin/env bash
# Installs Debian packages for tests when a program they bring is missing:
#   apt.sh /usr/bin/PROGRAM PACKAGE...
# Idempotent: a fast no-op when PROGRAM is already there.
set -euo pipefail
program="$1"
shift
if [ -x "$program" ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "apt.sh: $program is missing and installing it needs root (apt-get install $*)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$@" >/dev/null
