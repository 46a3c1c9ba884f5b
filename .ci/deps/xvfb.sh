#!/usr/bin/env bash
# Installs what the Eclipse UI tests and the workbench screenshots need under a virtual display:
# Xvfb, GTK 3 and WebKitGTK (SWT and its Browser widget), xdotool and ImageMagick (screenshots).
# Idempotent: a fast no-op when all of them are there.
set -euo pipefail
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v import >/dev/null || missing+=(imagemagick)
for lib in libgtk-3-0 libwebkit2gtk-4.1-0; do
  dpkg-query -W -f='${Status}' "$lib" 2>/dev/null | grep -q 'install ok installed' || missing+=("$lib")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "xvfb.sh: ${missing[*]} missing and installing needs root (apt-get install ${missing[*]})" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
