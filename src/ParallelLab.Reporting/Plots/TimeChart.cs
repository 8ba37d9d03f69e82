using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Plots;

/// <summary>
/// Time per case of one benchmark class: a dot at the mean with a bar from the fastest to the
/// slowest iteration, on a logarithmic axis, because one class's cases can differ a thousandfold.
/// </summary>
public static class TimeChart
{
    public const int RowHeight = 22;

    public static (PlotModel Model, int Height) Of(string type, IReadOnlyList<BenchmarkResult> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        BenchmarkResult[] measured = [.. cases.Where(c => c.Nanoseconds.Count > 0)];
        PlotModel model = PlotStyle.Model($"Time per case: {type}", "dot: mean (hollow: busy machine); bar: fastest to slowest iteration");
        // The job is named only where the class ran under several (the native-BLAS thread counts).
        bool manyJobs = measured.Select(c => c.JobId).Distinct().Count() > 1;
        string[] labels = [.. measured.Select(c => Label(c, manyJobs))];
        // Half a row of room beyond the first and the last case: with only dots and bars (no bar
        // series) the axis would otherwise end on the last case and cut its marks in half.
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Left, ItemsSource = labels, GapWidth = 0.2, IsZoomEnabled = false, FontSize = 10, StartPosition = 1, EndPosition = 0, Minimum = -0.5, Maximum = labels.Length - 0.5 });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "Time per operation", Unit = "ms", MajorGridlineStyle = LineStyle.Dot, MinorGridlineStyle = LineStyle.None, StringFormat = "0.###" });
        model.Series.Add(Intervals.Horizontal("fastest to slowest", measured.Select((c, i) => ((double)i, c.Nanoseconds.Min() / 1e6, c.Nanoseconds.Max() / 1e6))));
        var means = new ScatterSeries { Title = "mean", MarkerType = MarkerType.Circle, MarkerSize = 4 };
        means.Points.AddRange(measured.Select((c, i) => (c, i)).Where(x => !WorkerAxis.Contended(x.c)).Select(x => new ScatterPoint(x.c.Nanoseconds.Average() / 1e6, x.i)));
        model.Series.Add(means);
        ScatterPoint[] busy = [.. measured.Select((c, i) => (c, i)).Where(x => WorkerAxis.Contended(x.c)).Select(x => new ScatterPoint(x.c.Nanoseconds.Average() / 1e6, x.i))];
        if (busy.Length > 0)
        {
            model.Series.Add(PlotStyle.Hollow("mean, busy machine", MarkerType.Circle, PlotStyle.Palette[1], busy));
        }
        return (model, Math.Max(300, 120 + (RowHeight * measured.Length)));
    }

    private static string Label(BenchmarkResult result, bool withJob)
    {
        string job = withJob ? $" @{result.JobId}" : string.Empty;
        return result.Parameters.Count == 0 ? result.Method + job : $"{result.Method} [{result.ParameterText}]{job}";
    }
}
