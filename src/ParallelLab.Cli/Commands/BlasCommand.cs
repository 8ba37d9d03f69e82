using System.Globalization;
using ParallelLab.Core.IO;
using ParallelLab.Core.Linear;
using ParallelLab.Paradigms.Blas;

namespace ParallelLab.Cli.Commands;

/// <summary>
/// <c>parallellab blas invert</c>: the lesson's NumPy demo, a symmetric matrix inverted by a
/// multithreaded native library (OpenBLAS) or Math.NET's managed code, threads set by OMP_NUM_THREADS.
/// </summary>
internal static class BlasCommand
{
    private static readonly string[] ThreadVariables = ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS"];

    public static Command Create(CommandContext context)
    {
        var command = new Command("blas", "Matrix inversion with native OpenBLAS or managed Math.NET; threads follow OMP_NUM_THREADS / OPENBLAS_NUM_THREADS.");
        command.Subcommands.Add(Invert(context));
        return command;
    }

    private static Command Invert(CommandContext context)
    {
        var size = new Option<int>("--size") { Description = "Matrix order n.", DefaultValueFactory = _ => 4000 }.InRange(1, 20_000);
        var backend = new Option<string>("--backend") { Description = "openblas (native) or managed (Math.NET).", DefaultValueFactory = _ => "openblas" };
        backend.AcceptOnlyFromAmong("openblas", "managed");
        var spd = new Option<bool>("--spd") { Description = "Invert the positive-definite variant A ∘ Aᵀ + n·I by Cholesky instead of LU." };
        var command = new Command("invert", "Invert A ∘ Aᵀ (random A) and print time, GFLOP/s (and as a share of dgemm's, the attainable peak), threads in effect and the residual ‖A·A⁻¹ − I‖.") { size, backend, spd };
        command.SetAction(parse => context.Guard(() =>
        {
            int n = parse.GetValue(size);
            MatrixKind kind = parse.GetValue(spd) ? MatrixKind.SymmetricPositiveDefinite : MatrixKind.Symmetric;
            ChooseKernels(context);
            OpenBlasBackend? native = TryLoadNative(parse.GetValue(backend) == "openblas");
            IInversionBackend inverter = parse.GetValue(backend) == "openblas" ? native! : new ManagedBackend();
            context.Error.WriteLine($"inverting a {n} × {n} matrix with {inverter.Name} ...");
            InversionRun run = InversionRun.Measure(inverter, native ?? inverter, n, kind);
            string variables = string.Join(", ", ThreadVariables.Select(v => $"{v}={Environment.GetEnvironmentVariable(v) ?? "unset"}"));
            string core = inverter is OpenBlasBackend openBlas ? $", {openBlas.CoreName} kernels" : string.Empty;
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"backend: {run.Backend}{core}; threads in effect: {run.Threads} ({variables})"));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"matrix: {n} x {n}, {(kind == MatrixKind.Symmetric ? "A ∘ Aᵀ, LU inverse (dgetrf + dgetri)" : "A ∘ Aᵀ + n·I, Cholesky inverse (dpotrf + dpotri)")}"));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time: {run.Elapsed.TotalSeconds:F3} s, {run.Gflops:F2} GFLOP/s"));
            if (native is not null)
            {
                double peak = DgemmPeak.Measure(native);
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"of the attainable peak: {100 * run.Gflops / peak:F0} % (OpenBLAS dgemm, n = {DgemmPeak.DefaultSize}, same threads, measured now: {peak:F2} GFLOP/s)"));
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"residual ‖A·A⁻¹ − I‖: {run.Residual:E2} (relative to ‖A‖·‖A⁻¹‖: {run.RelativeResidual:E2})"));
        }));
        return command;
    }

    /// <summary>Before OpenBLAS loads in this process: the kernels it should run (<see cref="OpenBlasKernelChoice"/>), and a note when the lab chose them.</summary>
    private static void ChooseKernels(CommandContext context)
    {
        OpenBlasKernelChoice choice = OpenBlasKernelChoice.Decide();
        if (choice.CoreType is { } coreType)
        {
            OpenBlasBackend.UseKernelsWhenLoaded(coreType);
        }

        if (choice.Note is { } note)
        {
            context.Error.WriteLine($"note: {note}");
        }
    }

    /// <summary>OpenBLAS for the inverse when asked for, and for the residual whenever it is installed.</summary>
    private static OpenBlasBackend? TryLoadNative(bool required)
    {
        try
        {
            return OpenBlasBackend.Load();
        }
        catch (InputException) when (!required)
        {
            return null;
        }
    }
}
