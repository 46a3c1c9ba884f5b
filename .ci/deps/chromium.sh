#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium and the DejaVu fonts for the browser tests of the
# HTML generators and of the VS Code preview.
exec bash "$(dirname "$0")/apt-install.sh" chromium.sh chromium fonts-dejavu-core
