#!/usr/bin/env bash
# Installs the Debian packages a test runs against when any of them is missing (apt-get, so as root).
# Usage: apt-install.sh CALLER PACKAGE...   Idempotent: a fast no-op when dpkg has them all.
set -euo pipefail
caller=$1
shift
missing=()
for package in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "$caller: ${missing[*]} missing, and installing needs root (apt-get install ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
