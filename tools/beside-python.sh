#!/usr/bin/env bash
# The lab's start-up and per-job costs beside the lesson's Python, in one run, with hyperfine:
# word count of a tiny book (one whole process each, beside /bin/true: what any process start costs
# on this machine), the start-up of a pool of worker processes (parallellab pool startup beside
# multiprocessing.Pool with every start method, tools/python-pool-startup.py), the
# one-process-per-book loop over a corpus, and the word-count workflow (every book's .dat, then
# results.csv) as jobs-as-processes and in-process at -j 1 and -j 2 against Snakemake running the
# lesson's own Snakefile and scripts;
# and, where mpi4py is installed, the lesson's autocorrelation_mpi.py under Open MPI's mpirun -n 1
# and -n 2 against parallellab mpi acf under mpiexec.mpich -n 1 and -n 2 (pg58, or the largest book).
# Prints hyperfine's tables and writes them, as Markdown, to reports/beside-python-<time>/.
#
#   tools/beside-python.sh [--corpus DIR] [--runs N]
#
# --corpus   books to use (default: ../shared/data/gutenberg, the lesson's 61 books)
# --runs     timed runs of each command (default 5; the tiny book gets 10 times as many)
#
# Needs: hyperfine, snakemake and Debian's python3 (apt-get install hyperfine snakemake python3),
# the lesson's scripts in ../shared/reference/lesson, and the lab built by ./run-benchmarks.sh or
# tools/build-native.sh && dotnet build -c Release (without the native programs, parallellab is
# the JIT-compiled CLI and the figures show what that costs).
set -euo pipefail
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
die() { echo "beside-python.sh: error: $*" >&2; exit 2; }

cd "$(dirname "$0")/.."
root="$(pwd)"
corpus="$root/../shared/data/gutenberg"
runs=5
while (($#)); do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --corpus) (($# >= 2)) || die "--corpus needs a directory"; corpus="$2"; shift 2 ;;
    --runs) (($# >= 2)) || die "--runs needs a number"; runs="$2"; shift 2 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer, not '$runs'"
[[ -d "$corpus" ]] || die "corpus directory '$corpus' does not exist"
corpus="$(cd "$corpus" && pwd)"
lesson="$root/../shared/reference/lesson"
[[ -f "$lesson/wordcount.py" && -f "$lesson/Snakefile" ]] || die "the lesson's scripts are not in $lesson"
for tool in hyperfine snakemake /usr/bin/python3; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not installed (apt-get install hyperfine snakemake python3)"
done
bin="$root/src/ParallelLab.Cli/bin/Release/net10.0"
[[ -f "$bin/parallellab.dll" ]] || die "build the lab first: tools/build-native.sh && dotnet build -c Release"
if [[ -x "$bin/parallellab" ]]; then
  parallellab="$bin/parallellab"
else
  echo "note: no native parallellab beside $bin/parallellab.dll (tools/build-native.sh): timing the JIT-compiled CLI" >&2
  parallellab="dotnet $bin/parallellab.dll"
fi

out="$root/reports/beside-python-$(date +%Y-%m-%d-%H%M%S)"
work="$(mktemp -d -t parallellab-beside-python-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$work/python-bin" "$work/out" "$work/wc/source" "$work/wc/processed_data" "$work/wc/results" "$work/lab"
# The lesson's Snakefile calls `python`: Debian's python3, as the lesson's python-is-python3 gives.
ln -s /usr/bin/python3 "$work/python-bin/python"
cp "$lesson"/*.py "$lesson/Snakefile" "$work/wc/source/" && mv "$work/wc/source/Snakefile" "$work/wc/"
ln -s "$corpus" "$work/wc/data"
printf 'The tiny book: a handful of words, so the time is the process.\n' > "$work/tiny.txt"
books=("$corpus"/*.txt)
echo "corpus: $corpus (${#books[@]} books); parallellab: $parallellab; results: $out/"

cat > "$work/loop-python.sh" <<LOOP
for book in "$corpus"/*.txt; do /usr/bin/python3 "$lesson/wordcount.py" "\$book" "$work/out/\$(basename "\$book" .txt).dat"; done
LOOP
cat > "$work/loop-parallellab.sh" <<LOOP
for book in "$corpus"/*.txt; do $parallellab wordcount "\$book" "$work/out/\$(basename "\$book" .txt).dat"; done
LOOP

hyperfine -N --warmup 3 --runs $((runs * 10)) --export-markdown "$out/tiny-book.md" \
  -n "python wordcount.py (tiny book)" "/usr/bin/python3 $lesson/wordcount.py $work/tiny.txt $work/out/tiny-py.dat" \
  -n "parallellab wordcount (tiny book)" "$parallellab wordcount $work/tiny.txt $work/out/tiny-pl.dat" \
  -n "dotnet parallellab.dll wordcount (tiny book, JIT)" "dotnet $bin/parallellab.dll wordcount $work/tiny.txt $work/out/tiny-jit.dat" \
  -n "/bin/true (the machine's cost of any process start)" "/bin/true"

# A pool is started from a running program, so each side times its own pool in-process: the
# median of interleaved runs at each worker count, starting every worker and stopping it again.
/usr/bin/python3 "$root/tools/python-pool-startup.py" --workers 1,2,4 --repeat 50 | tee "$out/pool-startup-python.md"
$parallellab pool startup --workers 1,2,4 --repeat 50 | tee "$out/pool-startup-parallellab.txt"

hyperfine --warmup 1 --runs "$runs" --export-markdown "$out/book-loop.md" \
  -n "python wordcount.py, one process per book" "bash $work/loop-python.sh" \
  -n "parallellab wordcount, one process per book" "bash $work/loop-parallellab.sh"

hyperfine --warmup 1 --runs "$runs" --export-markdown "$out/workflow.md" \
  -n "snakemake -j 1 (the lesson's Snakefile)" "cd $work/wc && PATH=$work/python-bin:\$PATH snakemake -j 1 -F -q" \
  -n "snakemake -j 2 (the lesson's Snakefile)" "cd $work/wc && PATH=$work/python-bin:\$PATH snakemake -j 2 -F -q" \
  -n "parallellab workflow -j 1" "$parallellab workflow -j 1 -F --corpus $corpus -d $work/lab" \
  -n "parallellab workflow -j 2" "$parallellab workflow -j 2 -F --corpus $corpus -d $work/lab" \
  -n "parallellab workflow -j 1 --in-process" "$parallellab workflow -j 1 -F --in-process --corpus $corpus -d $work/lab" \
  -n "parallellab workflow -j 2 --in-process" "$parallellab workflow -j 2 -F --in-process --corpus $corpus -d $work/lab"

# Same answers, or the times mean nothing: every .dat of the loop and results.csv of both workflows.
for book in "${books[@]}"; do
  name="$(basename "$book" .txt)"
  /usr/bin/python3 "$lesson/wordcount.py" "$book" "$work/out/$name.py.dat"
  $parallellab wordcount "$book" "$work/out/$name.pl.dat"
  cmp -s "$work/out/$name.py.dat" "$work/out/$name.pl.dat" || die "$name.dat differs between Python and parallellab"
done
diff <(sort "$work/wc/results/results.csv") <(sort "$work/lab/results.csv") >/dev/null \
  || die "results.csv differs between Snakemake and parallellab workflow"
echo "every .dat and results.csv identical to the lesson's"

# The MPI ACF: Debian's mpi4py is built on Open MPI (whose mpirun it installs as the default), the
# lab on MPICH; each runs under its own launcher, as a user of each would.
if command -v mpirun.openmpi >/dev/null 2>&1 && command -v mpiexec.mpich >/dev/null 2>&1 && /usr/bin/python3 -c 'import mpi4py, numpy' 2>/dev/null; then
  book="$corpus/pg58.txt"
  [[ -f "$book" ]] || book="$(ls -S "$corpus"/*.txt | head -n 1)"
  name="$(basename "$book" .txt)"
  /usr/bin/python3 "$lesson/wordcount.py" "$book" "$work/out/$name.dat"
  # Open MPI refuses to run as root unless told; a container's user often is root.
  export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
  hyperfine --warmup 1 --runs "$runs" --export-markdown "$out/mpi-acf.md" \
    -n "python autocorrelation_mpi.py, mpirun -n 1 ($name)" "cd $lesson && mpirun.openmpi -n 1 /usr/bin/python3 autocorrelation_mpi.py $book $work/out/$name.dat $work/out/py1.csv" \
    -n "python autocorrelation_mpi.py, mpirun -n 2 ($name)" "cd $lesson && mpirun.openmpi -n 2 /usr/bin/python3 autocorrelation_mpi.py $book $work/out/$name.dat $work/out/py2.csv" \
    -n "parallellab mpi acf, mpiexec.mpich -n 1 ($name)" "mpiexec.mpich -n 1 $parallellab mpi acf $book $work/out/$name.dat $work/out/pl1.csv" \
    -n "parallellab mpi acf, mpiexec.mpich -n 2 ($name)" "mpiexec.mpich -n 2 $parallellab mpi acf $book $work/out/$name.dat $work/out/pl2.csv"
  for csv in py2 pl1 pl2; do
    cmp -s "$work/out/py1.csv" "$work/out/$csv.csv" || die "the MPI ACF CSV $csv differs from Python's on 1 rank"
  done
  echo "every MPI ACF CSV identical to the lesson's"
else
  echo "note: skipping the MPI ACF comparison: it needs mpich and the lesson's mpi4py (apt-get install mpich python3-mpi4py; mpi4py brings Open MPI, which then owns mpirun)" >&2
fi
echo "tables in $out/"
