namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>Finds the tables that consecutive paragraphs make with tabs instead of a Word table.</summary>
internal interface ITabTableDetector
{
    /// <summary>The tab tables in a run of consecutive paragraphs of one container, in order, each with the paragraphs it replaces.</summary>
    IReadOnlyList<TabTable> Detect(IReadOnlyList<TabParagraph> paragraphs);
}
