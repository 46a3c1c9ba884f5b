#!/usr/bin/env bash
# Measures the whole-process time of `plans validate` on one plan, with and without the
# launcher's start-up tuning (CDS archive, C1 only, parallel GC). Usage: .ci/bench-startup.sh [runs] [plan]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
plan="${2:-examples/constructs/all-constructs.plan}"
./plans validate "$plan" >/dev/null   # builds the jar and the CDS archive if needed
jar=org.plans.dsl.cli/target/plans.jar
measure() {
  local label="$1"; shift
  local walls=() cpus=()
  for _ in $(seq "$runs"); do
    local t tf
    tf="$(mktemp)"
    /usr/bin/time -o "$tf" -f "%e %U %S" "$@" >/dev/null 2>&1 || true
    t="$(tail -1 "$tf")"; rm -f "$tf"
    walls+=("$(echo "$t" | cut -d' ' -f1)")
    cpus+=("$(echo "$t" | awk '{printf "%.2f", $2 + $3}')")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf '%-40s wall median %ss (min %ss), cpu median %ss\n' "$label" "$(median "${walls[@]}")" \
    "$(printf '%s\n' "${walls[@]}" | sort -n | head -1)" "$(median "${cpus[@]}")"
}
measure "java -jar plans.jar (no tuning)" java -jar "$jar" validate "$plan"
measure "./plans, CDS off (C1, ParallelGC)" env PLANS_CDS=off ./plans validate "$plan"
measure "./plans (static CDS, C1, ParallelGC)" ./plans validate "$plan"
