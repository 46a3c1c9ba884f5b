#!/usr/bin/env bash
# Installs Debian's poppler-utils (pdftoppm) for the tests that render generated PDFs to PNG.
# Idempotent: a fast no-op when /usr/bin/pdftoppm is already there.
set -euo pipefail
if [ -x /usr/bin/pdftoppm ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "poppler.sh: /usr/bin/pdftoppm is missing and installing it needs root (apt-get install poppler-utils)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
