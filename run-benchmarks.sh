#!/usr/bin/env bash
# The main job: builds the lab in Release, runs its BenchmarkDotNet benchmarks, and writes the
# report (speedup and efficiency tables, fitted scaling laws, charts) under reports/<run>/.
#
#   ./run-benchmarks.sh [FILTER] [--job quick|short|default] [--corpus DIR]
#                       [--baseline RESULTS | --against REF] [--run NAME] [-- more BenchmarkDotNet arguments...]
#
# FILTER      BenchmarkDotNet glob over Namespace.Class.Method (default '*': every paradigm)
# --job       quick: every class in about 20 minutes on 2 cores (default); short: BenchmarkDotNet's
#             ShortRun; default: the lab's Workstation job (6 iterations, slower, steadier)
# --corpus    a folder of *.txt books (default: the built-in synthetic corpus, generated once)
# --baseline  earlier results (a reports/benchmarks/<run>/results folder): compare against them;
#             what looks slower is measured again, and the script exits 3 if it still is
# --against   a commit (HEAD, main, a hash): build it in a git worktree (in the cache) and
#             measure it and this checkout in the same job, class by class, interleaved (REF,
#             checkout, checkout, REF), then compare as --baseline does, confirming the same way
# --run       the run's name (default: the date and time), naming reports/<run>/
# --          the rest goes to BenchmarkDotNet; its --list, --help and --info print their answer, no run
set -euo pipefail

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; }
die() { echo "run-benchmarks.sh: error: $*" >&2; exit 2; }

filter='*'
filter_given=0
job=quick
corpus=""
baseline=""
against=""
run="$(date +%Y-%m-%d-%H%M%S)"
extra=()
while (($#)); do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --job) (($# >= 2)) || die "--job needs quick, short or default"; job="$2"; shift 2 ;;
    --job=*) job="${1#--job=}"; shift ;;
    --corpus) (($# >= 2)) || die "--corpus needs a directory"; corpus="$2"; shift 2 ;;
    --corpus=*) corpus="${1#--corpus=}"; shift ;;
    --baseline) (($# >= 2)) || die "--baseline needs a results folder or file"; baseline="$2"; shift 2 ;;
    --baseline=*) baseline="${1#--baseline=}"; shift ;;
    --against) (($# >= 2)) || die "--against needs a commit (HEAD, a branch, a hash)"; against="$2"; shift 2 ;;
    --against=*) against="${1#--against=}"; shift ;;
    --run) (($# >= 2)) || die "--run needs a name"; run="$2"; shift 2 ;;
    --run=*) run="${1#--run=}"; shift ;;
    --) shift; extra+=("$@"); break ;;
    -*) die "unknown option '$1' (see --help)" ;;
    *) ((filter_given == 0)) || die "one filter only (got '$filter' and '$1')"; filter="$1"; filter_given=1; shift ;;
  esac
done

case "$job" in
  quick) job_args=(--quick) ;;
  short) job_args=(--job short) ;;
  default) job_args=() ;;
  *) die "--job must be quick, short or default, not '$job'" ;;
esac
[[ "$run" =~ ^[A-Za-z0-9][A-Za-z0-9._-]*$ && "$run" != benchmarks ]] \
  || die "--run must start with a letter or digit, hold only letters, digits, '.', '_' and '-', and not be 'benchmarks'"

[[ -z "$baseline" || -z "$against" ]] || die "--baseline and --against both name a baseline; give one"
for argument in ${extra[@]+"${extra[@]}"}; do
  [[ "$argument" != --within && "$argument" != --within=* ]] \
    || die "--within is the script's own: it runs FILTER a class at a time; name the cases in FILTER"
done

# Paths the caller gave are resolved against the caller's directory before moving to the checkout.
if [[ -n "$corpus" ]]; then
  [[ -d "$corpus" ]] || die "corpus directory '$corpus' does not exist"
  export PARALLELLAB_CORPUS="$(cd "$corpus" && pwd)"
fi
if [[ -n "$baseline" ]]; then
  [[ -e "$baseline" ]] || die "baseline '$baseline' does not exist"
  baseline="$(cd "$(dirname "$baseline")" && pwd)/$(basename "$baseline")"
fi

cd "$(dirname "$0")"
root="$(pwd)"
if [[ -n "$against" ]]; then
  command -v git >/dev/null 2>&1 || die "--against needs git"
  against_sha="$(git rev-parse --verify --quiet "$against^{commit}")" || die "--against '$against' is not a commit of this repository"
fi
artifacts="$root/reports/benchmarks/$run"
report="$root/reports/$run"
cli=(dotnet "$root/src/ParallelLab.Cli/bin/Release/net10.0/parallellab.dll")

echo "==> [1/4] Building (Release)"
tools/build-native.sh
dotnet build -c Release -v quiet -nologo src/ParallelLab.Cli/ParallelLab.Cli.csproj
dotnet build -c Release -v quiet -nologo benchmarks/ParallelLab.Benchmarks/ParallelLab.Benchmarks.csproj

if [[ -n "$against" ]]; then
  if [[ "$against_sha" == "$(git rev-parse HEAD)" && -z "$(git status --porcelain --untracked-files=no)" ]]; then
    # This checkout is that commit, unchanged: its own build is the baseline's.
    worktree="$root"
    echo "==> [1/4] The baseline, $against ($against_sha), is this checkout unchanged: one build serves both"
  else
    # The baseline's own checkout, kept between runs (a later run against the same commit reuses
    # its build); 'git worktree prune' forgets it once the folder is removed. In the user's cache,
    # not under this checkout: BenchmarkDotNet finds the project to build a job's process from by
    # searching the folder it runs in and every folder below, and two ParallelLab.Benchmarks.csproj
    # there stop every job that is not in-process ("Found more than one matching project file").
    cache="${PARALLELLAB_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/parallellab}"
    worktree="$cache/against/$(printf '%s' "$root" | sha256sum | cut -c1-12)/$against_sha"
    echo "==> [1/4] Building the baseline, $against ($against_sha), in $worktree"
    if [[ "$(git -C "$worktree" rev-parse --quiet --verify HEAD 2>/dev/null)" != "$against_sha" ]]; then
      rm -rf "$worktree"
      git worktree prune
      mkdir -p "$(dirname "$worktree")"
      git worktree add --detach --quiet "$worktree" "$against_sha"
    fi
    (cd "$worktree" && tools/build-native.sh \
      && dotnet build -c Release -v quiet -nologo src/ParallelLab.Cli/ParallelLab.Cli.csproj \
      && dotnet build -c Release -v quiet -nologo benchmarks/ParallelLab.Benchmarks/ParallelLab.Benchmarks.csproj) \
      || { echo "run-benchmarks.sh: error: the baseline $against ($against_sha) did not build" >&2; exit 1; }
  fi
fi

echo "==> [2/4] Corpus"
"${cli[@]}" corpus info

# Runs BenchmarkDotNet into the folder $1 for the filter, narrowed to the method globs that follow
# (if any). Its own output is thousands of lines: the console shows which case runs and how many
# remain, console.log keeps everything.
run_benchmarks() {
  run_benchmarks_of "$root" "$@"
}

# Whether the benchmark program of the checkout in $1 narrows a filter with --within (a baseline
# older than that option does not).
takes_within() {
  grep -rqs --include='*.cs' -- '"--within"' "$1/benchmarks/ParallelLab.Benchmarks"
}
narrow_within=1

# The same with the benchmarks of the checkout in $1 (this one, or --against's worktree).
run_benchmarks_of() {
  local checkout="$1" into="$2"
  shift 2
  # A case runs if it matches the user's filter and one of the globs: --within, because
  # BenchmarkDotNet OR-s its --filter globs. Without it, the globs alone, which widens a filter
  # that names parameters to the whole methods.
  local -a select=(--filter "$filter")
  if (($#)); then
    if ((narrow_within)); then
      local glob
      for glob in "$@"; do select+=(--within "$glob"); done
    else
      select=(--filter "$@")
    fi
  fi
  mkdir -p "$into"
  set +e
  # From the checkout's own folder: BenchmarkDotNet builds a job's process from the project it
  # finds there, which must be this checkout's.
  (cd "$checkout" && dotnet run -c Release --no-build --project benchmarks/ParallelLab.Benchmarks -- \
      "${select[@]}" --artifacts "$into" ${job_args[@]+"${job_args[@]}"} ${extra[@]+"${extra[@]}"}) 2>&1 \
    | tee "$into/console.log" \
    | grep --line-buffered -E '^// (Benchmark: |\*\* Remained|\*\*\*\*\* Found)|error:'
  local status=${PIPESTATUS[0]}
  set -e
  return "$status"
}

# The first comparison (tables printed; compare.json and compare.md in the report): returns compare's
# exit code, and leaves in rerun[] the filters of the methods that looked slower, to measure again.
compare_first() {
  local base="$1" new="$2"
  shift 2
  set +e
  "${cli[@]}" compare "$base" "$new" "$@" --json "$report/compare.json" --markdown "$report/compare.md" --rerun-filters "$artifacts/rerun.txt"
  local status=$?
  set -e
  rerun=()
  if ((status == 3)) && [[ -s "$artifacts/rerun.txt" ]]; then
    mapfile -t rerun < <(grep -v '^$' "$artifacts/rerun.txt")
  fi
  return "$status"
}

# BenchmarkDotNet's informational arguments (--list, --help, --info, --version) run nothing: their
# output is the answer, shown whole, and there is nothing to report on.
for argument in ${extra[@]+"${extra[@]}"}; do
  case "$argument" in
    --list|--list=*|--help|-h|'-?'|--info|--version)
      exec dotnet run -c Release --no-build --project benchmarks/ParallelLab.Benchmarks -- --filter "$filter" ${job_args[@]+"${job_args[@]}"} "${extra[@]}" ;;
  esac
done

# --against: the baseline commit and this checkout, measured in turn class by class (REF, checkout,
# checkout, REF), so that a machine that drifts during the job (a neighbour, the CPU's clock) moves
# both sides alike; each side's two runs are pooled when compared.
run_interleaved() {
  local into="$1"
  shift
  local -a classes=()
  mapfile -t classes < <(printf '%s\n' "$@" | sed 's/\.[^.]*$//' | awk '!seen[$0]++')
  local class method round side checkout label
  for class in "${classes[@]}"; do
    local -a methods=()
    for method in "$@"; do
      [[ "${method%.*}" == "$class" ]] && methods+=("$method")
    done
    for round in base-1 new-1 new-2 base-2; do
      side="${round%-*}"
      if [[ "$side" == base ]]; then checkout="$worktree" label="$against"; else checkout="$root" label="this checkout"; fi
      echo "==> ${class##*.}: $label, run ${round#*-} of 2"
      run_benchmarks_of "$checkout" "$into/$side/${round#*-}/${class##*.}" "${methods[@]}" || return
    done
  done
}

if [[ -n "$against" ]]; then
  echo "==> [3/4] Benchmarks against $against: filter '$filter', job '$job', interleaved by class; logs under $artifacts/"
  mapfile -t listed < <(dotnet run -c Release --no-build --project benchmarks/ParallelLab.Benchmarks -- --list flat --filter "$filter" 2>/dev/null \
    | grep -E '^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$' || true)
  ((${#listed[@]})) || die "no benchmark matches '$filter' (BenchmarkDotNet's --list found none)"
  if ! takes_within "$worktree"; then
    narrow_within=0
    echo "note: $against's benchmarks cannot narrow a filter (no --within): both sides measure every case of the methods '$filter' matches"
  fi
  status=0
  run_interleaved "$artifacts" "${listed[@]}" || status=$?
  ((status == 0)) || { echo "run-benchmarks.sh: error: the benchmarks failed (exit $status); see the console.log files under $artifacts" >&2; exit "$status"; }
  [[ -d "$artifacts/new" ]] || die "BenchmarkDotNet ran no benchmark; see the console.log files under $artifacts"

  echo "==> [4/4] Report"
  "${cli[@]}" report "$artifacts/new" --output "$report" \
    --made-by "./run-benchmarks.sh '$filter' --job $job --against $against${corpus:+ --corpus $corpus}"
  echo "Report: $report/index.html"

  echo "==> Compare with $against ($against_sha)"
  status=0
  compare_first "$artifacts/base" "$artifacts/new" --pool-runs --title "Benchmarks: this checkout against $against (${against_sha:0:10})" || status=$?
  ((status == 3 && ${#rerun[@]} > 0)) || exit "$status"
  mapfile -t again < <(printf '%s\n' "${listed[@]}" | while read -r method; do
    for glob in "${rerun[@]}"; do [[ "$method" == $glob ]] && { echo "$method"; break; }; done; done)
  if ((${#again[@]} == 0)); then
    echo "note: the methods that looked slower (${rerun[*]}) are none of those listed for '$filter', so they were not measured again: the first comparison stands"
    exit 3
  fi
  echo "==> Confirming: measuring ${rerun[*]} again, both sides"
  status=0
  run_interleaved "$artifacts/confirm" "${again[@]}" || status=$?
  ((status == 0)) || { echo "run-benchmarks.sh: error: the confirming run failed (exit $status)" >&2; exit "$status"; }
  "${cli[@]}" compare "$artifacts/confirm/base" "$artifacts/confirm/new" --pool-runs --title "Benchmarks, measured again: this checkout against $against (${against_sha:0:10})" --json "$report/compare-confirmed.json" --markdown "$report/compare-confirmed.md"
  exit $?
fi

echo "==> [3/4] Benchmarks: filter '$filter', job '$job'; full log: $artifacts/console.log"
status=0
run_benchmarks "$artifacts" || status=$?
if ((status != 0)); then
  echo "run-benchmarks.sh: error: the benchmarks failed (exit $status); see $artifacts/console.log" >&2
  exit "$status"
fi
# BenchmarkDotNet exits 0 when its filter matches nothing or it did not understand an argument.
[[ -d "$artifacts/results" ]] \
  || die "BenchmarkDotNet ran no benchmark (a filter that matches nothing, or an argument it did not understand); see $artifacts/console.log"

echo "==> [4/4] Report"
"${cli[@]}" report "$artifacts/results" --output "$report" \
  --made-by "./run-benchmarks.sh '$filter' --job $job${corpus:+ --corpus $corpus}"
echo "Report: $report/index.html"

if [[ -z "$baseline" ]]; then
  exit 0
fi

# The regression check. A case that looks slower is measured again before it is believed: on a
# shared machine a neighbour can slow memory-bound code by 20 % for minutes, and a second
# measurement, later, tells such drift from a change in the code.
echo "==> Compare with $baseline"
status=0
compare_first "$baseline" "$artifacts/results" || status=$?
((status == 3 && ${#rerun[@]} > 0)) || exit "$status"
echo "==> Confirming: measuring ${rerun[*]} again"
status=0
run_benchmarks "$artifacts/confirm" "${rerun[@]}" || status=$?
((status == 0)) || { echo "run-benchmarks.sh: error: the confirming run failed (exit $status)" >&2; exit "$status"; }
"${cli[@]}" compare "$baseline" "$artifacts/confirm/results" --json "$report/compare-confirmed.json" --markdown "$report/compare-confirmed.md"
