#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for the browser tests of the HTML generators.
exec bash "$(dirname "$0")/apt.sh" /usr/bin/chromium chromium fonts-dejavu-core
