#!/bin/sh
# Starts the Debian Redmine (installed by redmine.sh) on 127.0.0.1 and a free port, with the
# REST API enabled, a project "plans", a user "apatel" and the admin's API key.
# Prints REDMINE_URL=... and REDMINE_API_KEY=... (also kept in $STATE/env). If it is
# already running, prints the same again. Stop it with redmine-stop.sh.
set -eu
STATE=${PLANS_REDMINE_STATE:-/tmp/plans-redmine}
HERE=$(cd "$(dirname "$0")" && pwd)
APP=/usr/share/redmine
mkdir -p "$STATE"

if [ -f "$STATE/server.pid" ] && kill -0 "$(cat "$STATE/server.pid")" 2>/dev/null && [ -f "$STATE/env" ]; then
  cat "$STATE/env"
  exit 0
fi

cd "$APP"
# Debian's Ruby has WEBrick but no Puma or Thin; Redmine reads extra gems from Gemfile.local.
grep -qs '^gem "webrick"' Gemfile.local || echo 'gem "webrick"' >> Gemfile.local

KEY=$(bundle exec rails runner -e production "$HERE/redmine-setup.rb" 2>"$STATE/setup.log" | tail -n 1)
[ -n "$KEY" ] || { echo "Redmine setup failed, see $STATE/setup.log" >&2; exit 1; }

PORT=$(ruby -rsocket -e 's = TCPServer.new("127.0.0.1", 0); puts s.addr[1]; s.close')
rm -f "$STATE/server.pid"
nohup bundle exec rails server -u webrick -b 127.0.0.1 -p "$PORT" -e production -P "$STATE/server.pid" \
  >"$STATE/server.log" 2>&1 &

URL="http://127.0.0.1:$PORT"
i=0
until curl -fs -o /dev/null "$URL/projects/plans.json?key=$KEY" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -gt 120 ]; then
    echo "Redmine did not answer on $URL within 120 s, see $STATE/server.log" >&2
    exit 1
  fi
  sleep 1
done
printf 'REDMINE_URL=%s\nREDMINE_API_KEY=%s\n' "$URL" "$KEY" >"$STATE/env"
cat "$STATE/env"
