using System.Net;
using System.Text;

namespace ParallelLab.Reporting.Pages;

/// <summary>The report as one self-contained HTML page (index.html); the charts are the PNG files beside it.</summary>
public static class HtmlPage
{
    private const string Style = """
        body { font-family: "DejaVu Sans", sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
        th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; }
        th { background: #f3f3f3; }
        td:not(:first-child) { font-variant-numeric: tabular-nums; }
        img { max-width: 100%; border: 1px solid #ddd; }
        figure { margin: 1em 0; }
        code { background: #f5f5f5; padding: 0 0.2em; }
        """;

    public static string Render(string title, ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        foreach (ReportDocument.Block block in document.Blocks)
        {
            switch (block)
            {
                case ReportDocument.HeadingBlock h:
                    page.Append($"<h{h.Level}>").Append(Encode(h.Text)).Append($"</h{h.Level}>\n");
                    break;
                case ReportDocument.ParagraphBlock p:
                    page.Append("<p>").Append(Inline(p.Text)).Append("</p>\n");
                    break;
                case ReportDocument.TableBlock t:
                    page.Append("<table>\n<tr>").AppendJoin(string.Empty, t.Headers.Select(c => $"<th>{Encode(c)}</th>")).Append("</tr>\n");
                    foreach (IReadOnlyList<string> row in t.Rows)
                    {
                        page.Append("<tr>").AppendJoin(string.Empty, row.Select(c => $"<td>{Encode(c)}</td>")).Append("</tr>\n");
                    }

                    page.Append("</table>\n");
                    break;
                case ReportDocument.ImageBlock i:
                    page.Append("<figure><img src=\"").Append(Encode(i.Png)).Append("\" alt=\"").Append(Encode(i.Alt)).Append("\">")
                        .Append("<figcaption><a href=\"").Append(Encode(i.Svg)).Append("\">SVG</a></figcaption></figure>\n");
                    break;
            }
        }

        return page.Append("</body>\n</html>\n").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Markdown's `code` spans become &lt;code&gt;; everything else is plain text.</summary>
    private static string Inline(string text)
    {
        string[] parts = text.Split('`');
        var html = new StringBuilder();
        for (int i = 0; i < parts.Length; i++)
        {
            html.Append(i % 2 == 1 ? $"<code>{Encode(parts[i])}</code>" : Encode(parts[i]));
        }

        return html.ToString();
    }
}
