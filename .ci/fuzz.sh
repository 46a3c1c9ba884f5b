#!/usr/bin/env bash
# Coverage-guided fuzzing of the plan tools with Jazzer, one fuzz test at a time (libFuzzer
# fuzzes one test per JVM). Usage: .ci/fuzz.sh [seconds per test, default 60] [test ...]
# Tests: load format generate framing (PlanFuzzTest), symlinkedOutputFolders concurrentSaves
# (FileWritingFuzzTest). Inputs that fail are copied to
# org.plans.dsl.tests/resources/org/plans/dsl/tests/fuzz/<class>Inputs/<test>/ where
# `./mvnw verify` replays them; the script prints each one's cause and bytes (gzip, base64) and
# exits non-zero. See docs/robustness.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(load format generate framing symlinkedOutputFolders concurrentSaves)
module=org.plans.dsl.tests
class_of() {
  case "$1" in
    symlinkedOutputFolders|concurrentSaves) echo FileWritingFuzzTest ;;
    *) echo PlanFuzzTest ;;
  esac
}
log_dir="$module/target/fuzz"
mkdir -p "$log_dir"

# generate the language once; the fuzz runs below reuse it
./mvnw -B -ntp -q test-compile -pl "$module" -am

failed=0
for test in "${tests[@]}"; do
  class=$(class_of "$test")
  inputs="$module/resources/org/plans/dsl/tests/fuzz/${class}Inputs"
  echo "== fuzzing $class#$test for ${seconds}s"
  before=$(mktemp)
  find "$module" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'timeout-*' > "$before" || true
  if ! JAZZER_FUZZ=1 ./mvnw -B -ntp test -pl "$module" -am -Dplans.skipGrammar=true \
      -Dtest="$class#$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="${seconds}s" > "$log_dir/$test.log" 2>&1; then
    failed=1
    echo "!! $class#$test found a failing input; see $log_dir/$test.log"
    # the cause, so that a CI log alone says what failed
    grep -m1 -A8 '^Caused by:' "$log_dir/$test.log" | cut -c1-400 || grep -m1 -A3 'FuzzTestFindingException' "$log_dir/$test.log" || true
  fi
  grep -E '^#[0-9]+.*(DONE|pulse|NEW)' "$log_dir/$test.log" | tail -1 || true
  mkdir -p "$inputs/$test"
  for finding in $(find "$module" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' \) | grep -vxFf "$before"); do
    mv "$finding" "$inputs/$test/"
    echo "!! regression input kept: $inputs/$test/$(basename "$finding")"
    # and the input itself, for when the checkout is gone (decode: base64 -d | gunzip)
    echo "!! its bytes, gzipped, in base64:"
    gzip -9c "$inputs/$test/$(basename "$finding")" | base64 -w 100
  done
  rm -f "$before"
done
exit $failed
