using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Dgm = DocumentFormat.OpenXml.Drawing.Diagrams;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>What a DrawingML object holds, as far as reading its text goes.</summary>
internal enum DrawingKind
{
    /// <summary>Shapes, groups, canvases (and anything unknown): walked for text boxes.</summary>
    Shapes,

    /// <summary>A picture: no text to read.</summary>
    Picture,

    /// <summary>A chart (classic or chartex): figures the reader does not read.</summary>
    Chart,

    /// <summary>A SmartArt diagram: text in a part of its own that the reader does not read.</summary>
    Diagram,
}

/// <summary>
/// Tells drawings apart by their <c>a:graphicData</c> URI and describes, for a note, the ones
/// whose text the reader leaves unread: charts (by title or name), SmartArt diagrams (with the
/// start of their text) and embedded OLE objects (by program id).
/// </summary>
internal static class DocxDrawings
{
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string ChartExUri = "http://schemas.microsoft.com/office/drawing/2014/chartex";
    private const string DiagramUri = "http://schemas.openxmlformats.org/drawingml/2006/diagram";
    private const string PictureUri = "http://schemas.openxmlformats.org/drawingml/2006/picture";

    /// <summary>How much of a diagram's text a note quotes.</summary>
    private const int QuoteLength = 100;

    public static DrawingKind KindOf(W.Drawing drawing)
    {
        var uri = drawing.Descendants<A.GraphicData>().FirstOrDefault()?.Uri?.Value;
        return uri switch
        {
            ChartUri or ChartExUri => DrawingKind.Chart,
            DiagramUri => DrawingKind.Diagram,
            PictureUri => DrawingKind.Picture,
            _ => DrawingKind.Shapes,
        };
    }

    /// <summary>"a chart ("Poäng per område") is not read".</summary>
    public static string DescribeChart(W.Drawing drawing, OpenXmlPart host)
    {
        string? title = null;
        if (drawing.Descendants<C.ChartReference>().FirstOrDefault()?.Id?.Value is { } id
            && host.TryGetPartById(id, out var part) && part is ChartPart chart
            && chart.ChartSpace?.Descendants<C.Title>().FirstOrDefault() is { } t)
        {
            title = string.Concat(t.Descendants<A.Text>().Select(x => x.Text));
        }

        title = Text.TextNormalizer.Clean(title ?? NameOf(drawing) ?? string.Empty);
        return title.Length > 0 ? $"a chart (\"{title}\") is not read" : "a chart is not read";
    }

    /// <summary>"a SmartArt diagram is not read: "Styrkor; Förbättringsområden"", or null when it has no text.</summary>
    public static string? DescribeDiagram(W.Drawing drawing, OpenXmlPart host)
    {
        if (drawing.Descendants<Dgm.RelationshipIds>().FirstOrDefault()?.DataPart?.Value is not { } id
            || !host.TryGetPartById(id, out var part) || part is not DiagramDataPart data || data.DataModelRoot is not { } root)
        {
            return null;
        }

        var texts = root.Descendants<A.Paragraph>()
            .Select(p => Text.TextNormalizer.Clean(string.Concat(p.Descendants<A.Text>().Select(x => x.Text))))
            .Where(s => s.Length > 0)
            .ToList();
        if (texts.Count == 0)
        {
            return null;
        }

        var quote = string.Join("; ", texts);
        if (quote.Length > QuoteLength)
        {
            quote = quote[..QuoteLength] + "…";
        }

        return $"a SmartArt diagram is not read: \"{quote}\"";
    }

    /// <summary>"an embedded object (Excel.Sheet.12) is not read".</summary>
    public static string DescribeObject(OpenXmlElement embedded)
    {
        var progId = embedded.Descendants<DocumentFormat.OpenXml.Vml.Office.OleObject>().FirstOrDefault()?.ProgId?.Value;
        return progId is { Length: > 0 } ? $"an embedded object ({progId}) is not read" : "an embedded object is not read";
    }

    private static string? NameOf(W.Drawing drawing) =>
        drawing.Descendants<DW.DocProperties>().FirstOrDefault() is { } pr
            ? pr.Title?.Value ?? pr.Description?.Value ?? pr.Name?.Value
            : null;
}
