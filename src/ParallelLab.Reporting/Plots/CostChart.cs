using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using ParallelLab.Reporting.Analysis;

namespace ParallelLab.Reporting.Plots;

/// <summary>A cost against workers (<see cref="CostAnalysis"/>): the whole time and the time per worker, in milliseconds.</summary>
public static class CostChart
{
    public static PlotModel Of(CostAnalysis cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        PlotModel model = PlotStyle.Model($"Cost: {cost.Group.Paradigm}.{cost.Group.Case}", (cost.Group.Workload.Length == 0 ? string.Empty : cost.Group.Workload + "; ") + "a cost, not a speedup; hollow: busy machine");
        int top = cost.Points.Max(p => p.Workers);
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = ScalingCharts.AxisTitle(cost.Group.Axis), Minimum = 0, Maximum = top + 0.5, MajorStep = top <= 16 ? 1 : Math.Ceiling(top / 16.0), MajorGridlineStyle = LineStyle.Dot });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "Time", Unit = "ms", Minimum = 0, MaximumPadding = 0.1, MajorGridlineStyle = LineStyle.Dot });
        Add(model, "whole time", MarkerType.Circle, PlotStyle.Palette[0], cost.Points, p => p.MeanNanoseconds);
        Add(model, "time per worker", MarkerType.Square, PlotStyle.Palette[1], cost.Points, p => p.PerWorkerNanoseconds);
        model.Legends.Add(PlotStyle.Legend());
        return model;
    }

    private static void Add(PlotModel model, string title, MarkerType marker, OxyColor color, IReadOnlyList<CostPoint> points, Func<CostPoint, double> nanoseconds)
    {
        var line = new LineSeries { Title = title, Color = color, MarkerType = marker, MarkerSize = 5, MarkerFill = color, StrokeThickness = 2 };
        line.Points.AddRange(points.Select(p => new DataPoint(p.Workers, nanoseconds(p) / 1e6)));
        model.Series.Add(line);
        CostPoint[] busy = [.. points.Where(p => p.Contended)];
        if (busy.Length > 0)
        {
            model.Series.Add(PlotStyle.Hollow(null, marker, color, busy.Select(p => new ScatterPoint(p.Workers, nanoseconds(p) / 1e6))));
        }
    }
}
