using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class TableDetectorChainTests
{
    [Fact]
    public void Detect_RuledTablePage_RuledTableFoundOnceAndTextKept()
    {
        var page = PdfTestPages.Page(Corpus.Report2005Pdf, 26);

        var layout = TableDetectorChain.Default.Detect(page);

        Assert.Equal([2, 10], layout.Tables.Select(t => t.Rows.Count));
        Assert.Equal(
            page.Lines.Sum(l => l.Words.Count),
            layout.BodyLines.Sum(l => l.Words.Count) + layout.Tables.Sum(t => t.Rows.Sum(r => r.Cells.Sum(c => c.Lines.Sum(l => l.Words.Count)))));
    }

    [Fact]
    public void Detect_NoDetectors_EverythingIsBody()
    {
        var page = PdfTestPages.Page(Corpus.Report2005Pdf, 26);

        var layout = new TableDetectorChain([]).Detect(page);

        Assert.Empty(layout.Tables);
        Assert.Equal(page.Lines, layout.BodyLines);
    }
}
