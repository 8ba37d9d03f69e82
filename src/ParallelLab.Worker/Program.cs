using ParallelLab.Core.IO;
using ParallelLab.Core.Linear;
using ParallelLab.Paradigms.Blas;
using ParallelLab.Paradigms.Processes;

// A worker process of the lab: of its process pool (it speaks the pool's protocol on its standard
// input and output and exits when the parent says stop or goes away), or, with
// --openblas-self-test, the child in which OpenBLAS's kernels are tried before the lab uses them.
ParentWatchdog.StartIfAsked();
if (args is [OpenBlasKernelChoice.SelfTestArgument])
{
    try
    {
        (string core, string? problem) = OpenBlasSelfTest.Run();
        Console.WriteLine(problem is null ? $"ok {core}" : $"failed {core}: {problem}");
        return problem is null ? 0 : 1;
    }
    catch (InputException e)
    {
        Console.WriteLine($"unavailable: {e.Message}");
        return 2;
    }
}

using Stream input = Console.OpenStandardInput();
using Stream output = Console.OpenStandardOutput();
return WorkerHost.Run(input, output);
