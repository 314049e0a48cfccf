namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Settings of the <see cref="BlockAssembler"/>.</summary>
public sealed record BlockAssemblerOptions
{
    public static BlockAssemblerOptions Default { get; } = new();

    /// <summary>Column edges of a table and its continuation on the next page agree this closely (points).</summary>
    public double ColumnTolerance { get; init; } = 2.0;

    /// <summary>
    /// A table ending this much (points) above the lowest text of the document plus the height of
    /// the next table's first row was not broken by the page: the next table is a table of its own.
    /// </summary>
    public double BreakSlack { get; init; } = 4.0;

    /// <summary>Builds the blocks of body text and of each table cell.</summary>
    public IParagraphBuilder ParagraphBuilder { get; init; } = Pdf.ParagraphBuilder.Default;
}
