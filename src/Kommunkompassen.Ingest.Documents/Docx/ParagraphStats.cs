namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// What the walk over one paragraph's runs notices besides the text: the formatting tally of its
/// visible runs (for headings by direct formatting), the page its first character is on, and
/// whether it is a table-of-contents entry (a link to a "_Toc" bookmark or inside a TOC field).
/// </summary>
internal sealed class ParagraphStats
{
    public int VisibleRuns { get; private set; }

    public int BoldRuns { get; private set; }

    public int NotBoldRuns { get; private set; }

    public double? MaxSizePt { get; private set; }

    public int? FirstTextPage { get; set; }

    public bool IsTocEntry { get; set; }

    public void Count(DocumentFormat.OpenXml.Wordprocessing.RunProperties? rp)
    {
        VisibleRuns++;
        if (rp?.Bold is { } b)
        {
            if (b.Val is null || b.Val.Value)
            {
                BoldRuns++;
            }
            else
            {
                NotBoldRuns++;
            }
        }

        if (DocxStyles.ParseHalfPoints(rp?.FontSize?.Val?.Value) is { } size)
        {
            MaxSizePt = Math.Max(MaxSizePt ?? 0, size);
        }
    }
}
