namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Finds the tables of a page and hands each word either to a table cell or to the body text.</summary>
public interface ITableDetector
{
    PageLayout Detect(PageContent page);
}
