#!/usr/bin/env bash
# Does the lab notice a busy machine? Runs the same quick job twice: once as the machine is, once
# beside a CPU hog (a shell busy loop, one core's worth), and prints each report's verdict on the
# machine, what it says the run can support, and how long each took. The first should flag
# nothing on a quiet machine; the second should flag the cases that wanted the hog's core.
#
#   tools/contention-check.sh [FILTER]     (default '*CpuThreads*')
set -euo pipefail

filter="${1:-*CpuThreads*}"
cd "$(dirname "$0")/.."
stamp="$(date +%Y%m%d-%H%M%S)"
hog=""
# The hog never outlives this script, however it ends.
trap '[[ -n "$hog" ]] && kill "$hog" 2>/dev/null; true' EXIT INT TERM

run() {
  local name="$1" started ended
  started=$(date +%s)
  ./run-benchmarks.sh "$filter" --run "$name" > "/tmp/$name.log" 2>&1 || { echo "contention-check.sh: $name failed; see /tmp/$name.log" >&2; exit 1; }
  ended=$(date +%s)
  echo "== $name: $((ended - started)) s"
  grep -E "^machine while measuring:|scaling groups" "/tmp/$name.log" || true
  # The report's own summary, as its reader sees it.
  sed -n '/^## What this run can support/,/^## /p' "reports/$name/index.md" | sed '$d'
}

run "contention-quiet-$stamp"
sh -c 'while :; do :; done' &
hog=$!
run "contention-hog-$stamp"
