namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>The stages the <see cref="PdfReader"/> runs, each replaceable; the defaults read the reports as documented.</summary>
public sealed record PdfReaderStages
{
    public IReadingFrameDetector ReadingFrameDetector { get; init; } = Pdf.ReadingFrameDetector.Default;

    public ILineBuilder LineBuilder { get; init; } = Pdf.LineBuilder.Default;

    public IVectorBulletDetector VectorBulletDetector { get; init; } = Pdf.VectorBulletDetector.Default;

    public IRulingExtractor RulingExtractor { get; init; } = Pdf.RulingExtractor.Default;

    public IHeaderFooterFilter HeaderFooterFilter { get; init; } = Pdf.HeaderFooterFilter.Default;

    public IColumnSegmenter ColumnSegmenter { get; init; } = Pdf.ColumnSegmenter.Default;

    public ITableDetector TableDetector { get; init; } = TableDetectorChain.Default;

    public IBlockAssembler BlockAssembler { get; init; } = Pdf.BlockAssembler.Default;
}
