using System.Globalization;
using ParallelLab.Core.Machine;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Fits;
using ParallelLab.Reporting.Plots;

namespace ParallelLab.Reporting.Pages;

/// <summary>The report's scaling sections: the overview per kernel and every scaling group with its tables and charts.</summary>
internal static class ScalingSections
{
    /// <summary>One chart per kernel that two or more paradigms ran; returns the chart of each kernel.</summary>
    public static IReadOnlyDictionary<string, string> Overviews(ReportDocument document, IReadOnlyList<ScalingAnalysis> analyses, ChartFolder charts)
    {
        Dictionary<string, string> overviews = [];
        IGrouping<string, ScalingAnalysis>[] kernels = [.. analyses
            .GroupBy(a => a.Group.Kernel)
            .Where(k => k.Select(a => a.Group.Paradigm).Distinct().Count() >= 2)
            .OrderBy(k => k.Key, StringComparer.Ordinal)];
        if (kernels.Length == 0)
        {
            return overviews;
        }

        document.Heading(2, "Overview: every paradigm on the same kernel");
        foreach (IGrouping<string, ScalingAnalysis> kernel in kernels)
        {
            ScalingAnalysis[] best = [.. kernel.GroupBy(a => (a.Group.Paradigm, a.Group.Case)).Select(BestOf)];
            string name = charts.Add(ScalingCharts.Overview(kernel.Key, best), "overview-" + ReportWriter.Slug(kernel.Key));
            overviews[kernel.Key] = name + ".png";
            document.Paragraph($"Kernel `{kernel.Key}`: each paradigm's methods, each with its best workload, as speedup against its class's serial baseline, T(serial)/T(p), so that a paradigm slower than serial at one worker shows it (a class without a baseline: against its own one worker, as its legend says).")
                .Image($"Speedup of every paradigm on {kernel.Key}", name + ".png", name + ".svg");
        }

        return overviews;
    }

    public static void Scaling(ReportDocument document, IReadOnlyList<ScalingAnalysis> analyses, int cores, IReadOnlyList<int> projected, ChartFolder charts)
    {
        if (analyses.Count == 0)
        {
            return;
        }

        string[] projections = [.. projected.Select(p => $"S({p})")];
        document.Heading(2, "Scaling");
        document.Paragraph(
            "S(p) = T(1)/T(p), the speedup against one worker of the same method (relative speedup), from mean times, with a 95 % interval from the raw iterations (delta method on the log ratio, Welch's degrees of freedom); "
            + "\"vs serial\" = T(serial)/T(p), against the class's serial baseline (absolute speedup; its runs at every worker count pooled); E(p) = S(p)/p; "
            + "Karp–Flatt e = (1/S − 1/p)/(1 − 1/p), the measured serial fraction. Laws are fitted by least squares to S(p) at the points "
            + (cores > 0 ? $"within the {cores} cores (beyond them workers share cores)" : "(the cores are unknown, so all of them)")
            + " that ran on a quiet machine, and the best by AICc is shown; an exact fit has as many points as parameters and predicts little. "
            + $"Recommended: the most workers with E ≥ {Format.Number(ScalingAnalysis.RecommendedEfficiency)}. Points marked busy ran with fewer cores than they could use (other processes or the host took them): shown, never fitted, recommended or judged.");
        document.Table(
            ["Case", "Workload", "Workers", "S(p) [95 % CI]", "vs serial [95 % CI]", "E(p)", "Karp–Flatt", "Fit (best by AICc)", .. projections, "Recommended", "Verdict"],
            analyses.Select(a => SummaryRow(a, projected)));
        foreach (ScalingAnalysis analysis in analyses)
        {
            string slug = ReportWriter.Slug(analysis.Group.Name);
            document.Heading(3, analysis.Group.Name);
            if (analysis.ContentionNote is { } note)
            {
                document.Paragraph("⚠ " + note);
            }

            document.Table(["Workers", "Mean time", "S(p) [95 % CI]", "vs serial [95 % CI]", "E(p)", "Karp–Flatt", "Machine"], analysis.Points.Select(PointRow));
            if (analysis.Fits.Count > 0)
            {
                document.Table(["Law", "Formula", "Parameters", "RSS", "AIC", .. projections], analysis.Fits.Select(f => FitRow(f, projected)));
            }

            string speedup = charts.Add(ScalingCharts.Speedup(analysis), "speedup-" + slug);
            string efficiency = charts.Add(ScalingCharts.Efficiency(analysis), "efficiency-" + slug);
            document.Image($"Speedup of {analysis.Group.Name}, against one worker and against serial", speedup + ".png", speedup + ".svg")
                .Image($"Efficiency of {analysis.Group.Name}, against one worker", efficiency + ".png", efficiency + ".svg");
        }
    }

    /// <summary>"quiet", "busy: others took 0.97 of 2 cores", or "–" where the run did not record the load.</summary>
    internal static string MachineText(MachineLoad? load, bool contended) => load switch
    {
        null or { Known: false } => "–",
        _ when contended => "⚠ busy: " + load.TakenText,
        _ => "quiet",
    };

    private static ScalingAnalysis BestOf(IEnumerable<ScalingAnalysis> paradigm) =>
        paradigm.MaxBy(a => a.Points.Where(p => !p.Oversubscribed && !p.Contended).Select(p => p.AgainstSerial?.Value ?? p.Speedup).DefaultIfEmpty(0).Max())!;

    private static string[] SummaryRow(ScalingAnalysis a, IReadOnlyList<int> projected)
    {
        // The point the verdict speaks of: the most workers within the cores that ran on a quiet
        // machine; in a group not judged, the most within the cores, marked busy.
        ScalingPoint[] onCores = [.. a.Points.Where(p => !p.Oversubscribed).DefaultIfEmpty(a.Points[^1])];
        ScalingPoint top = !a.TooBusyToJudge ? onCores.Where(p => !p.Contended).DefaultIfEmpty(onCores[^1]).Last() : onCores[^1];
        ScalingFit? fit = a.BestFit;
        return
        [
            $"{a.Group.Paradigm}.{a.Group.Case}",
            a.Group.Workload,
            top.Workers.ToString(CultureInfo.InvariantCulture) + (top.Contended ? " ⚠ busy" : string.Empty),
            SpeedupText(top),
            SerialText(top),
            Format.Fixed(top.Efficiency, 2),
            top.KarpFlatt is { } e ? Format.Fixed(e, 3) : "–",
            fit is null ? "–" : $"{fit.Law.Name}: {fit.ParameterText}{(fit.IsExact ? " (exact)" : string.Empty)}",
            .. projected.Select(p => fit is null ? "–" : Format.Fixed(fit.Speedup(p), 2)),
            a.RecommendedWorkers?.ToString(CultureInfo.InvariantCulture) ?? "–",
            a.VerdictText,
        ];
    }

    private static string[] PointRow(ScalingPoint p) =>
    [
        p.Workers.ToString(CultureInfo.InvariantCulture) + (p.Oversubscribed ? " (more than cores)" : string.Empty),
        Format.Time(p.MeanNanoseconds),
        SpeedupText(p),
        SerialText(p),
        Format.Fixed(p.Efficiency, 2),
        p.KarpFlatt is { } e ? Format.Fixed(e, 3) : "–",
        MachineText(p.Load, p.Contended),
    ];

    private static string[] FitRow(ScalingFit f, IReadOnlyList<int> projected) =>
    [
        f.Law.Name, f.Law.Formula, f.ParameterText + (f.IsExact ? " (exact)" : string.Empty),
        Format.Number(f.SumOfSquares), Format.Fixed(f.Aic, 1), .. projected.Select(p => Format.Fixed(f.Speedup(p), 2)),
    ];

    private static string SpeedupText(ScalingPoint p) => WithInterval(p.Speedup, p.SpeedupLow, p.SpeedupHigh);

    private static string SerialText(ScalingPoint p) => p.AgainstSerial is { } s ? WithInterval(s.Value, s.Low, s.High) : "–";

    /// <summary>"1.60 [1.21, 2.11]"; "1.03 [no interval]" where one side has a single iteration.</summary>
    private static string WithInterval(double value, double low, double high) =>
        double.IsNaN(low) || double.IsNaN(high) ? $"{Format.Fixed(value, 2)} [no interval]" : $"{Format.Fixed(value, 2)} [{Format.Fixed(low, 2)}, {Format.Fixed(high, 2)}]";
}
