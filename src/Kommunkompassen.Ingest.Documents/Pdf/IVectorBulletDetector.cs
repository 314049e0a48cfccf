using UglyToad.PdfPig.Graphics;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Finds list bullets drawn as shapes rather than set as glyphs and puts a bullet glyph in their place.</summary>
public interface IVectorBulletDetector
{
    /// <summary>The lines (in the frame), those with a drawn bullet before them opening with a "•" word.</summary>
    IReadOnlyList<TextLine> Detect(IReadOnlyList<TextLine> lines, IEnumerable<PdfPath> paths, PageFrame frame);
}
