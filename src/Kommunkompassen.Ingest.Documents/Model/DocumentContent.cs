namespace Kommunkompassen.Ingest.Documents.Model;

/// <summary>The file formats the readers understand.</summary>
public enum SourceFormat
{
    Docx,
    Pdf,

    /// <summary>Legacy Word 97-2003; read through a conversion to .docx.</summary>
    Doc,
}

/// <summary>
/// What a reader makes of one file: its blocks in reading order, plus the facts about the file
/// that a record keeps as provenance.
/// </summary>
public sealed record DocumentContent(
    string FileName,
    SourceFormat Format,
    string Sha256,
    int? PageCount,
    IReadOnlyList<Block> Blocks)
{
    /// <summary>The text was recognised by OCR from page images, so it may hold misread characters.</summary>
    public bool ReadByOcr { get; init; }

    /// <summary>Content the reader saw but could not read into blocks, with where it was.</summary>
    public IReadOnlyList<ReadNote> Notes { get; init; } = [];
}
