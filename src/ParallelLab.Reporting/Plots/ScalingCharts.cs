using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Fits;

namespace ParallelLab.Reporting.Plots;

/// <summary>Speedup and efficiency against workers for one group, and the overview of several groups on one kernel.</summary>
public static class ScalingCharts
{
    /// <summary>
    /// Both speedups of one group: against its own one-worker case (the points the laws are fitted
    /// to) and, where the class has a serial baseline, against serial. Points measured on a busy
    /// machine are drawn hollow and left out of the fit.
    /// </summary>
    public static PlotModel Speedup(ScalingAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        PlotModel model = PlotStyle.Model($"Speedup: {analysis.Group.Paradigm}.{analysis.Group.Case}", Subtitle(analysis));
        int top = analysis.Points.Max(p => p.Workers);
        AddWorkerAxis(model, analysis.Group.Axis, top);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "Speedup", Unit = "×", Minimum = 0, MaximumPadding = 0.1, MajorGridlineStyle = LineStyle.Dot });
        model.Series.Add(Ideal(top));
        if (analysis.BestFit is { } fit)
        {
            model.Series.Add(FitLine(fit, top));
        }

        model.Series.Add(Intervals.Vertical("95 % interval of T(1) / T(p)", analysis.Points.Select(p => ((double)p.Workers, p.SpeedupLow, p.SpeedupHigh))));
        AddMeasured(model, "against 1 worker: T(1) / T(p)", MarkerType.Circle, OxyColors.Black, analysis.Points, p => p.Speedup, analysis.ReferenceContended);
        if (analysis.SerialMeanNanoseconds is not null)
        {
            AddMeasured(model, "against serial: T(serial) / T(p)", MarkerType.Diamond, PlotStyle.Palette[1], analysis.Points, p => p.AgainstSerial!.Value, analysis.SerialContended);
        }

        AddCoresLine(model, analysis.Cores, top);
        model.Legends.Add(PlotStyle.Legend());
        return model;
    }

    public static PlotModel Efficiency(ScalingAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        PlotModel model = PlotStyle.Model($"Efficiency: {analysis.Group.Paradigm}.{analysis.Group.Case}", Subtitle(analysis));
        int top = analysis.Points.Max(p => p.Workers);
        AddWorkerAxis(model, analysis.Group.Axis, top);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "Efficiency S(p) / p, against 1 worker", Minimum = 0, Maximum = Math.Max(1.2, analysis.Points.Select(p => double.IsFinite(p.EfficiencyHigh) ? p.EfficiencyHigh : p.Efficiency).Max() * 1.1), MajorGridlineStyle = LineStyle.Dot });
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 1, Color = OxyColors.Gray, LineStyle = LineStyle.Dash, Text = "ideal", TextColor = OxyColors.Gray, TextLinePosition = 0, TextHorizontalAlignment = HorizontalAlignment.Left });
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = ScalingAnalysis.RecommendedEfficiency, Color = OxyColors.DarkOrange, LineStyle = LineStyle.Dot, Text = "0.7: recommended", TextColor = OxyColors.DarkOrange, TextLinePosition = 0, TextHorizontalAlignment = HorizontalAlignment.Left });
        model.Series.Add(Intervals.Vertical("95 % interval", analysis.Points.Select(p => ((double)p.Workers, p.EfficiencyLow, p.EfficiencyHigh))));
        AddMeasured(model, "against 1 worker: S(p) / p", MarkerType.Square, OxyColors.Black, analysis.Points, p => p.Efficiency, analysis.ReferenceContended);
        AddCoresLine(model, analysis.Cores, top);
        model.Legends.Add(PlotStyle.Legend(LegendPosition.RightTop));
        return model;
    }

    /// <summary>
    /// One line per group (each paradigm's methods, chosen by the caller) on the same kernel, each
    /// against serial where its class has a serial baseline (so a paradigm slower than serial at
    /// one worker shows it), else against its own one worker, which its legend entry then says.
    /// </summary>
    public static PlotModel Overview(string kernel, IReadOnlyList<ScalingAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        int withSerial = analyses.Count(a => a.SerialMeanNanoseconds is not null);
        string against = withSerial == analyses.Count ? "speedup against serial, T(serial) / T(p)"
            : withSerial == 0 ? "speedup against one worker of the same paradigm, T(1) / T(p)"
            : "speedup against serial, or against 1 worker (legend)";
        PlotModel model = PlotStyle.Model($"Every paradigm on {kernel}", against + "; hollow: busy machine; shaded: beyond the cores");
        int top = analyses.Max(a => a.Points.Max(p => p.Workers));
        AddWorkerAxis(model, "workers (threads, processes, ranks, jobs)", top);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = withSerial > 0 ? "Speedup against serial" : "Speedup T(1) / T(p)", Unit = "×", Minimum = 0, MaximumPadding = 0.1, MajorGridlineStyle = LineStyle.Dot });
        model.Series.Add(Ideal(top));
        MarkerType[] markers = [MarkerType.Circle, MarkerType.Square, MarkerType.Diamond, MarkerType.Triangle];
        for (int i = 0; i < analyses.Count; i++)
        {
            bool againstSerial = analyses[i].SerialMeanNanoseconds is not null;
            var line = new LineSeries
            {
                Title = analyses[i].Group.Paradigm + "." + analyses[i].Group.Case + (againstSerial ? string.Empty : " (against its 1 worker: no serial baseline)"),
                Color = PlotStyle.Palette[i % PlotStyle.Palette.Length],
                MarkerType = markers[i % markers.Length],
                MarkerSize = 5,
                StrokeThickness = 2,
                LineStyle = i < PlotStyle.Palette.Length ? LineStyle.Solid : LineStyle.Dash,
            };
            line.Points.AddRange(analyses[i].Points.Select(p => new DataPoint(p.Workers, againstSerial ? p.AgainstSerial!.Value : p.Speedup)));
            // Busy points stay on the line (it would mislead to join around them), hollow.
            line.MarkerFill = line.Color;
            model.Series.Add(line);
            ScalingPoint[] busy = [.. analyses[i].Points.Where(p => p.Contended)];
            if (busy.Length > 0)
            {
                model.Series.Add(PlotStyle.Hollow(null, line.MarkerType, line.Color, busy.Select(p => new ScatterPoint(p.Workers, againstSerial ? p.AgainstSerial!.Value : p.Speedup))));
            }
        }

        AddCoresLine(model, analyses[0].Cores, top);
        model.Legends.Add(PlotStyle.Legend(LegendPosition.RightTop, LegendPlacement.Outside));
        return model;
    }

    /// <summary>
    /// Filled markers for the points that count; hollow ones, named in the legend, for those
    /// measured on a busy machine, and for all of them when their reference was (<paramref name="allBusy"/>).
    /// </summary>
    private static void AddMeasured(PlotModel model, string title, MarkerType marker, OxyColor color, IReadOnlyList<ScalingPoint> points, Func<ScalingPoint, double> value, bool allBusy)
    {
        bool Busy(ScalingPoint p) => allBusy || p.Contended;
        var measured = new ScatterSeries { Title = title, MarkerType = marker, MarkerSize = 5, MarkerFill = color };
        measured.Points.AddRange(points.Where(p => !Busy(p)).Select(p => new ScatterPoint(p.Workers, value(p))));
        if (measured.Points.Count > 0)
        {
            model.Series.Add(measured);
        }

        ScatterPoint[] busy = [.. points.Where(Busy).Select(p => new ScatterPoint(p.Workers, value(p)))];
        if (busy.Length > 0)
        {
            model.Series.Add(PlotStyle.Hollow(title + (allBusy ? ", reference on a busy machine (not judged)" : ", busy machine (not judged)"), marker, color, busy));
        }
    }

    private static string Subtitle(ScalingAnalysis analysis)
    {
        string fit = analysis.BestFit is { } best ? $"; fit: {best.Law.Name}, {best.ParameterText}" : string.Empty;
        return (analysis.Group.Workload.Length == 0 ? string.Empty : analysis.Group.Workload + "; ") + analysis.VerdictText + fit;
    }

    private static void AddWorkerAxis(PlotModel model, string axis, int top) =>
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Title = AxisTitle(axis),
            Minimum = 0,
            Maximum = top + 0.5,
            MajorStep = top <= 16 ? 1 : Math.Ceiling(top / 16.0),
            MinorStep = 1,
            MajorGridlineStyle = LineStyle.Dot,
        });

    /// <summary>The x axis title for a worker axis, shared by every chart against workers.</summary>
    internal static string AxisTitle(string axis) => axis switch
    {
        BenchmarkConventions.Workers => "Workers (threads or processes)",
        BenchmarkConventions.Jobs => "Jobs at once (-j)",
        BenchmarkConventions.Ranks => "MPI ranks",
        BenchmarkConventions.Threads => "Threads",
        BenchmarkConventions.ThreadsVariable => "Threads (OMP_NUM_THREADS)",
        _ when BenchmarkConventions.IsWorkerVariable(axis) => $"{axis} (the job's environment)",
        _ => axis,
    };

    private static LineSeries Ideal(int top)
    {
        var ideal = new LineSeries { Title = "Ideal S(p) = p", Color = OxyColors.Gray, LineStyle = LineStyle.Dash, StrokeThickness = 1.5 };
        ideal.Points.Add(new DataPoint(1, 1));
        ideal.Points.Add(new DataPoint(top, top));
        return ideal;
    }

    private static LineSeries FitLine(ScalingFit fit, int top)
    {
        var line = new LineSeries { Title = $"{fit.Law.Name} fit ({fit.ParameterText}{(fit.IsExact ? ", exact: as many points as parameters" : string.Empty)})", Color = OxyColors.SteelBlue, LineStyle = LineStyle.Solid, StrokeThickness = 1.5 };
        for (double p = 1; p <= top + 1e-9; p += 0.1)
        {
            line.Points.Add(new DataPoint(p, fit.Speedup(p)));
        }

        return line;
    }

    private static void AddCoresLine(PlotModel model, int cores, int top)
    {
        if (cores > 0 && cores < top)
        {
            model.Annotations.Add(new RectangleAnnotation { MinimumX = cores, MaximumX = top + 0.5, Fill = OxyColor.FromAColor(22, OxyColors.Black), Layer = AnnotationLayer.BelowSeries });
            // The label sits at the foot of the line, where no legend goes.
            model.Annotations.Add(new LineAnnotation
            {
                Type = LineAnnotationType.Vertical,
                X = cores,
                Color = OxyColors.DimGray,
                LineStyle = LineStyle.Dot,
                Text = $"{cores} cores: more workers share them →",
                TextColor = OxyColors.DimGray,
                TextLinePosition = 0,
                TextOrientation = AnnotationTextOrientation.Horizontal,
                TextHorizontalAlignment = HorizontalAlignment.Left,
                TextVerticalAlignment = VerticalAlignment.Bottom,
            });
        }
    }
}
