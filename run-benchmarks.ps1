#!/usr/bin/env pwsh
# Builds the lab in Release and runs its BenchmarkDotNet benchmarks (the PowerShell twin of run-benchmarks.sh).
#
#   ./run-benchmarks.ps1 [-Filter 'ParallelLab.Benchmarks.Serial.*'] [-Job short] [-Corpus DIR] [more BenchmarkDotNet arguments...]
#
# Runs on the built-in synthetic corpus unless -Corpus DIR or PARALLELLAB_CORPUS says otherwise.
[CmdletBinding(PositionalBinding = $false)]
param(
    [string]$Filter = 'ParallelLab.Benchmarks.Serial.*',
    [string]$Job = '',
    [string]$Corpus = '',
    [Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest = @()
)
$ErrorActionPreference = 'Stop'

# Resolve the corpus against the caller's directory before moving to the checkout.
if ($Corpus) {
    if (-not (Test-Path -LiteralPath $Corpus -PathType Container)) {
        Write-Error "corpus directory '$Corpus' does not exist"
        exit 2
    }
    $env:PARALLELLAB_CORPUS = (Resolve-Path -LiteralPath $Corpus).Path
}
Set-Location -Path $PSScriptRoot

function Invoke-Checked {
    param([string]$Command, [string[]]$Arguments)
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

Write-Host '==> Building (Release)'
Invoke-Checked dotnet @('build', '-c', 'Release', '-v', 'quiet', '-nologo', 'src/ParallelLab.Cli/ParallelLab.Cli.csproj')
Invoke-Checked dotnet @('build', '-c', 'Release', '-v', 'quiet', '-nologo', 'benchmarks/ParallelLab.Benchmarks/ParallelLab.Benchmarks.csproj')

Write-Host '==> Corpus'
Invoke-Checked dotnet @('src/ParallelLab.Cli/bin/Release/net10.0/parallellab.dll', 'corpus', 'info')

$jobName = if ($Job) { $Job } else { 'Workstation' }
Write-Host "==> Benchmarks: filter '$Filter', job '$jobName'"
$bdnArgs = @('--filter', $Filter)
if ($Job) { $bdnArgs += @('--job', $Job) }
Invoke-Checked dotnet (@('run', '-c', 'Release', '--no-build', '--project', 'benchmarks/ParallelLab.Benchmarks', '--') + $bdnArgs + $Rest)

Write-Host "==> Results (Markdown, CSV, HTML and full JSON for the reporter): $(Join-Path $PSScriptRoot 'reports/benchmarks/results')"
