using OxyPlot;
using OxyPlot.Series;

namespace ParallelLab.Reporting.Plots;

/// <summary>
/// Intervals drawn from their own ends, low to high, as line segments (one series, broken between
/// segments by undefined points). OxyPlot's error-bar series take one symmetric error, which
/// misplaces an asymmetric interval and can reach below zero on a logarithmic axis.
/// </summary>
internal static class Intervals
{
    public static LineSeries Vertical(string title, IEnumerable<(double X, double Low, double High)> intervals) =>
        Segments(title, intervals.Select(i => (new DataPoint(i.X, i.Low), new DataPoint(i.X, i.High))));

    public static LineSeries Horizontal(string title, IEnumerable<(double Y, double Low, double High)> intervals) =>
        Segments(title, intervals.Select(i => (new DataPoint(i.Low, i.Y), new DataPoint(i.High, i.Y))));

    private static LineSeries Segments(string title, IEnumerable<(DataPoint From, DataPoint To)> segments)
    {
        var series = new LineSeries { Title = title, Color = OxyColors.Black, StrokeThickness = 1.5 };
        foreach ((DataPoint from, DataPoint to) in segments)
        {
            if (double.IsFinite(from.X) && double.IsFinite(from.Y) && double.IsFinite(to.X) && double.IsFinite(to.Y))
            {
                series.Points.Add(from);
                series.Points.Add(to);
                series.Points.Add(DataPoint.Undefined);
            }
        }

        return series;
    }
}
