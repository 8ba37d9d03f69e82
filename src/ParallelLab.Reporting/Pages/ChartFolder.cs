using OxyPlot;
using ParallelLab.Reporting.Plots;

namespace ParallelLab.Reporting.Pages;

/// <summary>
/// The report's <c>plots/</c> folder: writes each chart as PNG and SVG under a name made from its
/// slug, unique within the report, and remembers what it wrote.
/// </summary>
internal sealed class ChartFolder(string folder, IProgress<string>? progress)
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<string> _written = [];

    /// <summary>The PNG files written, as "plots/NAME.png".</summary>
    public IReadOnlyList<string> Written => _written;

    /// <summary>Writes the chart; returns its path without extension, "plots/NAME", for the page to link.</summary>
    public string Add(PlotModel model, string slug, int height = PlotFiles.Height)
    {
        // Two names can share a slug ("A.b" and "a-b"); the second gets a number.
        string name = slug;
        for (int n = 2; !_names.Add(name); n++)
        {
            name = $"{slug}-{n}";
        }

        string png = PlotFiles.Write(model, folder, name, PlotFiles.Width, height);
        _written.Add("plots/" + png);
        progress?.Report("plots/" + png);
        return "plots/" + name;
    }
}
