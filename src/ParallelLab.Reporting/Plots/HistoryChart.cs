using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using ParallelLab.Reporting.History;

namespace ParallelLab.Reporting.Plots;

/// <summary>
/// One series across commits, oldest on the left: a dot per commit with its 95 % interval, each
/// segment's median as a line, and each change point as a vertical band over the range of commits
/// where it may have happened.
/// </summary>
internal static class HistoryChart
{
    public static PlotModel Of(HistorySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        bool time = series.LowerIsBetter;
        double scale = time ? 1e-6 : 1;
        PlotModel model = PlotStyle.Model($"{series.Name}: {series.Measure}", $"{series.Machine.Name}: per commit its {(time ? "median" : "efficiency")} and 95 % interval; lines: segment medians; shaded: where a change happened");
        string[] labels = [.. series.Commits.Select(c => c.Abbreviated[..Math.Min(7, c.Abbreviated.Length)])];
        model.Axes.Add(new LinearAxis
        {
            Position = AxisPosition.Bottom,
            Title = "Commit (oldest left)",
            Minimum = -0.5,
            Maximum = series.Commits.Count - 0.5,
            MajorStep = Math.Max(1, Math.Ceiling(series.Commits.Count / 12.0)),
            MinorStep = 1,
            Angle = -40,
            LabelFormatter = x => Math.Abs(x - Math.Round(x)) < 1e-9 && x >= 0 && x < labels.Length ? labels[(int)Math.Round(x)] : string.Empty,
        });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = time ? "Median time per operation" : "Efficiency", Unit = time ? "ms" : null, MajorGridlineStyle = LineStyle.Dot, Minimum = 0, MaximumPadding = 0.1 });

        foreach (ChangePoint change in series.Changes)
        {
            model.Annotations.Add(new RectangleAnnotation
            {
                // From the last commit that may be before the change to the first that may be after it.
                MinimumX = change.FirstPossible - 1,
                MaximumX = change.LastPossible,
                Fill = OxyColor.FromAColor(60, series.IsWorse(change) ? OxyColors.Red : OxyColors.Green),
                Text = string.Create(CultureInfo.InvariantCulture, $"{change.Ratio:0.00}×"),
                TextPosition = new DataPoint(change.Index - 0.5, double.NaN),
            });
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = change.Index - 0.5, Color = series.IsWorse(change) ? OxyColors.DarkRed : OxyColors.DarkGreen, LineStyle = LineStyle.Dash });
        }

        model.Series.Add(Intervals.Vertical("95 % interval", series.Intervals.Select((interval, i) => ((double)i, interval.Low * scale, interval.High * scale))));
        var medians = new ScatterSeries { Title = time ? "median" : "efficiency", MarkerType = MarkerType.Circle, MarkerSize = 3.5, MarkerFill = PlotStyle.Palette[0] };
        medians.Points.AddRange(series.Values.Select((v, i) => new ScatterPoint(i, v * scale)));
        model.Series.Add(medians);

        int[] bounds = [0, .. series.Changes.Select(c => c.Index), series.Commits.Count];
        var segments = new LineSeries { Title = "segment median", Color = PlotStyle.Palette[1], StrokeThickness = 2 };
        for (int s = 0; s + 1 < bounds.Length; s++)
        {
            double median = Results.Samples.Median([.. series.Values.Skip(bounds[s]).Take(bounds[s + 1] - bounds[s])]) * scale;
            segments.Points.Add(new DataPoint(bounds[s] - 0.4, median));
            segments.Points.Add(new DataPoint(bounds[s + 1] - 0.6, median));
            segments.Points.Add(DataPoint.Undefined);
        }

        model.Series.Add(segments);
        model.Legends.Add(PlotStyle.Legend(LegendPosition.LeftBottom));
        return model;
    }
}
