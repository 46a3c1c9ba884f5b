#!/usr/bin/env bash
# Installs code-server (VS Code OSS served to a browser, from the npm registry) into a cache folder
# for the VS Code extension's end-to-end test (org.plans.dsl.vscode/e2e); not npm -g.
# Idempotent: a no-op that needs no network once the pinned version is installed.
# Prints the code-server executable's path on its last line.
# Its install compiles native modules (node-gyp with g++, make, python3; the kerberos module needs
# libkrb5-dev from apt, so the first install needs root) against the headers Debian's nodejs ships
# in /usr/include/node, so nothing is downloaded from nodejs.org. @vscode/ripgrep's postinstall
# would download rg from github.com: it is handed Debian's ripgrep (the same 13.0.0) in the
# download cache it looks in first.
set -euo pipefail
version=4.100.0
root=${PLANS_CODE_SERVER_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/plans/code-server-$version}
bin=$root/node_modules/.bin/code-server
# the marker is written only after a complete install: a half-finished one is redone
if [ -x "$bin" ] && [ -f "$root/.installed" ]; then
  echo "$bin"
  exit 0
fi
if [ "$(uname -m)" != x86_64 ]; then
  echo "code-server.sh: only x86_64 Linux is set up (the ripgrep hand-over below names its target)" >&2
  exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" != 20 ]; then
  echo "code-server.sh: code-server $version needs Node 20, found $(node --version)" >&2
  exit 1
fi
bash "$(dirname "$0")/apt-install.sh" code-server.sh libkrb5-dev pkg-config ripgrep
for tool in g++ make python3; do
  command -v "$tool" >/dev/null || { echo "code-server.sh: $tool is needed to build code-server's native modules" >&2; exit 1; }
done
if [ -f /usr/include/node/node_version.h ]; then
  export npm_config_nodedir=/usr
fi
rm -rf "$root"
mkdir -p "$root"
log=$root/install.log
export TMPDIR=$root/tmp
# node-pty's postinstall runs `npx node-gyp`, which would stop to ask before fetching node-gyp
export npm_config_yes=true
ripgrep_cache=$TMPDIR/vscode-ripgrep-cache-1.15.11
mkdir -p "$ripgrep_cache"
tar -czf "$ripgrep_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
echo "code-server.sh: installing code-server $version into $root (log: $log)" >&2
# npm 11 warns about dependency install scripts not listed here (and may come to block them)
echo '{ "private": true, "allowScripts": { "code-server": true, "argon2": true } }' >"$root/package.json"
# code-server's postinstall refuses to run as root without unsafe-perm (which npm 11 no longer
# knows, but still passes on to the script's environment)
if ! (cd "$root" && npm install --no-audit --no-fund --no-save --unsafe-perm=true "code-server@$version") >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  echo "code-server.sh: npm install code-server@$version failed (full log: $log)" >&2
  exit 1
fi
rm -rf "$TMPDIR"
# its own config folder: code-server writes a default config.yaml on first start
XDG_CONFIG_HOME=$root/config "$bin" --version >&2
touch "$root/.installed"
echo "$bin"
