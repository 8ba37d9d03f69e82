using System.Globalization;

namespace ParallelLab.Cli.Timing;

/// <summary>
/// Prints a start-up report as the <c>PoolStartup</c> benchmark's cost table reads: per worker
/// count the median and fastest time, the time per worker, the time each further worker added
/// since the previous count, the bare programs' time per worker when measured, and whether the
/// machine was quiet.
/// </summary>
internal static class StartupTable
{
    public static void Write(TextWriter output, string title, IReadOnlyList<StartupTiming> timings, int repetitions)
    {
        output.WriteLine(title);
        output.WriteLine($"every worker count started once untimed, then {repetitions} interleaved run{(repetitions == 1 ? "" : "s")} each: the median, and the fastest beside it");
        output.WriteLine();
        bool bare = timings.Any(t => t.Bare is not null);
        string bareHeader = bare ? $" {"bare, per worker",18}" : "";
        output.WriteLine($"{"workers",7} {"median",12} {"fastest",12} {"per worker",12} {"added per further worker",26}{bareHeader}  machine");
        StartupTiming? previous = null;
        StartupTiming[] ordered = [.. timings.OrderBy(t => t.Workers)];
        foreach (StartupTiming timing in ordered)
        {
            string added = previous is null
                ? "–"
                : ReportCells.Milliseconds((timing.Median - previous.Median) / (timing.Workers - previous.Workers));
            string bareCell = bare ? $" {(timing.BarePerWorker is { } perWorker ? ReportCells.Milliseconds(perWorker) : "–"),18}" : "";
            output.WriteLine($"{timing.Workers,7} {ReportCells.Milliseconds(timing.Median),12} {ReportCells.Milliseconds(timing.Fastest),12} {ReportCells.Milliseconds(timing.PerWorker),12} {added,26}{bareCell}  {ReportCells.Machine(timing.Load, timing.Contended)}");
            previous = timing;
        }

        if (bare)
        {
            WriteFloor(output, ordered);
        }

        StartupTiming[] busy = [.. timings.Where(t => t.Contended)];
        if (busy.Length > 0)
        {
            output.WriteLine();
            output.WriteLine($"busy: {busy.Length} of {timings.Count} worker counts ran with fewer cores than their workers could use ({busy.Select(t => t.Load!).MaxBy(l => l.TakenCores)!.TakenText} at worst): their times overstate the start-up; run again on a quiet machine");
        }
    }

    /// <summary>
    /// What the bare programs say: the pool's own share at each count, and whether this machine
    /// starts processes side by side at all (when one worker and more were both measured).
    /// </summary>
    private static void WriteFloor(TextWriter output, StartupTiming[] ordered)
    {
        StartupTiming[] measured = [.. ordered.Where(t => t.Bare is not null)];
        output.WriteLine();
        output.WriteLine("bare: the worker program started as many times at once with no pool around it, its input closed so that it says ready and exits, and waited for until all had exited, in the same rounds: the least a pool's start-up can cost on this machine");
        output.WriteLine("the pool's own share a worker (per worker minus bare): " + string.Join(", ", measured.Select(t =>
            $"{ReportCells.Milliseconds(t.PerWorker - t.BarePerWorker!.Value)} at {t.Workers}")));

        if (measured.FirstOrDefault(t => t.Workers == 1) is not { Bare: { } one } || measured[^1] is not { Workers: > 1 } most)
        {
            return;
        }

        // What the cores could give at best: all of them, or what the host left of them (a host
        // that rations CPU time makes N start-ups take about N times one for that reason alone).
        int usable = most.Load?.UsableCores ?? Environment.ProcessorCount;
        (double cores, string coresText) = most.Load is { WithheldCores: > 0 } load
            ? (Math.Max(1, load.HostCapacity), string.Create(CultureInfo.InvariantCulture, $"the {Math.Max(1, load.HostCapacity):F2} cores' worth the host gave"))
            : (usable, $"{usable} core{(usable == 1 ? "" : "s")}");
        int workers = most.Workers;
        double ratio = most.Bare!.Value / one;
        double best = workers / Math.Min(workers, cores);
        string line = string.Create(CultureInfo.InvariantCulture, $"{workers} bare programs at once took {ratio:F1}× as long as one; {coresText} allow {best:F1}×, one after another is {workers}×");
        // Within 15 % of one after another, and clearly short of what the cores allow.
        if (best < workers && ratio >= 0.85 * workers)
        {
            line += ": this machine starts processes about one at a time, whatever its cores, so a pool's start-up is not shared out over them";
        }

        output.WriteLine(line);
    }
}
