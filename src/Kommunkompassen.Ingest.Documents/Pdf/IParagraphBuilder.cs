using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Rebuilds headings, paragraphs and list items from consecutive text lines, each with the column
/// it runs in (the body text between tables, possibly over column and page breaks, or the inside
/// of one table cell).
/// </summary>
public interface IParagraphBuilder
{
    IReadOnlyList<Block> Build(IReadOnlyList<PlacedLine> lines, DocumentStyle style);
}

/// <summary>A text line and the column it runs in: the edges "the line was full" is judged against.</summary>
public sealed record PlacedLine(TextLine Line, TextColumn Column);
