using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>Applies a generated report's cell values and text rewrites to an opened copy of the template.</summary>
internal static class DocxRewriter
{
    public static void Apply(WordprocessingDocument doc, IReadOnlyList<CellEdit> edits, Func<CellEdit, string> valueOf, TextRewriter rewriter)
    {
        var main = doc.MainDocumentPart ?? throw new InvalidOperationException("the template has no main document part");
        var body = main.Document?.Body ?? throw new InvalidOperationException("the template has no body");
        var tables = body.Descendants<W.Table>().ToList();
        foreach (var byTable in edits.GroupBy(e => e.Table))
        {
            var grid = DocxGrid.Of(tables[byTable.Key]);
            foreach (var edit in byTable)
            {
                if (grid[edit.Row][edit.Column].Cell is { } cell)
                {
                    DocxGrid.SetText(cell, valueOf(edit));
                }
            }
        }

        RewriteParagraphs(body, rewriter);
        foreach (var part in main.HeaderParts.Select(p => (OpenXmlPartRootElement?)p.Header)
            .Concat(main.FooterParts.Select(p => (OpenXmlPartRootElement?)p.Footer))
            .Concat([main.FootnotesPart?.Footnotes, main.EndnotesPart?.Endnotes]))
        {
            if (part is not null)
            {
                RewriteParagraphs(part, rewriter);
            }
        }

        if (doc.PackageProperties.Title is { } title)
        {
            doc.PackageProperties.Title = rewriter.Rewrite(title);
        }
    }

    /// <summary>Rewrites each paragraph's text across its runs: an edit goes into the run where it starts, the runs it spans lose those characters.</summary>
    private static void RewriteParagraphs(OpenXmlElement root, TextRewriter rewriter)
    {
        foreach (var p in root.Descendants<W.Paragraph>())
        {
            var texts = p.Descendants<W.Text>().ToList();
            if (texts.Count == 0)
            {
                continue;
            }

            var starts = new int[texts.Count];
            var joined = new System.Text.StringBuilder();
            for (var i = 0; i < texts.Count; i++)
            {
                starts[i] = joined.Length;
                joined.Append(texts[i].Text);
            }

            var edits = rewriter.Edits(joined.ToString());
            for (var k = edits.Count - 1; k >= 0; k--)
            {
                var e = edits[k];
                var first = ElementAt(starts, e.Index);
                var last = ElementAt(starts, e.Index + e.Length - 1);
                var head = texts[first].Text[..(e.Index - starts[first])];
                var tailFrom = e.Index + e.Length - starts[last];
                var tail = texts[last].Text[tailFrom..];
                if (first == last)
                {
                    Set(texts[first], head + e.Replacement + tail);
                }
                else
                {
                    Set(texts[first], head + e.Replacement);
                    for (var i = first + 1; i < last; i++)
                    {
                        Set(texts[i], string.Empty);
                    }

                    Set(texts[last], tail);
                }
            }
        }
    }

    private static int ElementAt(int[] starts, int index)
    {
        var i = Array.BinarySearch(starts, index);
        if (i < 0)
        {
            i = ~i - 1;
        }

        // Skip empty elements that start at the same index.
        while (i + 1 < starts.Length && starts[i + 1] == index)
        {
            i++;
        }

        return i;
    }

    private static void Set(W.Text t, string value)
    {
        t.Text = value;
        t.Space = SpaceProcessingModeValues.Preserve;
    }
}
