#!/usr/bin/env bash
# Installs Debian's Emacs (no X) and its eglot for EmacsClientIT, which runs docs/editors.md's
# Emacs configuration.
exec bash "$(dirname "$0")/apt-install.sh" emacs.sh emacs-nox elpa-eglot
