#!/usr/bin/env bash
# Publishes the lab's ahead-of-time compiled programs into artifacts/native/: the parallellab front
# end (wordcount, zipf and acf run natively; any other command is handed to the JIT-compiled CLI)
# and the process pool's worker. A later `dotnet build` copies them beside every program of the
# lab that starts processes (the CLI, the benchmarks, the tests), which then start them instead of
# `dotnet parallellab.dll` / `dotnet ParallelLab.Worker.dll`: a few milliseconds per process
# instead of ~80.
#
# Native AOT needs clang and zlib1g-dev (apt-get install clang zlib1g-dev). Without them this
# prints one note, removes any older native programs (which could be stale) and succeeds: the lab
# then runs JIT-compiled, slower to start but otherwise the same. PARALLELLAB_NO_NATIVE=1 does the
# same on purpose: the publishes take ~40 s a checkout, which buys nothing when every benchmark to
# run stays in its process (e.g. `--against` on Serial). Programs newer than every source file
# they come from are kept (--force builds them anyway).
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/native

no_native() {
  echo "note: no native programs ($1); parallellab runs JIT-compiled, ~80 ms per process start" >&2
  rm -rf "$out"
  exit 0
}

[[ "${PARALLELLAB_NO_NATIVE:-}" != 1 ]] || no_native "PARALLELLAB_NO_NATIVE=1"
command -v clang >/dev/null 2>&1 && [[ -e /usr/include/zlib.h ]] \
  || no_native "Native AOT needs clang and zlib1g-dev: apt-get install clang zlib1g-dev"
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64|arm64) rid=linux-arm64 ;;
  *) no_native "none for $(uname -m)" ;;
esac

# Up to date when both programs are newer than every source file they are compiled from.
sources=(src/ParallelLab.Core src/ParallelLab.Paradigms src/ParallelLab.CommandLine src/ParallelLab.Native src/ParallelLab.Worker src/NativeStartup.props Directory.Build.props Directory.Packages.props)
if [[ -x "$out/parallellab" && -x "$out/ParallelLab.Worker" && "${1:-}" != "--force" ]] \
   && [[ -z "$(find "${sources[@]}" \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) -not -path '*/obj/*' -not -path '*/bin/*' \( -newer "$out/parallellab" -o -newer "$out/ParallelLab.Worker" \) -print -quit)" ]]; then
  echo "==> Native AOT: parallellab and ParallelLab.Worker up to date in $out/"
  exit 0
fi

echo "==> Native AOT: parallellab and ParallelLab.Worker ($rid) into $out/"
staging="$out.staging"
rm -rf "$staging"
for project in src/ParallelLab.Native/ParallelLab.Native.csproj src/ParallelLab.Worker/ParallelLab.Worker.csproj; do
  dotnet publish "$project" -c Release -r "$rid" -o "$staging" -nologo -v quiet -p:NativeProgramsBuild=true
done
rm -f "$staging"/*.pdb "$staging"/*.dbg
rm -rf "$out"
mv "$staging" "$out"
