namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Removes running headers, footers and page numbers; it sees all pages at once.</summary>
public interface IHeaderFooterFilter
{
    IReadOnlyList<PageContent> Filter(IReadOnlyList<PageContent> pages);
}
