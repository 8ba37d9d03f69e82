using System.Diagnostics;
using ParallelLab.Core.Linear;
using ParallelLab.Paradigms.Processes;

namespace ParallelLab.Paradigms.Blas;

/// <summary>
/// Which kernels OpenBLAS should run here. A value of OPENBLAS_CORETYPE already set is the user's
/// or the machine's choice (some machines set it because older builds miscompute on their CPU) and
/// is kept. Otherwise the library's own pick is asked in a child process; when it is a generic set
/// on a CPU that can run a better one (<see cref="OpenBlasKernels.BetterThan"/>), each better set,
/// best first, is tried in a child process on a small inverse and product
/// (<see cref="OpenBlasSelfTest"/>), and the first that computes right is chosen. One that crashes
/// or miscomputes takes down only its child, and is named in the note.
/// </summary>
/// <param name="CoreType">The kernel set the lab chose, to set before OpenBLAS loads; null to leave OpenBLAS as it is.</param>
/// <param name="Kernels">The kernel set OpenBLAS will run; null when it could not be asked.</param>
/// <param name="Note">One line for the user when the lab chose, or could not; null otherwise.</param>
public sealed record OpenBlasKernelChoice(string? CoreType, string? Kernels, string? Note)
{
    /// <summary>The worker's argument that runs <see cref="OpenBlasSelfTest"/> and prints "ok CORE" or "failed CORE: why".</summary>
    public const string SelfTestArgument = "--openblas-self-test";

    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(60);

    public static OpenBlasKernelChoice Decide(string? workerPath = null)
    {
        if (Environment.GetEnvironmentVariable(OpenBlasKernels.CoreTypeVariable) is { Length: > 0 } set)
        {
            return new OpenBlasKernelChoice(null, set, null);
        }

        SelfTestAnswer own = SelfTest(null, workerPath);
        if (own.Problem is not null || own.Core is null)
        {
            // No library, or its own pick fails: the blas command says so when it loads it.
            return new OpenBlasKernelChoice(null, own.Core, null);
        }

        string core = own.Core;
        var failures = new List<string>();
        foreach (string candidate in OpenBlasKernels.BetterThan(core, OpenBlasKernels.CpuFlags()))
        {
            SelfTestAnswer answer = SelfTest(candidate, workerPath);
            if (answer.Problem is null && string.Equals(answer.Core, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return new OpenBlasKernelChoice(candidate, candidate,
                    $"OpenBLAS picked its generic {core} kernels on a CPU that runs {candidate}'s; using {candidate}, checked on a {OpenBlasSelfTest.Size} × {OpenBlasSelfTest.Size} inverse and product in a child process (set {OpenBlasKernels.CoreTypeVariable} to choose yourself)");
            }

            failures.Add($"{candidate}: {answer.Problem ?? $"loaded {answer.Core} instead"}");
        }

        return new OpenBlasKernelChoice(null, core, failures.Count == 0 ? null
            : $"OpenBLAS runs its generic {core} kernels; the better ones failed their check in a child process ({string.Join("; ", failures)}), so {core} it is");
    }

    /// <summary>
    /// Runs the self-test in a worker with <paramref name="coreType"/> set (or nothing set). The
    /// worker prints "ok CORE", "failed CORE: why" or "unavailable: why".
    /// </summary>
    private static SelfTestAnswer SelfTest(string? coreType, string? workerPath)
    {
        ProcessStartInfo start;
        try
        {
            start = WorkerLauncher.StartInfo(workerPath);
        }
        catch (ParadigmException e)
        {
            return new SelfTestAnswer(null, e.Message);
        }

        start.ArgumentList.Add(SelfTestArgument);
        start.RedirectStandardInput = false;
        if (coreType is not null)
        {
            start.Environment[OpenBlasKernels.CoreTypeVariable] = coreType;
        }
        else
        {
            // Set but empty is not "unset" to OpenBLAS: it would force a kernel set of its own choosing.
            start.Environment.Remove(OpenBlasKernels.CoreTypeVariable);
        }

        using var child = Process.Start(start)!;
        Task<string> output = child.StandardOutput.ReadToEndAsync();
        Task<string> error = child.StandardError.ReadToEndAsync();
        if (!child.WaitForExit(ChildTimeout))
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            return new SelfTestAnswer(null, $"no answer in {ChildTimeout.TotalSeconds:F0} s");
        }

        string line = output.Result.Trim();
        string[] words = line.Split(' ', 2);
        return words switch
        {
            ["ok", string core] when child.ExitCode == 0 => new SelfTestAnswer(core, null),
            ["failed", string rest] when rest.IndexOf(": ", StringComparison.Ordinal) is > 0 and int colon => new SelfTestAnswer(rest[..colon], rest[(colon + 2)..]),
            _ => new SelfTestAnswer(null, line.Length > 0 ? line : $"exit {child.ExitCode}{(error.Result.Length > 0 ? ": " + error.Result.Trim().Split('\n')[0] : string.Empty)}"),
        };
    }

    /// <summary>The kernels a child loaded (null when it never got that far) and what went wrong (null when nothing did).</summary>
    private sealed record SelfTestAnswer(string? Core, string? Problem);
}
