#!/usr/bin/env bash
# Installs Debian's poppler-utils (pdftoppm) for the tests that render generated PDFs to PNG.
exec bash "$(dirname "$0")/apt-install.sh" poppler.sh poppler-utils
