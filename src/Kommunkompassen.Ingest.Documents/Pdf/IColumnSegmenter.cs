namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Splits a page into regions (bands and columns) and gives them in reading order.</summary>
public interface IColumnSegmenter
{
    IReadOnlyList<PageContent> Segment(PageContent page);
}
