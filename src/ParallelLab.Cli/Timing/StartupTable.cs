namespace ParallelLab.Cli.Timing;

/// <summary>
/// Prints a start-up report as the <c>PoolStartup</c> benchmark's cost table reads: per worker
/// count the median and fastest time, the time per worker, the time each further worker added
/// since the previous count, and whether the machine was quiet.
/// </summary>
internal static class StartupTable
{
    public static void Write(TextWriter output, string title, IReadOnlyList<StartupTiming> timings, int repetitions)
    {
        output.WriteLine(title);
        output.WriteLine($"every worker count started once untimed, then {repetitions} interleaved run{(repetitions == 1 ? "" : "s")} each: the median, and the fastest beside it");
        output.WriteLine();
        output.WriteLine($"{"workers",7} {"median",12} {"fastest",12} {"per worker",12} {"added per further worker",26}  machine");
        StartupTiming? previous = null;
        foreach (StartupTiming timing in timings.OrderBy(t => t.Workers))
        {
            string added = previous is null
                ? "–"
                : ReportCells.Milliseconds((timing.Median - previous.Median) / (timing.Workers - previous.Workers));
            output.WriteLine($"{timing.Workers,7} {ReportCells.Milliseconds(timing.Median),12} {ReportCells.Milliseconds(timing.Fastest),12} {ReportCells.Milliseconds(timing.PerWorker),12} {added,26}  {ReportCells.Machine(timing.Load, timing.Contended)}");
            previous = timing;
        }

        StartupTiming[] busy = [.. timings.Where(t => t.Contended)];
        if (busy.Length > 0)
        {
            output.WriteLine();
            output.WriteLine($"busy: {busy.Length} of {timings.Count} worker counts ran with fewer cores than their workers could use ({busy.Select(t => t.Load!).MaxBy(l => l.TakenCores)!.TakenText} at worst): their times overstate the start-up; run again on a quiet machine");
        }
    }
}
