namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Settings of the <see cref="HeaderFooterFilter"/>.</summary>
public sealed record HeaderFooterFilterOptions
{
    public static HeaderFooterFilterOptions Default { get; } = new();

    /// <summary>The top and bottom bands, as a fraction of the page's longer side, where headers and footers live.</summary>
    public double BandFraction { get; init; } = 0.09;

    /// <summary>A band line repeating (digits aside) on at least this fraction of the pages is running text.</summary>
    public double MinRepeatFraction { get; init; } = 0.4;

    /// <summary>...and on at least this many pages.</summary>
    public int MinRepeatPages { get; init; } = 2;
}
