using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

/// <summary>
/// Writes a small report with PdfPig's own writer (Helvetica, not LibreOffice's fonts; its standard
/// encoding has no å, ä, ö, so the text is plain ASCII), set by a
/// greedy ragged-right line breaker: running header and footer with page numbers, a bold heading,
/// paragraphs, a bulleted list with a wrapped item, a paragraph that runs over the page break,
/// and a ruled table with a wrapped, hyphenated cell. It shows the reader does not depend on how
/// the corpus PDFs were made.
/// </summary>
internal sealed class SyntheticReportPdf : IDisposable
{
    public const double Left = 71;
    public const double Right = 524;

    private const double Bottom = 80;
    private const double Top = 760;

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private readonly int pageCount;
    private PdfPageBuilder page;
    private int pageNumber;
    private double y = Top;

    public SyntheticReportPdf(int pageCount)
    {
        regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        this.pageCount = pageCount;
        page = NewPage();
    }

    public void Heading(string text)
    {
        page.AddText(text, 14, new PdfPoint(Left, y), bold);
        y -= 24;
    }

    public void Paragraph(string text)
    {
        foreach (var line in Wrap(text, Left))
        {
            Line(line, Left);
        }

        y -= 8;
    }

    public void Bullet(string text)
    {
        page.AddText("•", 11, new PdfPoint(Left, y), regular);
        foreach (var line in Wrap(text, Left + 18))
        {
            Line(line, Left + 18);
        }
    }

    /// <summary>A ruled table; each cell's lines are given ready broken, rows 16 pt plus 13 pt per extra line.</summary>
    public void Table(double[] columnEdges, params string[][][] rows)
    {
        y -= 8;
        var top = y + 12;
        var edges = new List<double> { top };
        foreach (var row in rows)
        {
            var lines = row.Max(cell => cell.Length);
            for (var c = 0; c < row.Length; c++)
            {
                for (var l = 0; l < row[c].Length; l++)
                {
                    page.AddText(row[c][l], 10, new PdfPoint(columnEdges[c] + 4, edges[^1] - 12 - (13 * l)), regular);
                }
            }

            edges.Add(edges[^1] - 16 - (13 * (lines - 1)));
        }

        foreach (var edge in edges)
        {
            page.DrawLine(new PdfPoint(columnEdges[0], edge), new PdfPoint(columnEdges[^1], edge), 0.5);
        }

        foreach (var x in columnEdges)
        {
            page.DrawLine(new PdfPoint(x, edges[0]), new PdfPoint(x, edges[^1]), 0.5);
        }

        y = edges[^1] - 20;
    }

    public byte[] Build() => builder.Build();

    public void Dispose() => builder.Dispose();

    private void Line(string text, double left)
    {
        if (y < Bottom)
        {
            page = NewPage();
        }

        page.AddText(text, 11, new PdfPoint(left, y), regular);
        y -= 14;
    }

    private List<string> Wrap(string text, double left)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && left + Width(candidate) > Right)
            {
                lines.Add(current);
                candidate = word;
            }

            current = candidate;
        }

        lines.Add(current);
        return lines;
    }

    private double Width(string text)
    {
        var letters = page.MeasureText(text, 11, new PdfPoint(0, 0), regular);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private PdfPageBuilder NewPage()
    {
        pageNumber++;
        var next = builder.AddPage(PageSize.A4);
        next.AddText("Rapport om kommunens arbete", 8, new PdfPoint(Left, 810), regular);
        next.AddText($"Sida {pageNumber} ({pageCount})", 8, new PdfPoint(480, 30), regular);
        y = Top;
        return next;
    }
}
