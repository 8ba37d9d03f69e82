using System.Buffers.Binary;
using System.Xml.Linq;
using ParallelLab.Reporting.Analysis;
using ParallelLab.Reporting.Fits;
using ParallelLab.Reporting.Plots;
using ParallelLab.TestSupport;

namespace ParallelLab.Reporting.Tests.Plots;

public sealed class PlotFilesTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Speedup_efficiency_and_overview_render_to_png_of_the_asked_size_and_to_svg_with_text()
    {
        ScalingAnalysis analysis = ScalingAnalysis.Of(ScalingGroup.From(Synthetic.Amdahl(0.1, [1, 2, 4, 8], noise: 0.02)).Single(), cores: 4)!;

        AssertRendered(ScalingCharts.Speedup(analysis), "speedup", "against 1 worker: T(1) / T(p)");
        AssertRendered(ScalingCharts.Efficiency(analysis), "efficiency", "Efficiency S(p) / p, against 1 worker");
        AssertRendered(ScalingCharts.Overview("AcfOverWords", [analysis, analysis]), "overview", "Every paradigm on AcfOverWords");
    }

    [Fact]
    public void Time_and_lesson_charts_render()
    {
        var table = Enumerable.Range(1, 300).Select(r => new Core.WordCount.WordCountEntry($"word{r}", 3000 / r, 0)).ToArray();
        (OxyPlot.PlotModel time, int height) = TimeChart.Of("CpuThreads", Synthetic.Amdahl(0.1, [1, 2, 4]));

        AssertRendered(time, "time", "Time per operation", height);
        AssertRendered(LessonCharts.TopWords("book", table), "top", "word1");
        AssertRendered(LessonCharts.RankFrequency("book", table, ZipfFit.Of(table)), "zipf", "Zipf exponent");
        AssertRendered(LessonCharts.Acf("book", [1, 0.1, 0.05, 0.04], 16), "acf", "Average ACF");
    }

    private void AssertRendered(OxyPlot.PlotModel model, string name, string text, int height = PlotFiles.Height)
    {
        string png = PlotFiles.Write(model, _folder.Path, name, PlotFiles.Width, height);

        byte[] bytes = File.ReadAllBytes(Path.Combine(_folder.Path, png));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(PlotFiles.Width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        Assert.True(bytes.Length > 10_000, $"{png} is only {bytes.Length} bytes");
        XDocument svg = XDocument.Load(Path.Combine(_folder.Path, name + ".svg"));
        Assert.Contains(svg.Descendants().Where(e => e.Name.LocalName == "text"), e => e.Value.Contains(text, StringComparison.Ordinal));
    }
}
