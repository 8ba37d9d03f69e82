using System.Globalization;
using ParallelLab.Cli.Commands;
using ParallelLab.Paradigms.Engines;

namespace ParallelLab.Cli.Timing;

/// <summary>Prints a timing report: each engine's fastest run, speedup and efficiency against serial.</summary>
internal static class TimingTable
{
    public static void Write(TextWriter output, string title, IReadOnlyList<RunTiming> timings, int repetitions)
    {
        output.WriteLine(title);
        string runs = repetitions == 1 ? "one run each" : $"fastest of {repetitions} runs each";
        output.WriteLine($"{runs}; every result identical to {timings[0].Engine}'s");
        output.WriteLine();
        output.WriteLine($"{"engine",-14} {"workers",7} {"time",12} {"speedup",8} {"efficiency",10}  phases");
        foreach (RunTiming run in timings)
        {
            string phases = string.Join(", ", run.Phases.Select(p => $"{p.Name} {Milliseconds(p.Elapsed)}"));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{run.Engine,-14} {run.Workers,7} {Milliseconds(run.Elapsed),12} {run.Speedup,8:F2} {run.Efficiency,10:F2}  {phases}"));
        }
    }

    /// <summary>Progress on standard error, one line per engine, so the report itself stays clean.</summary>
    public static IProgress<string> Progress(TextWriter error) => new ErrorLines<string>(error, engine => $"timing {engine} ...");

    private static string Milliseconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:F1} ms");
}
