#!/usr/bin/env pwsh
#Requires -Version 7.2
# The main job (the PowerShell twin of run-benchmarks.sh): builds the lab in Release, runs its
# BenchmarkDotNet benchmarks, and writes the report under reports/<run>/.
#
#   ./run-benchmarks.ps1 [-Filter '*'] [-Job quick|short|default] [-Corpus DIR] [-Baseline RESULTS] [-Run NAME] [-BenchmarkArgs @('--list', 'flat')]
#
# -Job            quick: every class in about 10 minutes on 2 cores (default); short: BenchmarkDotNet's
#                 ShortRun; default: the lab's Workstation job
# -Corpus         a folder of *.txt books (default: the built-in synthetic corpus)
# -Baseline       earlier results to compare against; what looks slower is measured again; exits 3 if it still is
# -Run            the run's name (default: the date and time)
# -BenchmarkArgs  more arguments for BenchmarkDotNet
[CmdletBinding(PositionalBinding = $false)]
param(
    [string]$Filter = '*',
    [ValidateSet('quick', 'short', 'default')][string]$Job = 'quick',
    [string]$Corpus = '',
    [string]$Baseline = '',
    [ValidatePattern('^[A-Za-z0-9][A-Za-z0-9._-]*$')][ValidateScript({ $_ -ne 'benchmarks' })][string]$Run = (Get-Date -Format 'yyyy-MM-dd-HHmmss'),
    [string[]]$BenchmarkArgs = @()
)
$ErrorActionPreference = 'Stop'

function Stop-WithError([string]$Message, [int]$Code) {
    [Console]::Error.WriteLine("run-benchmarks.ps1: error: $Message")
    exit $Code
}

function Invoke-Checked([string]$Command, [string[]]$Arguments) {
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

# Paths the caller gave are resolved against the caller's directory before moving to the checkout.
$previousCorpus = $env:PARALLELLAB_CORPUS
if ($Corpus) {
    if (-not (Test-Path -LiteralPath $Corpus -PathType Container)) { Stop-WithError "corpus directory '$Corpus' does not exist" 2 }
    $env:PARALLELLAB_CORPUS = (Resolve-Path -LiteralPath $Corpus).Path
}
if ($Baseline) {
    if (-not (Test-Path -LiteralPath $Baseline)) { Stop-WithError "baseline '$Baseline' does not exist" 2 }
    $Baseline = (Resolve-Path -LiteralPath $Baseline).Path
}

Push-Location -Path $PSScriptRoot
try {
    $root = $PSScriptRoot
    $artifacts = Join-Path $root "reports/benchmarks/$Run"
    $report = Join-Path $root "reports/$Run"
    $cli = Join-Path $root 'src/ParallelLab.Cli/bin/Release/net10.0/parallellab.dll'

    Write-Host '==> [1/4] Building (Release)'
    Invoke-Checked dotnet @('build', '-c', 'Release', '-v', 'quiet', '-nologo', 'src/ParallelLab.Cli/ParallelLab.Cli.csproj')
    Invoke-Checked dotnet @('build', '-c', 'Release', '-v', 'quiet', '-nologo', 'benchmarks/ParallelLab.Benchmarks/ParallelLab.Benchmarks.csproj')

    Write-Host '==> [2/4] Corpus'
    Invoke-Checked dotnet @($cli, 'corpus', 'info')

    Write-Host "==> [3/4] Benchmarks: filter '$Filter', job '$Job'; full log: $artifacts/console.log"
    New-Item -ItemType Directory -Force -Path $artifacts | Out-Null
    $jobArgs = @(switch ($Job) { 'quick' { '--quick' } 'short' { '--job'; 'short' } default { } })
    $bdnArgs = @('run', '-c', 'Release', '--no-build', '--project', 'benchmarks/ParallelLab.Benchmarks', '--', '--filter', $Filter, '--artifacts', $artifacts) + $jobArgs + $BenchmarkArgs
    # The console shows which case runs and how many remain; the log keeps everything.
    & dotnet @bdnArgs 2>&1 | Tee-Object -FilePath (Join-Path $artifacts 'console.log') |
        Where-Object { "$_" -match '^// (Benchmark: |\*\* Remained|\*\*\*\*\* Found)|error:' } | ForEach-Object { Write-Host $_ }
    $status = $LASTEXITCODE
    if ($status -ne 0) { Stop-WithError "the benchmarks failed (exit $status); see $artifacts/console.log" $status }

    Write-Host '==> [4/4] Report'
    $madeBy = "./run-benchmarks.ps1 -Filter '$Filter' -Job $Job" + $(if ($Corpus) { " -Corpus $Corpus" } else { '' })
    Invoke-Checked dotnet @($cli, 'report', (Join-Path $artifacts 'results'), '--output', $report, '--made-by', $madeBy)
    Write-Host "Report: $(Join-Path $report 'index.html')"

    if ($Baseline) {
        # What looks slower is measured again before it is believed (see run-benchmarks.sh).
        Write-Host "==> Compare with $Baseline"
        $rerunFile = Join-Path $artifacts 'rerun.txt'
        & dotnet $cli 'compare' $Baseline (Join-Path $artifacts 'results') '--json' (Join-Path $report 'compare.json') '--rerun-filters' $rerunFile
        $status = $LASTEXITCODE
        if ($status -ne 3 -or -not (Test-Path -LiteralPath $rerunFile) -or (Get-Item -LiteralPath $rerunFile).Length -eq 0) { exit $status }

        $rerun = @(Get-Content -LiteralPath $rerunFile | Where-Object { $_ })
        Write-Host "==> Confirming: measuring $($rerun -join ' ') again"
        $confirm = Join-Path $artifacts 'confirm'
        New-Item -ItemType Directory -Force -Path $confirm | Out-Null
        $confirmArgs = @('run', '-c', 'Release', '--no-build', '--project', 'benchmarks/ParallelLab.Benchmarks', '--', '--filter') + $rerun + @('--artifacts', $confirm) + $jobArgs + $BenchmarkArgs
        & dotnet @confirmArgs 2>&1 | Tee-Object -FilePath (Join-Path $confirm 'console.log') |
            Where-Object { "$_" -match '^// (Benchmark: |\*\* Remained)|error:' } | ForEach-Object { Write-Host $_ }
        $status = $LASTEXITCODE
        if ($status -ne 0) { Stop-WithError "the confirming run failed (exit $status)" $status }
        & dotnet $cli 'compare' $Baseline (Join-Path $confirm 'results') '--json' (Join-Path $report 'compare-confirmed.json')
        exit $LASTEXITCODE
    }
}
finally {
    Pop-Location
    $env:PARALLELLAB_CORPUS = $previousCorpus
}
