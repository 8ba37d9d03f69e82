using ParallelLab.Core.Machine;
using System.Globalization;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// What a set of results can support: how many cases recorded the machine's load, how many ran
/// with fewer cores than they could use, and how many scaling groups could not be judged (too
/// noisy, or measured on a busy machine), with the classes to run again.
/// </summary>
public sealed record RunQuality(
    int Cases,
    int CasesRecorded,
    int CasesWithLoad,
    IReadOnlyList<BenchmarkResult> ContendedCases,
    double MostCoresTaken,
    double MostCoresWithheld,
    int Groups,
    IReadOnlyList<ScalingAnalysis> Unclear,
    IReadOnlyList<ScalingAnalysis> Busy,
    bool Shuffled)
{
    /// <summary>True when no case recorded the machine's load (results made without the lab's recorder, or not on Linux).</summary>
    public bool LoadUnknown => CasesWithLoad == 0;

    /// <summary>True when the recorder ran but every case was over too soon to judge the load (<see cref="MachineLoad.ShortestWindowSeconds"/>).</summary>
    public bool WindowsTooShort => LoadUnknown && CasesRecorded > 0;

    public bool MachineWasBusy => ContendedCases.Count > 0;

    /// <summary>The unclear groups whose serial baseline moved between its runs (<see cref="SerialDrift"/>): the machine's speed changed.</summary>
    public IReadOnlyList<ScalingAnalysis> Drifted => [.. Unclear.Where(a => a.Drift is { Significant: true })];

    /// <summary>Groups not judged because a point ran faster than its cores allow (<see cref="ScalingAnalysis.BeyondLinear"/>), the machine's speed not seen to change.</summary>
    public IReadOnlyList<ScalingAnalysis> BeyondLinear => [.. Unclear.Where(a => a.BeyondLinear is not null && a.Drift is not { Significant: true })];

    /// <summary>The classes whose groups could not be judged: what to measure again.</summary>
    public IReadOnlyList<string> ClassesToMeasureAgain =>
        [.. Unclear.Concat(Busy).Select(a => a.Group.Paradigm).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>One line on the machine: quiet, busy (how many cases, how many cores others took), or not recorded; and whether its speed changed.</summary>
    public string MachineText
    {
        get
        {
            IReadOnlyList<ScalingAnalysis> drifted = Drifted;
            return CoresText + (drifted.Count == 0 ? string.Empty
                : string.Create(CultureInfo.InvariantCulture, $"; ⚠ but its speed changed during the run (a serial baseline up to {(drifted.Max(a => a.Drift!.Ratio) - 1) * 100:F0} % slower in one run than in another): {drifted.Count} group{(drifted.Count == 1 ? "" : "s")} not judged"));
        }
    }

    private string CoresText =>
        WindowsTooShort ? string.Create(CultureInfo.InvariantCulture, $"too short to judge: every case measured for under {MachineLoad.ShortestWindowSeconds} s, less than the recorder needs to tell other processes' use of the cores")
        : LoadUnknown ? "not recorded (results made without ParallelLab's load recorder, or not on Linux): contention cannot be judged"
        : MachineWasBusy ? string.Create(CultureInfo.InvariantCulture, $"⚠ BUSY: {ContendedCases.Count} of {CasesWithLoad} cases ran with fewer cores than they could use (others took up to {MostCoresTaken:F2} cores{HostText})")
        : string.Create(CultureInfo.InvariantCulture, $"quiet: no case lost cores to other processes (others took at most {MostCoresTaken:F2} cores{(MostCoresWithheld >= 0.01 ? $"; the host withheld at most {MostCoresWithheld:F2}" : "")})");

    /// <summary>The contended cases whose cores the host withheld (<see cref="MachineLoad.HostWithheld"/>).</summary>
    public IReadOnlyList<BenchmarkResult> HostWithheldCases => [.. ContendedCases.Where(r => r.Load!.HostWithheld)];

    /// <summary>The load of the contended case whose host withheld the most, or null when no host withheld any.</summary>
    public MachineLoad? MostHostWithheld => HostWithheldCases.Select(r => r.Load!).MaxBy(l => l.WithheldCores);

    /// <summary>"; the host gave 2 threads as little as 1.04 cores' worth of work", or empty when it withheld none.</summary>
    private string HostText => MostHostWithheld is { } worst
        ? string.Create(CultureInfo.InvariantCulture, $"; the host gave {worst.UsableCores} threads as little as {worst.HostCapacity:F2} cores' worth of work")
        : string.Empty;

    public static RunQuality Of(IReadOnlyList<BenchmarkResult> results, IReadOnlyList<ScalingAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(analyses);
        BenchmarkResult[] measured = [.. results.Where(r => r.Nanoseconds.Count > 0)];
        BenchmarkResult[] known = [.. measured.Where(r => r.Load is { Known: true })];
        return new RunQuality(
            measured.Length,
            measured.Count(r => r.Load is not null),
            known.Length,
            [.. known.Where(WorkerAxis.Contended)],
            known.Select(r => r.Load!.OtherCores + r.Load.StealCores).DefaultIfEmpty(0).Max(),
            known.Select(r => r.Load!.WithheldCores).DefaultIfEmpty(0).Max(),
            analyses.Count,
            [.. analyses.Where(a => a.Verdict == ScalingVerdict.Unclear)],
            [.. analyses.Where(a => a.Verdict == ScalingVerdict.Busy)],
            measured.Any(r => r.RunOrder is not null));
    }
}
