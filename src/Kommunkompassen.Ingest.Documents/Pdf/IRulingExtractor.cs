using UglyToad.PdfPig.Graphics;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Finds the horizontal and vertical lines drawn on a page.</summary>
public interface IRulingExtractor
{
    IReadOnlyList<Ruling> Extract(IEnumerable<PdfPath> paths);
}
