using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Turns a page's letters into words and lines, lines top to bottom.</summary>
public interface ILineBuilder
{
    IReadOnlyList<TextLine> Build(IReadOnlyList<Letter> letters, int pageNumber);
}
