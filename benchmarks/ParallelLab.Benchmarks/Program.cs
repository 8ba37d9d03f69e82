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

BenchmarkSwitcher.FromAssembly(typeof(LabArguments).Assembly).Run(lab.BenchmarkDotNetArguments, LabConfig.Create(lab));
return 0;
