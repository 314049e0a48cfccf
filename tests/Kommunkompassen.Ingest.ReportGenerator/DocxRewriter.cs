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
    private static void RewriteParagraphs(OpenXmlElement root, TextRewriter rewriter) => SampleLayout.ParagraphEdits.Apply(root, rewriter.Edits);
}
