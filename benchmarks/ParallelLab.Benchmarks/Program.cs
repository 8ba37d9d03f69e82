using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ParallelLab.Benchmarks.Configuration;

// Our own arguments (--corpus) are taken out first; everything else is BenchmarkDotNet's
// (--filter, --job, --artifacts, --list, ...), so its documentation applies unchanged.
LabArguments lab = LabArguments.Extract(args);
if (lab.Error is not null)
{
    Console.Error.WriteLine($"parallellab-benchmarks: error: {lab.Error}");
    return 2;
}

IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(LabArguments).Assembly).Run(lab.BenchmarkDotNetArguments, LabConfig.Create(lab));

// A benchmark that threw (a wrong result, a missing corpus) must fail the run, not just the table.
bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
if (failed)
{
    Console.Error.WriteLine("parallellab-benchmarks: error: some benchmarks failed; see the log above");
}

return failed ? 1 : 0;
