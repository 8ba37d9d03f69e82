using OxyPlot;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace ParallelLab.Reporting.Plots;

/// <summary>
/// The look every chart shares: DejaVu Sans named explicitly (installed with Debian's
/// fonts-dejavu-core; without a name the renderer falls back to a serif face), a white background
/// (PNG is transparent otherwise), and a legend boxed inside the plot area.
/// </summary>
internal static class PlotStyle
{
    public const string Font = "DejaVu Sans";

    public static readonly OxyColor[] Palette =
    [
        OxyColor.FromRgb(0x1f, 0x77, 0xb4), OxyColor.FromRgb(0xd6, 0x27, 0x28), OxyColor.FromRgb(0x2c, 0xa0, 0x2c),
        OxyColor.FromRgb(0xff, 0x7f, 0x0e), OxyColor.FromRgb(0x94, 0x67, 0xbd), OxyColor.FromRgb(0x8c, 0x56, 0x4b),
        OxyColor.FromRgb(0xe3, 0x77, 0xc2), OxyColor.FromRgb(0x17, 0xbe, 0xcf), OxyColor.FromRgb(0x7f, 0x7f, 0x7f),
    ];

    public static PlotModel Model(string title, string? subtitle = null)
    {
        var model = new PlotModel
        {
            Title = title,
            Subtitle = subtitle,
            DefaultFont = Font,
            DefaultFontSize = 12,
            TitleFont = Font,
            TitleFontSize = 15,
            SubtitleFont = Font,
            SubtitleFontSize = 11,
            Background = OxyColors.White,
            // Centred on the whole picture, not on the plot area: beside a legend placed outside, the
            // plot area is narrow and a long subtitle centred on it is cut at the picture's edge.
            TitleHorizontalAlignment = TitleHorizontalAlignment.CenteredWithinView,
            PlotAreaBorderColor = OxyColors.Gray,
            DefaultColors = Palette,
        };
        return model;
    }

    /// <summary>Hollow markers: how every chart draws a point measured on a busy machine. Without a title it stays out of the legend.</summary>
    public static ScatterSeries Hollow(string? title, MarkerType marker, OxyColor color, IEnumerable<ScatterPoint> points)
    {
        var series = new ScatterSeries { Title = title, MarkerType = marker, MarkerSize = 6, MarkerFill = OxyColors.White, MarkerStroke = color, MarkerStrokeThickness = 2, RenderInLegend = title is not null };
        series.Points.AddRange(points);
        return series;
    }

    public static Legend Legend(LegendPosition position = LegendPosition.LeftTop, LegendPlacement placement = LegendPlacement.Inside) => new()
    {
        LegendPosition = position,
        LegendPlacement = placement,
        LegendOrientation = LegendOrientation.Vertical,
        LegendFont = Font,
        LegendFontSize = 11,
        LegendBackground = OxyColor.FromAColor(225, OxyColors.White),
        LegendBorder = OxyColors.Gray,
    };
}
