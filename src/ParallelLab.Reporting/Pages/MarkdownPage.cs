using System.Text;

namespace ParallelLab.Reporting.Pages;

/// <summary>The report as GitHub-flavoured Markdown (index.md).</summary>
public static class MarkdownPage
{
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = new StringBuilder();
        foreach (ReportDocument.Block block in document.Blocks)
        {
            switch (block)
            {
                case ReportDocument.HeadingBlock h:
                    page.Append('#', h.Level).Append(' ').Append(h.Text).Append("\n\n");
                    break;
                case ReportDocument.ParagraphBlock p:
                    page.Append(p.Text).Append("\n\n");
                    break;
                case ReportDocument.TableBlock t:
                    page.Append("| ").AppendJoin(" | ", t.Headers.Select(Cell)).Append(" |\n");
                    page.Append('|').AppendJoin('|', t.Headers.Select(_ => "---")).Append("|\n");
                    foreach (IReadOnlyList<string> row in t.Rows)
                    {
                        page.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
                    }

                    page.Append('\n');
                    break;
                case ReportDocument.ImageBlock i:
                    page.Append("![").Append(i.Alt).Append("](").Append(i.Png).Append(") ([SVG](").Append(i.Svg).Append("))\n\n");
                    break;
            }
        }

        return page.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
