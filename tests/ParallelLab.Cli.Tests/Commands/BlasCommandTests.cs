using System.Diagnostics;
using ParallelLab.TestSupport;

namespace ParallelLab.Cli.Tests.Commands;

/// <summary>
/// <c>parallellab blas invert</c> in child processes, because OpenBLAS reads its thread count from
/// the environment once, when the library loads.
/// </summary>
public class BlasCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parallellab.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("OMP_NUM_THREADS");
        start.Environment.Remove("OPENBLAS_NUM_THREADS");
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }

    [NativeBlasTheory]
    [InlineData("openblas", "1", null, 1)]
    [InlineData("openblas", "2", null, 2)]
    [InlineData("openblas", "2", "1", 1)]
    [InlineData("managed", "3", null, 3)]
    public void Threads_in_effect_follow_the_environment(string backend, string omp, string? openblas, int expected)
    {
        var environment = new Dictionary<string, string> { ["OMP_NUM_THREADS"] = omp };
        if (openblas is not null)
        {
            environment["OPENBLAS_NUM_THREADS"] = openblas;
        }

        var (exitCode, output, error) = Run(environment, "blas", "invert", "--size", "150", "--backend", backend);

        Assert.True(exitCode == 0, error);

        // OpenBLAS never uses more threads than the cores it sees; the managed backend takes the number as given.
        int effective = backend == "openblas" ? Math.Min(expected, Environment.ProcessorCount) : expected;
        Assert.Contains($"threads in effect: {effective} ", output, StringComparison.Ordinal);
        Assert.Matches(@"time: [\d.]+ s, [\d.]+ GFLOP/s", output);
        Assert.Matches(@"of the attainable peak: \d+ % \(OpenBLAS dgemm, n = 2000, same threads, measured now: [\d.]+ GFLOP/s\)", output);
        Assert.Matches(@"residual ‖A·A⁻¹ − I‖: [\d.]+E-\d+", output);
    }

    [Theory]
    [InlineData("/no/such/libopenblas.so.0")]
    [InlineData("/etc/hostname")]
    public void A_library_variable_that_names_no_library_is_named_with_its_path(string path)
    {
        var (exitCode, output, error) = Run(new Dictionary<string, string> { ["PARALLELLAB_OPENBLAS"] = path }, "blas", "invert", "--size", "10");

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"parallellab: error: PARALLELLAB_OPENBLAS='{path}' is not a usable OpenBLAS library (DllNotFoundException); point it at one, or unset it to use the system's", error.Trim());
    }

    [NativeBlasFact]
    public void The_positive_definite_variant_uses_cholesky()
    {
        var (exitCode, output, _) = Run(new Dictionary<string, string>(), "blas", "invert", "--size", "100", "--spd");

        Assert.Equal(0, exitCode);
        Assert.Contains("Cholesky inverse (dpotrf + dpotri)", output, StringComparison.Ordinal);
    }

    [NativeBlasFact]
    public async Task Sigterm_mid_inversion_ends_at_once_with_one_line_and_exit_130()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "parallellab.dll"), "blas", "invert", "--size", "6000" })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        // A line on standard error says the inversion started (after a note on the kernels, where the lab chose them); it then runs for seconds inside OpenBLAS.
        string? line;
        do
        {
            line = await process.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        while (line is not null && line.StartsWith("note: ", StringComparison.Ordinal));

        Assert.StartsWith("inverting a 6000", line, StringComparison.Ordinal);
        await Task.Delay(500);
        using (Process kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(130, process.ExitCode);
        Assert.EndsWith("parallellab: interrupted", (await process.StandardError.ReadToEndAsync()).TrimEnd(), StringComparison.Ordinal);
    }
}
