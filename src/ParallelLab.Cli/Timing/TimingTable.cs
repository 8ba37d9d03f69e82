using System.Globalization;
using ParallelLab.Cli.Commands;
using ParallelLab.Core.Machine;

namespace ParallelLab.Cli.Timing;

/// <summary>
/// Prints a timing report: each engine's fastest run, speedup and efficiency against serial, and
/// whether the machine was quiet during its runs ("?" where it could not tell: not Linux, or runs
/// too short together); a number that cannot be believed is named, not printed.
/// </summary>
internal static class TimingTable
{
    public static void Write(TextWriter output, string title, IReadOnlyList<RunTiming> timings, int repetitions)
    {
        output.WriteLine(title);
        string runs = repetitions == 1 ? "one timed run each" : $"fastest of {repetitions} interleaved runs each";
        output.WriteLine($"every case warmed up once, then {runs}; every result identical to {timings[0].Engine}'s");
        output.WriteLine();
        // As wide as the longest engine name, so that the columns stay aligned.
        int width = Math.Max(14, timings.Max(t => t.Engine.Length));
        output.WriteLine($"{"engine".PadRight(width)} {"workers",7} {"time",12} {"speedup",8} {"efficiency",10}  {"machine",-7}  phases");
        foreach (RunTiming run in timings)
        {
            string phases = string.Join(", ", run.Phases.Select(p => $"{p.Name} {ReportCells.Milliseconds(p.Elapsed)}"));
            (string speedup, string efficiency) = run.Implausible
                ? ("?", "?")
                : (run.Speedup.ToString("F2", CultureInfo.InvariantCulture), run.Efficiency.ToString("F2", CultureInfo.InvariantCulture));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{run.Engine.PadRight(width)} {run.Workers,7} {ReportCells.Milliseconds(run.Elapsed),12} {speedup,8} {efficiency,10}  {ReportCells.Machine(run.Load, run.Contended),-7}  {phases}"));
        }

        if (timings.Any(t => t.Implausible || t.Contended))
        {
            output.WriteLine();
        }

        foreach (RunTiming run in timings.Where(t => t.Implausible))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"? {run.Engine} at 1 worker ran {(run.Speedup - 1) * 100:F0} % faster than {timings[0].Engine}: one worker cannot beat serial by more than noise, so this is a measurement problem (a disturbed serial run, or a cold start); its speedup is not shown"));
        }

        RunTiming[] busy = [.. timings.Where(t => t.Contended)];
        if (busy.Length > 0)
        {
            MachineLoad worst = busy.Select(t => t.Load!).MaxBy(l => l.TakenCores)!;
            output.WriteLine($"busy: {busy.Length} of {timings.Count} cases ran with fewer cores than they could use ({worst.TakenText} at worst); their speedups understate the engines: run again on a quiet machine");
        }
    }

    /// <summary>Progress on standard error, one line per stage, so the report itself stays clean.</summary>
    public static IProgress<string> Progress(TextWriter error) => new ErrorLines<string>(error, stage => $"timing: {stage} ...");
}
