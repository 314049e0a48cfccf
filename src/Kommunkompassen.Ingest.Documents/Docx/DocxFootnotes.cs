using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// The text of a document's footnotes and endnotes, by id, for the notes the reader leaves where
/// they are referenced: the reader keeps them out of the running text (a note's words would split
/// the sentence that cites it) but says what it left out. Built on first use.
/// </summary>
internal sealed class DocxFootnotes(MainDocumentPart main)
{
    /// <summary>How much of a footnote a note quotes.</summary>
    private const int QuoteLength = 100;

    private Dictionary<long, string>? footnotes;
    private Dictionary<long, string>? endnotes;

    /// <summary>"a footnote is not read: "Källa: SCB"", or null for a reference to no text.</summary>
    public string? Describe(long id, bool endnote)
    {
        var texts = endnote
            ? endnotes ??= Collect(main.EndnotesPart?.Endnotes?.Elements<W.Endnote>().Select(e => (e.Id?.Value, (DocumentFormat.OpenXml.OpenXmlElement)e)))
            : footnotes ??= Collect(main.FootnotesPart?.Footnotes?.Elements<W.Footnote>().Select(f => (f.Id?.Value, (DocumentFormat.OpenXml.OpenXmlElement)f)));
        if (!texts.TryGetValue(id, out var text))
        {
            return null;
        }

        var quote = text.Length > QuoteLength ? text[..QuoteLength] + "…" : text;
        return $"{(endnote ? "an endnote" : "a footnote")} is not read: \"{quote}\"";
    }

    private static Dictionary<long, string> Collect(IEnumerable<(long? Id, DocumentFormat.OpenXml.OpenXmlElement Note)>? notes)
    {
        var map = new Dictionary<long, string>();
        foreach (var (id, note) in notes ?? [])
        {
            var text = Text.TextNormalizer.Clean(string.Join(' ', note.Descendants<W.Text>().Select(t => t.Text)));
            if (id is { } key && text.Length > 0)
            {
                map.TryAdd(key, text);
            }
        }

        return map;
    }
}
