using System.Globalization;
using ParallelLab.Core.Machine;
using ParallelLab.Reporting.Fits;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Analysis;

/// <summary>
/// Everything the report says about one scaling group: the points (speedup against one worker and
/// against serial), the fitted laws, the recommended worker count and the verdict. Laws, the
/// recommendation and the verdict use only the points that can speak for the paradigm: within the
/// cores (beyond them workers share cores, which no law here models) and measured while the
/// machine left the case the cores it could use (<see cref="ScalingPoint.Contended"/>).
/// </summary>
public sealed class ScalingAnalysis
{
    /// <summary>The efficiency a worker count must keep to be recommended.</summary>
    public const double RecommendedEfficiency = 0.7;

    /// <summary>Below this efficiency a case "parallelises badly"; between it and <see cref="RecommendedEfficiency"/> it "scales partly".</summary>
    public const double FairEfficiency = 0.5;

    /// <summary>A speedup whose 95 % interval lies within this of 1 at every worker count is "no speedup".</summary>
    public const double FlatTolerance = 0.1;

    private const string TooFewIterations = "too few iterations to tell: a case measured once has no interval (run a job with several iterations)";

    private ScalingAnalysis(ScalingGroup group, IReadOnlyList<ScalingPoint> points, int cores, double? serialMean, bool serialContended, SerialDrift? drift)
    {
        Group = group;
        Points = points;
        Cores = cores;
        SerialMeanNanoseconds = serialMean;
        SerialContended = serialContended;
        ReferenceContended = points[0].Contended;
        Drift = drift;
        ScalingPoint[] usable = ReferenceContended ? [] : [.. points.Where(p => !p.Contended)];
        BeyondLinear = usable.FirstOrDefault(p => p.Workers > 1 && !p.Oversubscribed && p.SpeedupLow > p.Workers);
        // No law here allows such a point (Amdahl's s stops at 0): a fit through it would only
        // extrapolate the disturbance to 16 and 64 workers.
        Fits = BeyondLinear is null ? ScalingFits.FitAll([.. usable.Where(p => !p.Oversubscribed).Select(p => ((double)p.Workers, p.Speedup))]) : [];
        BestFit = ScalingFits.Best(Fits);
        string? tooBusy = TooBusy(points, usable);
        TooBusyToJudge = tooBusy is not null;
        (Verdict, VerdictText) = Judge(points, usable, tooBusy, drift, BeyondLinear);
        RecommendedWorkers = TooBusyToJudge || BeyondLinear is not null ? null : usable.Where(p => p.Efficiency >= RecommendedEfficiency).Select(p => p.Workers).DefaultIfEmpty(1).Max();
        ContentionNote = NoteOnContention(points, ReferenceContended, serialContended);
    }

    public ScalingGroup Group { get; }

    public IReadOnlyList<ScalingPoint> Points { get; }

    public IReadOnlyList<ScalingFit> Fits { get; }

    public ScalingFit? BestFit { get; }

    public int Cores { get; }

    /// <summary>The mean time of the class's serial baseline on this workload, or null when it has none.</summary>
    public double? SerialMeanNanoseconds { get; }

    /// <summary>True when every run of the serial baseline was contended, so the speedups against serial are too.</summary>
    public bool SerialContended { get; }

    /// <summary>True when the one-worker reference itself ran contended: no relative speedup of the group can be trusted.</summary>
    public bool ReferenceContended { get; }

    /// <summary>How far the serial baseline's runs moved during the run, or null when it has fewer than two runs to compare (see <see cref="SerialDrift"/>).</summary>
    public SerialDrift? Drift { get; }

    /// <summary>
    /// The first point within the cores, measured on a quiet machine, whose speedup is above its
    /// worker count over its whole 95 % interval, or null. p workers on p cores do at most p times
    /// one worker's work; more, for sure, means the one-worker runs were slowed (a host whose speed
    /// changed between them, which the guest cannot see) or the split work fits the caches better.
    /// The group is then not judged, fitted or given a recommendation: which of the two it was,
    /// only another run can tell.
    /// </summary>
    public ScalingPoint? BeyondLinear { get; }

    /// <summary>
    /// True when the reference, or every parallel point within the cores, ran on a busy machine:
    /// nothing of the group is judged or recommended, even when the verdict gives another reason first.
    /// </summary>
    public bool TooBusyToJudge { get; }

    /// <summary>The largest uncontended worker count whose efficiency is at least <see cref="RecommendedEfficiency"/>; null when the machine was too busy to judge.</summary>
    public int? RecommendedWorkers { get; }

    public ScalingVerdict Verdict { get; }

    public string VerdictText { get; }

    /// <summary>True when the verdict says how the group scales (not unclear, not busy).</summary>
    public bool Judged => Verdict is not (ScalingVerdict.Unclear or ScalingVerdict.Busy);

    /// <summary>One plain sentence on the points left out for contention, or null when none was.</summary>
    public string? ContentionNote { get; }

    /// <summary>The analysis of a group, or null when it has no one-worker point to measure speedup against.</summary>
    /// <param name="cores">Logical cores of the machine; 0 when unknown (then no point counts as oversubscribed).</param>
    public static ScalingAnalysis? Of(ScalingGroup group, int cores)
    {
        ArgumentNullException.ThrowIfNull(group);
        var single = group.Points.FirstOrDefault(p => p.Workers == 1);
        if (single.Result is null)
        {
            return null;
        }

        (IReadOnlyList<double>? serial, bool serialContended) = SerialSamples(group.Serial);
        IReadOnlyList<double> baseline = single.Result.Nanoseconds;
        double baselineMean = baseline.Average();
        var points = new List<ScalingPoint>();
        foreach ((int workers, var result) in group.Points)
        {
            double mean = result.Nanoseconds.Average();
            // The one-worker point is the reference itself: exactly 1, no interval.
            (double low, double high) = ReferenceEquals(result, single.Result) ? (1, 1) : RatioInterval.Of(baseline, result.Nanoseconds);
            SerialSpeedup? againstSerial = null;
            if (serial is not null)
            {
                (double serialLow, double serialHigh) = RatioInterval.Of(serial, result.Nanoseconds);
                againstSerial = new SerialSpeedup(serial.Average() / mean, serialLow, serialHigh);
            }

            points.Add(new ScalingPoint(workers, mean, baselineMean / mean, low, high, cores > 0 && workers > cores) { AgainstSerial = againstSerial, Load = result.Load });
        }

        SerialDrift? drift = SerialDrift.Of(group.Serial.Where(r => r.Load?.Contended(1) != true));
        return new ScalingAnalysis(group, points, cores, serial?.Average(), serialContended, drift);
    }

    /// <summary>The serial baseline's iterations, pooled over its runs that were not contended (all of them when every one was).</summary>
    private static (IReadOnlyList<double>? Samples, bool Contended) SerialSamples(IReadOnlyList<BenchmarkResult> serial)
    {
        if (serial.Count == 0)
        {
            return (null, false);
        }

        BenchmarkResult[] quiet = [.. serial.Where(r => r.Load?.Contended(1) != true)];
        return quiet.Length > 0 ? ([.. quiet.SelectMany(r => r.Nanoseconds)], false) : ([.. serial.SelectMany(r => r.Nanoseconds)], true);
    }

    private static (ScalingVerdict, string) Judge(IReadOnlyList<ScalingPoint> points, ScalingPoint[] usable, string? tooBusy, SerialDrift? drift, ScalingPoint? beyondLinear)
    {
        // A group measured once (a dry job) has no interval whatever the load, and unlike the load
        // its user can change that: say so first, so the run's verdict does not depend on what else
        // the host ran meanwhile.
        if (points.Where(p => p.Workers > 1).All(p => double.IsNaN(p.SpeedupLow)) && points.Any(p => p.Workers > 1))
        {
            return (ScalingVerdict.Unclear, TooFewIterations);
        }

        if (tooBusy is not null)
        {
            return (ScalingVerdict.Busy, tooBusy);
        }

        // Every parallel point within the cores, or only oversubscribed ones (or the cores unknown).
        ScalingPoint[] parallel = [.. usable.Where(p => p.Workers > 1 && !p.Oversubscribed)];
        if (parallel.Length == 0)
        {
            parallel = [.. usable.Where(p => p.Workers > 1)];
        }

        if (parallel.Any(p => double.IsNaN(p.SpeedupLow)))
        {
            return (ScalingVerdict.Unclear, TooFewIterations);
        }

        if (drift is { Significant: true })
        {
            // Short enough for a chart's subtitle; the report's top says what it means.
            return (ScalingVerdict.Unclear, $"not judged: the machine's speed changed during the run (serial baseline {Format.Time(drift.FastestMean)} to {Format.Time(drift.SlowestMean)})");
        }

        if (beyondLinear is not null)
        {
            // Short enough for a chart's subtitle; the report's top says what it means.
            return (ScalingVerdict.Unclear, $"not judged: {Format.Number(beyondLinear.Speedup)}× at {beyondLinear.Workers} workers, more than {beyondLinear.Workers} cores can give ({Format.Number(beyondLinear.SpeedupLow)}× at the 95 % interval's low end)");
        }

        // Flat only when the intervals say so: a point of 1.05× whose interval runs from 0.72 to 1.51
        // is noise, not the absence of a parallel path; nor is a group flat whose oversubscribed
        // point is surely faster.
        bool flat = parallel.All(p => p.SpeedupLow > 1 - FlatTolerance && p.SpeedupHigh < 1 + FlatTolerance)
            && !usable.Any(p => p.Workers > 1 && p.SpeedupLow >= 1 + FlatTolerance);
        if (flat)
        {
            return (ScalingVerdict.Flat, "no parallel path: the speedup and its 95 % interval stay within 10 % of 1 at every worker count");
        }

        ScalingPoint top = parallel[^1];
        string busyBeyond = points.Any(p => p.Contended && p.Workers > top.Workers && !p.Oversubscribed) ? $" (more workers ran while the machine was busy)" : string.Empty;
        if (top.SpeedupLow <= 1 && top.SpeedupHigh >= 1)
        {
            return (ScalingVerdict.Unclear, $"too noisy to tell: {Format.Number(top.Speedup)}× at {top.Workers} workers, but the 95 % interval includes 1{busyBeyond}");
        }

        string at = $"{Format.Number(top.Efficiency)} at {top.Workers} workers{busyBeyond}";
        return top.Efficiency switch
        {
            >= RecommendedEfficiency => (ScalingVerdict.Good, $"scales: efficiency {at}"),
            >= FairEfficiency => (ScalingVerdict.Fair, $"scales partly: efficiency {at}"),
            _ when top.Speedup < 1 => (ScalingVerdict.Poor, $"parallelises badly: slower than one worker ({Format.Number(top.Speedup)}× at {top.Workers}){busyBeyond}"),
            _ => (ScalingVerdict.Poor, $"parallelises badly: efficiency {at}"),
        };
    }

    /// <summary>Why the machine was too busy for the group to be judged or a worker count recommended, or null.</summary>
    private static string? TooBusy(IReadOnlyList<ScalingPoint> points, ScalingPoint[] usable)
    {
        if (usable.Length == 0)
        {
            return "not judged: its one-worker reference ran while the machine was busy";
        }

        if (!usable.Any(p => p.Workers > 1 && !p.Oversubscribed) && points.Any(p => p.Workers > 1 && !p.Oversubscribed))
        {
            return "not judged: every parallel point within the cores ran while the machine was busy";
        }

        return usable.Any(p => p.Workers > 1) ? null : "not judged: every parallel point ran while the machine was busy";
    }

    private static string? NoteOnContention(IReadOnlyList<ScalingPoint> points, bool referenceContended, bool serialContended)
    {
        ScalingPoint[] busy = [.. points.Where(p => p.Contended)];
        var sentences = new List<string>();
        if (busy.Length > 0)
        {
            MachineLoad worst = busy.Select(p => p.Load!).MaxBy(l => l.TakenCores)!;
            string counts = string.Join(", ", busy.Select(p => p.Workers.ToString(CultureInfo.InvariantCulture)));
            string which = busy.Length == 1 && busy[0].Workers == 1 ? "1 worker" : $"{counts} workers";
            string taken = worst.TakenText;
            sentences.Add(referenceContended
                ? $"{which} ran while {taken}; the one-worker reference is among them, so no speedup of this group is judged or fitted."
                : $"{which} ran while {taken}: shown, but left out of the fit, the recommendation and the verdict.");
        }

        if (serialContended)
        {
            sentences.Add("Every run of the serial baseline was contended, so the speedups against serial are uncertain.");
        }

        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }
}
