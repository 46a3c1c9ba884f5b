#!/usr/bin/env bash
# Installs Debian's Neovim for NeovimClientIT, which runs docs/editors.md's Neovim configuration.
exec bash "$(dirname "$0")/apt-install.sh" neovim.sh neovim
