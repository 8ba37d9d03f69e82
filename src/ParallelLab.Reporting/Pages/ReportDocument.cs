namespace ParallelLab.Reporting.Pages;

/// <summary>
/// The report's content as a list of blocks, rendered once as Markdown and once as HTML, so the
/// two pages always say the same thing.
/// </summary>
public sealed class ReportDocument
{
    private readonly List<Block> _blocks = [];

    public IReadOnlyList<Block> Blocks => _blocks;

    public ReportDocument Heading(int level, string text) => Add(new HeadingBlock(level, text));

    public ReportDocument Paragraph(string text) => Add(new ParagraphBlock(text));

    public ReportDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) => Add(new TableBlock(headers, [.. rows]));

    /// <summary>A picture (PNG shown, SVG linked), file names relative to the page.</summary>
    public ReportDocument Image(string alt, string png, string svg) => Add(new ImageBlock(alt, png, svg));

    /// <summary>Appends another document's blocks.</summary>
    public ReportDocument Append(ReportDocument other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _blocks.AddRange(other._blocks);
        return this;
    }

    private ReportDocument Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    public abstract record Block;

    public sealed record HeadingBlock(int Level, string Text) : Block;

    public sealed record ParagraphBlock(string Text) : Block;

    public sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

    public sealed record ImageBlock(string Alt, string Png, string Svg) : Block;
}
