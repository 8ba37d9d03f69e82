#!/usr/bin/env pwsh

<#
.SYNOPSIS
The main job (the PowerShell twin of run-benchmarks.sh): builds the lab in Release, runs its BenchmarkDotNet benchmarks, and writes the report under reports/<run>/.

.DESCRIPTION
Same options, same folders and same exit codes as run-benchmarks.sh, each --option of it being -Option here: 0 done, 1 a step failed, 2 bad usage (one line on standard error), 3 a regression that the confirming run measured again. tests/ParallelLab.Scripts.Tests keeps the two in step.

Lists take commas (-BenchmarkArgs '--list','flat'); a word after a space would be taken for the filter. From outside PowerShell, pass lists with -Command: pwsh -Command "./run-benchmarks.ps1 '*Serial*' -BenchmarkArgs '--list','flat'"

.PARAMETER Filter
BenchmarkDotNet glob over Namespace.Class.Method (default '*': every paradigm); also the first positional argument.

.PARAMETER Job
quick: every class in about 20 minutes on 2 cores (default); short: BenchmarkDotNet's ShortRun; default: the lab's Workstation job (6 iterations, slower, steadier).

.PARAMETER Corpus
A folder of *.txt books (default: the built-in synthetic corpus, generated once).

.PARAMETER Baseline
Earlier results (a reports/benchmarks/<run>/results folder): compare against them; what looks slower is measured again, and the script exits 3 if it still is.

.PARAMETER Against
A commit (HEAD, main, a hash): build it in a git worktree (in the cache) and measure it and this checkout in the same job, class by class, interleaved (REF, checkout, checkout, REF), then compare as -Baseline does, confirming the same way.

.PARAMETER Run
The run's name (default: the date and time), naming reports/<run>/.

.PARAMETER BenchmarkArgs
More arguments for BenchmarkDotNet; its --list, --help and --info print their answer, no run.

.EXAMPLE
./run-benchmarks.ps1 '*CpuThreads*' -Job default

.EXAMPLE
./run-benchmarks.ps1 -Baseline reports/benchmarks/<earlier run>/results

.EXAMPLE
./run-benchmarks.ps1 '*Serial*' -Against main
#>
# (The help above must come first, after a blank line, for Get-Help and -? to find it.)
#Requires -Version 7.2
[CmdletBinding(PositionalBinding = $false)]
param(
    [Parameter(Position = 0)][string]$Filter = '*',
    [string]$Job = 'quick',
    [string]$Corpus = '',
    [string]$Baseline = '',
    [string]$Against = '',
    [string]$Run = (Get-Date -Format 'yyyy-MM-dd-HHmmss'),
    [string[]]$BenchmarkArgs = @(),
    # Whatever PowerShell could not bind, so that it is refused in the sh's words and exit code.
    [Parameter(ValueFromRemainingArguments = $true, DontShow = $true)][string[]]$Unbound = @()
)
$ErrorActionPreference = 'Stop'

function Stop-WithError([string]$Message, [int]$Code = 2) {
    [Console]::Error.WriteLine("run-benchmarks.ps1: error: $Message")
    exit $Code
}

function Invoke-Checked([string[]]$Arguments) {
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

# Usage first, in the order and words of run-benchmarks.sh.
foreach ($word in $Unbound) {
    if ($word -like '-*') { Stop-WithError "unknown option '$word' (see -?)" }
    Stop-WithError "one filter only (got '$Filter' and '$word')"
}
if ($Job -cnotin @('quick', 'short', 'default')) { Stop-WithError "-Job must be quick, short or default, not '$Job'" }
if ($Run -cnotmatch '^[A-Za-z0-9][A-Za-z0-9._-]*\z' -or $Run -ceq 'benchmarks') {
    Stop-WithError "-Run must start with a letter or digit, hold only letters, digits, '.', '_' and '-', and not be 'benchmarks'"
}

if ($Baseline -and $Against) { Stop-WithError "-Baseline and -Against both name a baseline; give one" }
if ($BenchmarkArgs | Where-Object { $_ -ceq '--within' -or $_ -clike '--within=*' }) {
    Stop-WithError "--within is the script's own: it runs FILTER a class at a time; name the cases in FILTER"
}

# Paths the caller gave are resolved against the caller's directory, all checked before anything changes.
if ($Corpus -and -not (Test-Path -LiteralPath $Corpus -PathType Container)) { Stop-WithError "corpus directory '$Corpus' does not exist" }
if ($Baseline -and -not (Test-Path -LiteralPath $Baseline)) { Stop-WithError "baseline '$Baseline' does not exist" }
$corpusPath = if ($Corpus) { (Resolve-Path -LiteralPath $Corpus).Path } else { $null }
$baselinePath = if ($Baseline) { (Resolve-Path -LiteralPath $Baseline).Path } else { $null }

$root = $PSScriptRoot
$artifacts = Join-Path $root "reports/benchmarks/$Run"
$report = Join-Path $root "reports/$Run"
$cli = Join-Path $root 'src/ParallelLab.Cli/bin/Release/net10.0/parallellab.dll'
$jobArgs = @(switch ($Job) { 'quick' { '--quick' } 'short' { '--job'; 'short' } 'default' { } })
$benchmarks = @('run', '-c', 'Release', '--no-build', '--project', 'benchmarks/ParallelLab.Benchmarks', '--')
$againstSha = $null
if ($Against) {
    if (-not (Get-Command git -ErrorAction SilentlyContinue)) { Stop-WithError '-Against needs git' }
    $againstSha = & git -C $root rev-parse --verify --quiet "$Against^{commit}" 2>$null
    if ($LASTEXITCODE -ne 0 -or -not $againstSha) { Stop-WithError "-Against '$Against' is not a commit of this repository" }
}

# Runs BenchmarkDotNet into the folder $Into for the filter, narrowed to the method globs $Within
# (if any). Its own output is thousands of lines: the console shows which case runs and how many
# remain, console.log keeps everything.
$narrowWithin = $true
function Invoke-Benchmarks([string]$Into, [string[]]$Within = @(), [string]$Checkout = $root) {
    New-Item -ItemType Directory -Force -Path $Into | Out-Null
    $project = @('run', '-c', 'Release', '--no-build', '--project', 'benchmarks/ParallelLab.Benchmarks', '--')
    # A case runs if it matches the filter and one of the globs: --within, because BenchmarkDotNet
    # OR-s its --filter globs. Without it (an older baseline), the globs alone (see run-benchmarks.sh).
    $select = @('--filter', $Filter)
    if ($Within.Count -gt 0) {
        $select = if ($narrowWithin) { $select + @($Within | ForEach-Object { '--within', $_ }) } else { @('--filter') + $Within }
    }
    # From the checkout's own folder: BenchmarkDotNet builds a job's process from the project it finds there.
    Push-Location -Path $Checkout
    try {
        & dotnet @($project + $select + @('--artifacts', $Into) + $jobArgs + $BenchmarkArgs) 2>&1 |
            Tee-Object -FilePath (Join-Path $Into 'console.log') |
            Where-Object { "$_" -cmatch '^// (Benchmark: |\*\* Remained|\*\*\*\*\* Found)|error:' } |
            ForEach-Object { Write-Host $_ }
        return $LASTEXITCODE
    }
    finally { Pop-Location }
}

$previousCorpus = $env:PARALLELLAB_CORPUS
Push-Location -Path $root
try {
    if ($corpusPath) { $env:PARALLELLAB_CORPUS = $corpusPath }

    Write-Host '==> [1/4] Building (Release)'
    # The ahead-of-time compiled programs (or a note that there will be none); Linux only.
    if ($IsLinux) {
        & bash tools/build-native.sh
        if ($LASTEXITCODE -ne 0) { Stop-WithError "building the native programs failed (exit $LASTEXITCODE)" $LASTEXITCODE }
    }
    Invoke-Checked @('build', '-c', 'Release', '-v', 'quiet', '-nologo', 'src/ParallelLab.Cli/ParallelLab.Cli.csproj')
    Invoke-Checked @('build', '-c', 'Release', '-v', 'quiet', '-nologo', 'benchmarks/ParallelLab.Benchmarks/ParallelLab.Benchmarks.csproj')

    $worktree = $root
    if ($Against) {
        if ($againstSha -ceq (& git rev-parse HEAD) -and -not (& git status --porcelain --untracked-files=no)) {
            # This checkout is that commit, unchanged: its own build is the baseline's.
            Write-Host "==> [1/4] The baseline, $Against ($againstSha), is this checkout unchanged: one build serves both"
        }
        else {
            # The baseline's own checkout, kept between runs; 'git worktree prune' forgets it once
            # removed. In the user's cache, not under this checkout, where BenchmarkDotNet would find
            # two projects of one name for every job that is not in-process (see run-benchmarks.sh).
            $cache = if ($env:PARALLELLAB_CACHE) { $env:PARALLELLAB_CACHE } elseif ($env:XDG_CACHE_HOME) { Join-Path $env:XDG_CACHE_HOME 'parallellab' } else { Join-Path $HOME '.cache/parallellab' }
            $rootKey = -join ([System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($root)) | ForEach-Object { $_.ToString('x2') })
            $worktree = Join-Path $cache "against/$($rootKey.Substring(0, 12))/$againstSha"
            Write-Host "==> [1/4] Building the baseline, $Against ($againstSha), in $worktree"
            $checkedOut = if (Test-Path -LiteralPath (Join-Path $worktree '.git')) { & git -C $worktree rev-parse --quiet --verify HEAD 2>$null } else { $null }
            if ($checkedOut -cne $againstSha) {
                if (Test-Path -LiteralPath $worktree) { Remove-Item -Recurse -Force -LiteralPath $worktree }
                & git worktree prune
                New-Item -ItemType Directory -Force -Path (Split-Path -Parent $worktree) | Out-Null
                & git worktree add --detach --quiet $worktree $againstSha
                if ($LASTEXITCODE -ne 0) { Stop-WithError "could not check out $Against ($againstSha) in $worktree" 1 }
            }
            Push-Location -Path $worktree
            try {
                if ($IsLinux) { & bash tools/build-native.sh }
                if ($LASTEXITCODE -eq 0) { & dotnet build -c Release -v quiet -nologo src/ParallelLab.Cli/ParallelLab.Cli.csproj }
                if ($LASTEXITCODE -eq 0) { & dotnet build -c Release -v quiet -nologo benchmarks/ParallelLab.Benchmarks/ParallelLab.Benchmarks.csproj }
                if ($LASTEXITCODE -ne 0) { Stop-WithError "the baseline $Against ($againstSha) did not build" 1 }
            }
            finally { Pop-Location }
        }
    }

    Write-Host '==> [2/4] Corpus'
    Invoke-Checked @($cli, 'corpus', 'info')

    # BenchmarkDotNet's informational arguments run nothing: their output is the answer, shown whole.
    if ($BenchmarkArgs | Where-Object { $_ -cin @('--list', '--help', '-h', '-?', '--info', '--version') -or $_ -clike '--list=*' }) {
        & dotnet @($benchmarks + @('--filter', $Filter) + $jobArgs + $BenchmarkArgs)
        exit $LASTEXITCODE
    }

    if ($Against) {
        # The baseline and this checkout measured in turn class by class (REF, checkout, checkout,
        # REF), so that a machine that drifts during the job moves both sides alike (see run-benchmarks.sh).
        function Invoke-Interleaved([string]$Into, [string[]]$Methods) {
            foreach ($class in @($Methods | ForEach-Object { $_.Substring(0, $_.LastIndexOf('.')) } | Select-Object -Unique)) {
                $ofClass = @($Methods | Where-Object { $_.Substring(0, $_.LastIndexOf('.')) -ceq $class })
                $name = $class.Substring($class.LastIndexOf('.') + 1)
                foreach ($round in @('base-1', 'new-1', 'new-2', 'base-2')) {
                    $side, $number = $round -split '-'
                    $checkout = if ($side -ceq 'base') { $worktree } else { $root }
                    $label = if ($side -ceq 'base') { $Against } else { 'this checkout' }
                    Write-Host "==> ${name}: $label, run $number of 2"
                    $status = Invoke-Benchmarks (Join-Path $Into "$side/$number/$name") $ofClass $checkout
                    if ($status -ne 0) { return $status }
                }
            }
            return 0
        }

        Write-Host "==> [3/4] Benchmarks against ${Against}: filter '$Filter', job '$Job', interleaved by class; logs under $artifacts/"
        $listed = @(& dotnet @($benchmarks + @('--list', 'flat', '--filter', $Filter)) 2>$null | Where-Object { "$_" -cmatch '^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+$' })
        if ($listed.Count -eq 0) { Stop-WithError "no benchmark matches '$Filter' (BenchmarkDotNet's --list found none)" }
        $sources = Get-ChildItem -Recurse -File -Filter '*.cs' -LiteralPath (Join-Path $worktree 'benchmarks/ParallelLab.Benchmarks') -ErrorAction SilentlyContinue
        if (-not ($sources | Select-String -Quiet -SimpleMatch -Pattern '"--within"')) {
            $narrowWithin = $false
            Write-Host "note: ${Against}'s benchmarks cannot narrow a filter (no --within): both sides measure every case of the methods '$Filter' matches"
        }
        $status = Invoke-Interleaved $artifacts $listed
        if ($status -ne 0) { Stop-WithError "the benchmarks failed (exit $status); see the console.log files under $artifacts" $status }
        if (-not (Test-Path -LiteralPath (Join-Path $artifacts 'new') -PathType Container)) { Stop-WithError "BenchmarkDotNet ran no benchmark; see the console.log files under $artifacts" }

        Write-Host '==> [4/4] Report'
        $madeBy = "./run-benchmarks.ps1 -Filter '$Filter' -Job $Job -Against $Against" + $(if ($Corpus) { " -Corpus $Corpus" } else { '' })
        Invoke-Checked @($cli, 'report', (Join-Path $artifacts 'new'), '--output', $report, '--made-by', $madeBy)
        Write-Host "Report: $(Join-Path $report 'index.html')"

        Write-Host "==> Compare with $Against ($againstSha)"
        $rerunFile = Join-Path $artifacts 'rerun.txt'
        & dotnet $cli 'compare' (Join-Path $artifacts 'base') (Join-Path $artifacts 'new') '--pool-runs' '--title' "Benchmarks: this checkout against $Against ($($againstSha.Substring(0, 10)))" '--json' (Join-Path $report 'compare.json') '--markdown' (Join-Path $report 'compare.md') '--rerun-filters' $rerunFile
        $status = $LASTEXITCODE
        $rerun = @(if (Test-Path -LiteralPath $rerunFile) { Get-Content -LiteralPath $rerunFile | Where-Object { $_ } })
        if ($status -ne 3 -or $rerun.Count -eq 0) { exit $status }

        $again = @($listed | Where-Object { $method = $_; @($rerun | Where-Object { $method -clike $_ }).Count -gt 0 })
        if ($again.Count -eq 0) {
            Write-Host "note: the methods that looked slower ($($rerun -join ' ')) are none of those listed for '$Filter', so they were not measured again: the first comparison stands"
            exit 3
        }
        Write-Host "==> Confirming: measuring $($rerun -join ' ') again, both sides"
        $confirm = Join-Path $artifacts 'confirm'
        $status = Invoke-Interleaved $confirm $again
        if ($status -ne 0) { Stop-WithError "the confirming run failed (exit $status)" $status }
        & dotnet $cli 'compare' (Join-Path $confirm 'base') (Join-Path $confirm 'new') '--pool-runs' '--title' "Benchmarks, measured again: this checkout against $Against ($($againstSha.Substring(0, 10)))" '--json' (Join-Path $report 'compare-confirmed.json') '--markdown' (Join-Path $report 'compare-confirmed.md')
        exit $LASTEXITCODE
    }

    Write-Host "==> [3/4] Benchmarks: filter '$Filter', job '$Job'; full log: $artifacts/console.log"
    $status = Invoke-Benchmarks $artifacts
    if ($status -ne 0) { Stop-WithError "the benchmarks failed (exit $status); see $artifacts/console.log" $status }
    # BenchmarkDotNet exits 0 when its filter matches nothing or it did not understand an argument.
    if (-not (Test-Path -LiteralPath (Join-Path $artifacts 'results') -PathType Container)) {
        Stop-WithError "BenchmarkDotNet ran no benchmark (a filter that matches nothing, or an argument it did not understand); see $artifacts/console.log"
    }

    Write-Host '==> [4/4] Report'
    $madeBy = "./run-benchmarks.ps1 -Filter '$Filter' -Job $Job" + $(if ($Corpus) { " -Corpus $Corpus" } else { '' })
    Invoke-Checked @($cli, 'report', (Join-Path $artifacts 'results'), '--output', $report, '--made-by', $madeBy)
    Write-Host "Report: $(Join-Path $report 'index.html')"

    if (-not $baselinePath) { exit 0 }

    # The regression check. A case that looks slower is measured again before it is believed (see run-benchmarks.sh).
    Write-Host "==> Compare with $baselinePath"
    $rerunFile = Join-Path $artifacts 'rerun.txt'
    & dotnet $cli 'compare' $baselinePath (Join-Path $artifacts 'results') '--json' (Join-Path $report 'compare.json') '--markdown' (Join-Path $report 'compare.md') '--rerun-filters' $rerunFile
    $status = $LASTEXITCODE
    $rerun = @(if (Test-Path -LiteralPath $rerunFile) { Get-Content -LiteralPath $rerunFile | Where-Object { $_ } })
    if ($status -ne 3 -or $rerun.Count -eq 0) { exit $status }

    Write-Host "==> Confirming: measuring $($rerun -join ' ') again"
    $confirm = Join-Path $artifacts 'confirm'
    $status = Invoke-Benchmarks $confirm $rerun
    if ($status -ne 0) { Stop-WithError "the confirming run failed (exit $status)" $status }
    & dotnet $cli 'compare' $baselinePath (Join-Path $confirm 'results') '--json' (Join-Path $report 'compare-confirmed.json') '--markdown' (Join-Path $report 'compare-confirmed.md')
    exit $LASTEXITCODE
}
finally {
    Pop-Location
    $env:PARALLELLAB_CORPUS = $previousCorpus
}
