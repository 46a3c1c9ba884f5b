#!/usr/bin/env bash
# Installs Debian's Emacs (no X) and its eglot for EmacsClientIT, which runs docs/editors.md's
# Emacs configuration. Idempotent: a fast no-op when both are there.
set -euo pipefail
if [ -x /usr/bin/emacs ] && [ -d /usr/share/emacs/site-lisp/elpa-src ] && ls -d /usr/share/emacs/site-lisp/elpa-src/eglot-* >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "emacs.sh: Emacs or eglot is missing and installing them needs root (apt-get install emacs-nox elpa-eglot)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends emacs-nox elpa-eglot >/dev/null
