namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Runs table detectors one after another: each sees only the lines the ones before it left as
/// body text. <see cref="Default"/> finds ruled tables first, then tables set out by alignment
/// alone. Immutable and thread-safe.
/// </summary>
public sealed class TableDetectorChain : ITableDetector
{
    public TableDetectorChain(IReadOnlyList<ITableDetector> detectors)
    {
        Detectors = detectors;
    }

    public static TableDetectorChain Default { get; } = new([RuledTableDetector.Default, AlignedTableDetector.Default]);

    public IReadOnlyList<ITableDetector> Detectors { get; }

    public PageLayout Detect(PageContent page)
    {
        var layout = new PageLayout(page.Number, page.Lines, []);
        foreach (var detector in Detectors)
        {
            var next = detector.Detect(page with { Lines = layout.BodyLines });
            layout = new PageLayout(page.Number, next.BodyLines, [.. layout.Tables, .. next.Tables]);
        }

        return layout;
    }
}
