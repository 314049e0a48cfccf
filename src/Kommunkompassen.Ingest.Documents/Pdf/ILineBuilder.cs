using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Turns the letters of a page that run left to right in the given frame into words and lines,
/// lines top to bottom, positions in the frame.
/// </summary>
public interface ILineBuilder
{
    IReadOnlyList<TextLine> Build(IReadOnlyList<Letter> letters, int pageNumber, PageFrame frame);
}
