#!/usr/bin/env bash
# Builds the lab in Release and runs its BenchmarkDotNet benchmarks.
#
#   ./run-benchmarks.sh [FILTER] [JOB] [more BenchmarkDotNet or lab arguments...]
#
# FILTER  BenchmarkDotNet glob over Namespace.Class.Method (default: the Serial class; '*' for all)
# JOB     a BenchmarkDotNet job: dry, short, medium, long (default: the lab's Workstation job)
# more    passed through, e.g. --corpus ../shared/data/gutenberg, --list flat, --exporters json
#
# Runs on the built-in synthetic corpus unless --corpus DIR or PARALLELLAB_CORPUS says otherwise.
set -euo pipefail

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi

filter="${1:-ParallelLab.Benchmarks.Serial.*}"
job="${2:-}"
shift $(( $# < 2 ? $# : 2 ))

# Resolve --corpus against the caller's directory before moving to the checkout.
rest=()
corpus=""
while (($#)); do
  case "$1" in
    --corpus)
      if (($# < 2)); then echo "run-benchmarks.sh: error: --corpus needs a directory" >&2; exit 2; fi
      corpus="$2"; shift 2 ;;
    --corpus=*)
      corpus="${1#--corpus=}"; shift ;;
    *)
      rest+=("$1"); shift ;;
  esac
done
if [[ -n "$corpus" ]]; then
  if [[ ! -d "$corpus" ]]; then echo "run-benchmarks.sh: error: corpus directory '$corpus' does not exist" >&2; exit 2; fi
  export PARALLELLAB_CORPUS="$(cd "$corpus" && pwd)"
fi

cd "$(dirname "$0")"

echo "==> Building (Release)"
dotnet build -c Release -v quiet -nologo src/ParallelLab.Cli/ParallelLab.Cli.csproj
dotnet build -c Release -v quiet -nologo benchmarks/ParallelLab.Benchmarks/ParallelLab.Benchmarks.csproj

echo "==> Corpus"
dotnet src/ParallelLab.Cli/bin/Release/net10.0/parallellab.dll corpus info

echo "==> Benchmarks: filter '$filter', job '${job:-Workstation}'"
bdn_args=(--filter "$filter")
if [[ -n "$job" ]]; then
  bdn_args+=(--job "$job")
fi
dotnet run -c Release --no-build --project benchmarks/ParallelLab.Benchmarks -- "${bdn_args[@]}" ${rest[@]+"${rest[@]}"}

echo "==> Results (Markdown, CSV, HTML and full JSON for the reporter): $(pwd)/reports/benchmarks/results/"
