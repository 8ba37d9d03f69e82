using OxyPlot;
using OxyPlot.SkiaSharp;

namespace ParallelLab.Reporting.Plots;

/// <summary>
/// Writes a chart as PNG (SkiaSharp) and SVG (OxyPlot's own exporter, measuring text with Skia so
/// the layout matches the PNG). OxyPlot draws a rendering error into the image instead of
/// throwing, so each export checks for one and throws it.
/// </summary>
public static class PlotFiles
{
    public const int Width = 900;
    public const int Height = 560;

    /// <summary>Writes <c>NAME.png</c> and <c>NAME.svg</c> into the folder; returns the PNG's file name.</summary>
    public static string Write(PlotModel model, string folder, string name, int width = Width, int height = Height)
    {
        ArgumentNullException.ThrowIfNull(model);
        string png = name + ".png";
        using (FileStream stream = File.Create(Path.Combine(folder, png)))
        {
            new PngExporter { Width = width, Height = height }.Export(model, stream);
        }

        ThrowIfFailed(model, png);
        using (var measurer = new SkiaRenderContext())
        using (FileStream stream = File.Create(Path.Combine(folder, name + ".svg")))
        {
            new OxyPlot.SvgExporter { Width = width, Height = height, TextMeasurer = measurer }.Export(model, stream);
        }

        ThrowIfFailed(model, name + ".svg");
        return png;
    }

    private static void ThrowIfFailed(PlotModel model, string file)
    {
        if (model.GetLastPlotException() is { } error)
        {
            throw new InvalidOperationException($"chart {file} failed to render: {error.Message}", error);
        }
    }
}
