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
    public static PlotModel Speedup(ScalingAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        PlotModel model = PlotStyle.Model($"Speedup: {analysis.Group.Paradigm}.{analysis.Group.Case}", Subtitle(analysis));
        int top = analysis.Points.Max(p => p.Workers);
        AddWorkerAxis(model, analysis.Group.Axis, top);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "Speedup T(1) / T(p)", Unit = "×", Minimum = 0, MaximumPadding = 0.1, MajorGridlineStyle = LineStyle.Dot });
        model.Series.Add(Ideal(top));
        if (analysis.BestFit is { } fit)
        {
            model.Series.Add(FitLine(fit, top));
        }

        model.Series.Add(Intervals.Vertical("95 % interval", analysis.Points.Select(p => ((double)p.Workers, p.SpeedupLow, p.SpeedupHigh))));
        var measured = new ScatterSeries { Title = "Measured", MarkerType = MarkerType.Circle, MarkerSize = 5 };
        measured.Points.AddRange(analysis.Points.Select(p => new ScatterPoint(p.Workers, p.Speedup)));
        model.Series.Add(measured);
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
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "Efficiency S(p) / p", Minimum = 0, Maximum = Math.Max(1.2, analysis.Points.Select(p => double.IsFinite(p.EfficiencyHigh) ? p.EfficiencyHigh : p.Efficiency).Max() * 1.1), MajorGridlineStyle = LineStyle.Dot });
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = 1, Color = OxyColors.Gray, LineStyle = LineStyle.Dash, Text = "ideal", TextColor = OxyColors.Gray, TextLinePosition = 0, TextHorizontalAlignment = HorizontalAlignment.Left });
        model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = ScalingAnalysis.RecommendedEfficiency, Color = OxyColors.DarkOrange, LineStyle = LineStyle.Dot, Text = "0.7: recommended", TextColor = OxyColors.DarkOrange, TextLinePosition = 0, TextHorizontalAlignment = HorizontalAlignment.Left });
        model.Series.Add(Intervals.Vertical("95 % interval", analysis.Points.Select(p => ((double)p.Workers, p.EfficiencyLow, p.EfficiencyHigh))));
        var measured = new ScatterSeries { Title = "Measured", MarkerType = MarkerType.Square, MarkerSize = 5 };
        measured.Points.AddRange(analysis.Points.Select(p => new ScatterPoint(p.Workers, p.Efficiency)));
        model.Series.Add(measured);
        AddCoresLine(model, analysis.Cores, top);
        model.Legends.Add(PlotStyle.Legend(LegendPosition.RightTop));
        return model;
    }

    /// <summary>One line per group (each paradigm's methods, chosen by the caller) on the same kernel.</summary>
    public static PlotModel Overview(string kernel, IReadOnlyList<ScalingAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        PlotModel model = PlotStyle.Model($"Every paradigm on {kernel}", "speedup against one worker of the same paradigm; shaded: more workers than cores");
        int top = analyses.Max(a => a.Points.Max(p => p.Workers));
        AddWorkerAxis(model, "workers (threads, processes, ranks, jobs)", top);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "Speedup T(1) / T(p)", Unit = "×", Minimum = 0, MaximumPadding = 0.1, MajorGridlineStyle = LineStyle.Dot });
        model.Series.Add(Ideal(top));
        MarkerType[] markers = [MarkerType.Circle, MarkerType.Square, MarkerType.Diamond, MarkerType.Triangle];
        for (int i = 0; i < analyses.Count; i++)
        {
            var line = new LineSeries
            {
                Title = analyses[i].Group.Paradigm + "." + analyses[i].Group.Case,
                Color = PlotStyle.Palette[i % PlotStyle.Palette.Length],
                MarkerType = markers[i % markers.Length],
                MarkerSize = 5,
                StrokeThickness = 2,
                LineStyle = i < PlotStyle.Palette.Length ? LineStyle.Solid : LineStyle.Dash,
            };
            line.Points.AddRange(analyses[i].Points.Select(p => new DataPoint(p.Workers, p.Speedup)));
            model.Series.Add(line);
        }

        AddCoresLine(model, analyses[0].Cores, top);
        model.Legends.Add(PlotStyle.Legend(LegendPosition.RightTop, LegendPlacement.Outside));
        return model;
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

    private static string AxisTitle(string axis) => axis switch
    {
        BenchmarkConventions.Workers => "Workers (threads or processes)",
        BenchmarkConventions.Jobs => "Jobs at once (-j)",
        BenchmarkConventions.Ranks => "MPI ranks",
        BenchmarkConventions.Threads => "Threads",
        BenchmarkConventions.ThreadsVariable => "BLAS threads (OMP_NUM_THREADS)",
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
