using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using ParallelLab.Core.WordCount;
using ParallelLab.Reporting.Fits;

namespace ParallelLab.Reporting.Plots;

/// <summary>The lesson's own pictures: plotcount.py's top-word bars, Zipf's rank–frequency plot, and the averaged word ACF.</summary>
public static class LessonCharts
{
    /// <summary>The N most frequent words as vertical bars, as plotcount.py draws them.</summary>
    public static PlotModel TopWords(string book, IReadOnlyList<WordCountEntry> table, int count = 10)
    {
        ArgumentNullException.ThrowIfNull(table);
        WordCountEntry[] top = [.. table.Take(count)];
        PlotModel model = PlotStyle.Model($"Top {top.Length} words of {book}", "the plotcount.py picture");
        model.Axes.Add(new CategoryAxis { Key = "words", Position = AxisPosition.Bottom, ItemsSource = top.Select(e => e.Word).ToArray(), Title = "Word", Angle = top.Any(e => e.Word.Length > 6) ? -30 : 0 });
        model.Axes.Add(new LinearAxis { Key = "counts", Position = AxisPosition.Left, Title = "Occurrences", Minimum = 0, MaximumPadding = 0.12, MajorGridlineStyle = LineStyle.Dot });
        var bars = new BarSeries { XAxisKey = "counts", YAxisKey = "words", FillColor = PlotStyle.Palette[0], LabelPlacement = LabelPlacement.Outside, LabelFormatString = "{0}" };
        bars.Items.AddRange(top.Select(e => new BarItem(e.Count)));
        model.Series.Add(bars);
        return model;
    }

    /// <summary>
    /// Frequency against rank on log–log axes with the least-squares line through them: Zipf's law
    /// says f ∝ r^(−s) with s near 1 for natural text (Zipf, 1949; the full reference is on <see cref="ZipfFit"/>).
    /// </summary>
    public static PlotModel RankFrequency(string book, IReadOnlyList<WordCountEntry> table, ZipfFit fit)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(fit);
        PlotModel model = PlotStyle.Model($"Rank–frequency of {book}", $"Zipf exponent s = {Format.Fixed(fit.Exponent, 3)} (least squares on log–log, ranks 1–{fit.Ranks})");
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "Rank", MajorGridlineStyle = LineStyle.Dot, StringFormat = "0" });
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Left, Title = "Occurrences", MajorGridlineStyle = LineStyle.Dot, StringFormat = "0" });
        var words = new ScatterSeries { Title = "Words", MarkerType = MarkerType.Circle, MarkerSize = 2, MarkerFill = PlotStyle.Palette[0] };
        for (int rank = 1; rank <= table.Count; rank++)
        {
            words.Points.Add(new ScatterPoint(rank, table[rank - 1].Count));
        }

        var line = new LineSeries { Title = $"fit: f = {Format.Number(fit.Scale)} · r^(−{Format.Fixed(fit.Exponent, 3)})", Color = PlotStyle.Palette[1], StrokeThickness = 2, LineStyle = LineStyle.Dash };
        line.Points.Add(new DataPoint(1, fit.Frequency(1)));
        line.Points.Add(new DataPoint(table.Count, fit.Frequency(table.Count)));
        model.Series.Add(words);
        model.Series.Add(line);
        model.Legends.Add(PlotStyle.Legend(OxyPlot.Legends.LegendPosition.RightTop));
        return model;
    }

    /// <summary>The average autocorrelation of the top words against lag, as autocorrelation.py computes it.</summary>
    public static PlotModel Acf(string book, IReadOnlyList<double> acf, int words)
    {
        ArgumentNullException.ThrowIfNull(acf);
        PlotModel model = PlotStyle.Model($"Word autocorrelation of {book}", $"average over the top {words} words; lag 0 (always 1) left out");
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = "Lag", Unit = "words", Minimum = 0, Maximum = acf.Count, MajorGridlineStyle = LineStyle.Dot });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "Average ACF", MajorGridlineStyle = LineStyle.Dot });
        var line = new LineSeries { Title = "ACF", Color = PlotStyle.Palette[0], StrokeThickness = 2, MarkerType = MarkerType.Circle, MarkerSize = 2 };
        for (int lag = 1; lag < acf.Count; lag++)
        {
            line.Points.Add(new DataPoint(lag, acf[lag]));
        }

        model.Series.Add(line);
        return model;
    }
}
