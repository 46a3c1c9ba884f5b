#!/usr/bin/env bash
# The Plans Workbench start test (docs/eclipse.md): unpacks the Linux archive that the Eclipse build
# made, starts it under Xvfb with its own Java runtime (no JAVA_HOME, no java needed on the PATH) and
# a plan to open, waits for the window and the plan, takes a screenshot
# (eclipse/org.plans.dsl.product/target/screenshots/workbench.png), checks that the workspace log
# has no errors, and stops it. Run by .ci/eclipse.sh after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
product=eclipse/org.plans.dsl.product/target
archive="$product/products/plans-workbench-linux.gtk.x86_64.tar.gz"
shots="$product/screenshots"
plan=cambridgeshire-ofsted-2024.plan
passed=0
fail() { echo "workbench start: FAILED: $*" >&2; [ -f "$work/out.log" ] && tail -40 "$work/out.log" >&2; exit 1; }
ok() { passed=$((passed + 1)); echo "workbench start: ok: $*"; }

work=$(mktemp -d)
app_pid=""
XVFB_PID=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  # what the workbench said, kept beside the screenshot
  mkdir -p "$shots"
  [ -f "$work/out.log" ] && cp "$work/out.log" "$shots/workbench-output.log"
  [ -f "$work/workspace/.metadata/.log" ] && cp "$work/workspace/.metadata/.log" "$shots/workspace.log"
  bash .ci/deps/xvfb-stop.sh "$XVFB_PID"
  rm -rf "$work"
}
trap cleanup EXIT

[ -f "$archive" ] || fail "no archive $archive (run the Eclipse build first)"
tar -C "$work" -xzf "$archive"
app="$work/plans-workbench"
[ -x "$app/jre/bin/java" ] || fail "the archive has no Java runtime (jre/)"
ok "archive unpacked, with its Java runtime: $("$app/jre/bin/java" -version 2>&1 | head -1)"

eval "$(bash .ci/deps/xvfb-start.sh)"
mkdir -p "$work/home" "$shots"
started=$(date +%s)
: > "$work/out.log"
env -u JAVA_HOME HOME="$work/home" "$app/plans-workbench" --open "$plan" -data "$work/workspace" \
  > "$work/out.log" 2>&1 &
app_pid=$!

window=""
for _ in $(seq 1 240); do
  kill -0 "$app_pid" 2>/dev/null || fail "the workbench stopped"
  if grep -q "^Plans Workbench: opened .*$plan" "$work/out.log"; then
    window=$(xdotool search --onlyvisible --name "Plans Workbench" 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
  fi
  grep -q "^Plans Workbench: cannot open" "$work/out.log" && fail "$(grep '^Plans Workbench: cannot open' "$work/out.log")"
  sleep 0.5
done
[ -n "$window" ] || fail "no window titled Plans Workbench with $plan open within 120 s"
ok "window \"$(xdotool getwindowname "$window")\" with $plan open, $(( $(date +%s) - started )) s after the start"

# a full-size window, then let the editor, the outline and the markers settle
xdotool windowmove "$window" 0 0 windowsize "$window" 1600 1000 2>/dev/null || true
sleep 8
import -window root "$shots/workbench.png"
[ -s "$shots/workbench.png" ] || fail "no screenshot"
ok "screenshot $shots/workbench.png"

log="$work/workspace/.metadata/.log"
if [ -f "$log" ]; then
  if grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
    grep -A3 '^!ENTRY [^ ]* 4 ' "$log" | head -40 >&2
    fail "errors in the workspace log ($shots/workspace.log)"
  fi
fi
ok "no errors in the workspace log ($(grep -c '^!ENTRY' "$log" 2>/dev/null || echo 0) entries)"
kill -0 "$app_pid" 2>/dev/null || fail "the workbench stopped"
echo "workbench start: $passed passed, 0 failed"
