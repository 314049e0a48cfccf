using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Rebuilds headings, paragraphs and list items from consecutive text lines of one column (the
/// body text between tables, possibly over page breaks, or the inside of one table cell).
/// </summary>
public interface IParagraphBuilder
{
    IReadOnlyList<Block> Build(IReadOnlyList<TextLine> lines, TextColumn column, DocumentStyle style);
}
