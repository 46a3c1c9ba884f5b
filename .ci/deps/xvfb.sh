#!/usr/bin/env bash
# Installs what the Eclipse UI tests and the workbench screenshots need under a virtual display:
# Xvfb, GTK 3 and WebKitGTK (SWT and its Browser widget), xdotool and ImageMagick (screenshots).
# Idempotent: a fast no-op when all of them are there.
exec bash "$(dirname "$0")/apt-install.sh" xvfb.sh xvfb xdotool imagemagick libgtk-3-0 libwebkit2gtk-4.1-0 fonts-dejavu-core
