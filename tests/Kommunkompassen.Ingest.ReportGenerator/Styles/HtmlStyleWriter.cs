using System.Globalization;
using System.Net;
using System.Text;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// Writes a <see cref="ReportLayout"/> as an HTML page with its own print CSS, for a browser to
/// print to PDF: A4 pages with "Sida x av y" (or the page number) in the bottom margin box and
/// the running header in the top ones (not on the title page), narrative in CSS columns with
/// tables in one-column blocks, score tables on a named landscape page, bullets as
/// <c>list-style: disc</c> (which Chromium draws as vector shapes, not glyphs), soft hyphens as
/// <c>&amp;shy;</c>, findings boxes as shaded frames or right floats, grids as ruled or
/// borderless tables or as rows of fixed-width cells (the tab-stop rows). Thread-safe.
/// </summary>
public sealed class HtmlStyleWriter
{
    public static HtmlStyleWriter Default { get; } = new();

    public string Write(ReportLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var style = layout.Style;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(layout.Title)).Append("</title>\n<style>\n").Append(Css(layout)).Append("</style>\n</head>\n<body>\n<div class=\"front\">\n");
        var open = "front";
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case PageBreakBlock:
                    html.Append("</div>\n");
                    open = "body";
                    html.Append("<div class=\"section\">\n");
                    break;
                case SectionBlock s:
                    html.Append("</div>\n");
                    var classes = (s.Columns == 2 ? "section cols" : "section") + (s.Landscape ? " wide" : string.Empty);
                    html.Append("<div class=\"").Append(classes).Append("\">\n");
                    break;
                default:
                    Write(html, block, style, open == "front");
                    break;
            }
        }

        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Write(StringBuilder html, LayoutBlock block, HouseStyle style, bool front)
    {
        switch (block)
        {
            case FrontLine line:
                html.Append("<p class=\"").Append(line.Kind.ToString().ToLowerInvariant()).Append("\">").Append(Encode(line.Text)).Append("</p>\n");
                break;
            case HeadingBlock h:
                if (h.Box is { } headingBox)
                {
                    Float(html, headingBox, style);
                }

                var tag = $"h{h.Level.ToString(CultureInfo.InvariantCulture)}";
                html.Append('<').Append(tag).Append(h.PageBreakBefore ? " class=\"newpage\">" : ">").Append(Encode(h.Text)).Append("</").Append(tag).Append(">\n");
                break;
            case ParagraphBlock p:
                if (p.Box is { } box)
                {
                    Float(html, box, style);
                }

                var cls = p.Role == ParagraphRole.Caption ? " class=\"caption\"" : string.Empty;
                html.Append("<p").Append(cls).Append('>').Append(Text(p.Text, style, p.Role != ParagraphRole.Caption)).Append("</p>\n");
                break;
            case BulletsBlock b:
                Bullets(html, b.Items, style);
                break;
            case BoxBlock shaded:
                html.Append("<div class=\"box\">\n");
                foreach (var inner in shaded.Content)
                {
                    Write(html, inner, style, front);
                }

                html.Append("</div>\n");
                break;
            case FindingsTableBlock t:
                html.Append("<table class=\"ruled findings\">\n<tr class=\"bold\"><td>").Append(Encode(t.StrengthsHeader)).Append("</td><td>")
                    .Append(Encode(t.ImprovementsHeader)).Append("</td></tr>\n<tr><td>");
                Bullets(html, t.Strengths, style);
                html.Append("</td><td>");
                Bullets(html, t.Improvements, style);
                html.Append("</td></tr>\n</table>\n");
                break;
            case GridBlock g when g.Form == TableForm.TabStops:
                html.Append("<div class=\"tabrows\">\n");
                foreach (var row in g.Rows)
                {
                    html.Append(row.Bold ? "<div class=\"tabrow bold\">" : "<div class=\"tabrow\">");
                    for (var c = 0; c < row.Cells.Count; c++)
                    {
                        html.Append("<span class=\"").Append(g.Columns[c].Numeric ? "num" : "txt").Append("\" style=\"width:")
                            .Append(Percent(g.Columns[c].Share)).Append("\">").Append(Encode(row.Cells[c])).Append("</span>");
                    }

                    html.Append("</div>\n");
                }

                html.Append("</div>\n");
                break;
            case GridBlock g:
                html.Append("<table class=\"").Append(g.Form == TableForm.Ruled ? "ruled" : "borderless").Append("\">\n<colgroup>");
                foreach (var column in g.Columns)
                {
                    html.Append("<col style=\"width:").Append(Percent(column.Share)).Append("\">");
                }

                html.Append("</colgroup>\n");
                foreach (var row in g.Rows)
                {
                    html.Append(row.Bold ? "<tr class=\"bold\">" : "<tr>");
                    for (var c = 0; c < row.Cells.Count; c++)
                    {
                        html.Append(g.Columns[c].Numeric ? "<td class=\"num\">" : "<td>").Append(Encode(row.Cells[c])).Append("</td>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</table>\n");
                break;
            default:
                throw new InvalidOperationException($"{block.GetType().Name} cannot be written {(front ? "on the title page" : "here")}");
        }
    }

    /// <summary>A floating box, placed just before its host so that it floats beside the host's first lines.</summary>
    private static void Float(StringBuilder html, FloatingBox box, HouseStyle style)
    {
        html.Append("<div class=\"float\">\n");
        foreach (var inner in box.Content)
        {
            Write(html, inner, style, front: false);
        }

        html.Append("</div>\n");
    }

    private static void Bullets(StringBuilder html, IReadOnlyList<string> items, HouseStyle style)
    {
        html.Append("<ul>\n");
        foreach (var item in items)
        {
            html.Append("<li>").Append(Text(item, style, hyphenate: true)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Text(string text, HouseStyle style, bool hyphenate) =>
        hyphenate && style.SoftHyphens
            ? string.Join("&shy;", SoftHyphens.Insert(text).Split(SoftHyphens.Mark).Select(Encode))
            : Encode(text);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string CssString(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Css(ReportLayout layout)
    {
        var style = layout.Style;
        var body = style.Font == BodyFont.Serif ? "'DejaVu Serif', serif" : "'DejaVu Sans', sans-serif";
        var footer = style.Footer == FooterForm.SidaXAvY ? "\"Sida \" counter(page) \" av \" counter(pages)" : "counter(page)";
        var header = layout.RunningHeader is { } h
            ? $"  @top-left {{ content: {CssString(h)}; font: 8pt 'DejaVu Sans', sans-serif; }}\n  @top-right {{ content: counter(page) \" (\" counter(pages) \")\"; font: 8pt 'DejaVu Sans', sans-serif; }}\n"
            : string.Empty;
        return
            "@page {\n  size: A4;\n  margin: 25mm 25mm 25mm 25mm;\n" + header +
            $"  @bottom-center {{ content: {footer}; font: 8pt 'DejaVu Sans', sans-serif; }}\n}}\n" +
            "@page :first {\n  @top-left { content: none; }\n  @top-right { content: none; }\n  @bottom-center { content: none; }\n}\n" +
            "@page wide { size: A4 landscape; }\n" +
            $"body {{ font-family: {body}; font-size: 10.5pt; line-height: 1.3; margin: 0; }}\n" +
            "h1, h2, h3 { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; break-after: avoid; margin: 14pt 0 6pt; }\n" +
            "h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; margin-top: 8pt; }\n" +
            "p { margin: 0 0 6pt; orphans: 2; widows: 2; }\n" +
            ".newpage { break-before: page; }\n" +
            ".front { break-after: page; }\n" +
            ".front .brand { font-size: 28pt; font-weight: bold; margin-top: 90pt; }\n" +
            ".front .title { font-size: 20pt; font-weight: bold; margin-top: 12pt; }\n" +
            ".front .subtitle { font-size: 14pt; margin-top: 12pt; }\n" +
            ".front .normal { font-size: 11pt; }\n" +
            ".front .small { font-size: 9pt; margin: 0 0 2pt; }\n" +
            ".cols { columns: 2; column-gap: 7.5mm; text-align: justify; hyphens: manual; }\n" +
            ".wide { page: wide; }\n" +
            "p.caption { font-style: italic; font-size: 9pt; margin-top: 8pt; break-after: avoid; }\n" +
            "ul { list-style: disc; margin: 0 0 6pt; padding-left: 16pt; }\n" +
            "li { margin: 0 0 2pt; }\n" +
            "table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 10pt; text-align: left; }\n" +
            "table.ruled td { border: 0.6pt solid #000; padding: 1pt 4pt; vertical-align: top; }\n" +
            "table.borderless td { border: none; padding: 1pt 4pt; vertical-align: top; }\n" +
            "table.findings td { width: 50%; }\n" +
            "tr { break-inside: avoid; }\n" +
            "td.num, span.num { text-align: right; }\n" +
            "tr.bold td, div.bold { font-weight: bold; }\n" +
            ".tabrows { font-size: 9pt; margin: 4pt 0 10pt; }\n" +
            ".tabrow { display: flex; break-inside: avoid; padding: 1pt 0; }\n" +
            ".tabrow span { display: block; padding: 0 4pt 0 0; box-sizing: border-box; }\n" +
            ".box { background: #e7eef6; border: 0.6pt solid #808080; padding: 2pt 8pt 4pt; margin: 6pt 0 10pt; text-align: left; }\n" +
            ".float { float: right; width: 8cm; max-width: 100%; box-sizing: border-box; margin: 0 0 6pt 10pt; background: #e7eef6; border: 0.6pt solid #808080; padding: 2pt 6pt 4pt; font-size: 9pt; text-align: left; }\n.float h3 { font-size: 9.5pt; }\n";
    }
}
