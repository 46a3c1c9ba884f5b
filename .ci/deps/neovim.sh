#!/usr/bin/env bash
# Installs Debian's Neovim for NeovimClientIT, which runs docs/editors.md's Neovim configuration.
# Idempotent: a fast no-op when /usr/bin/nvim is already there.
set -euo pipefail
if [ -x /usr/bin/nvim ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "neovim.sh: /usr/bin/nvim is missing and installing it needs root (apt-get install neovim)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends neovim >/dev/null
