using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;
using UglyToad.PdfPig;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

/// <summary>The <see cref="ReadLimits"/> a PDF is held to, each refused with the limit and the figure.</summary>
public sealed partial class PdfReaderTests
{
    [Fact]
    public void Read_SampleOverALoweredPageLimit_RefusedWithItsPageCount()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2005Pdf));
        using var document = PdfDocument.Open(bytes);
        var pages = document.NumberOfPages;

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReader().Read(bytes, "long.pdf", ReadLimits.Default with { MaxPdfPages = pages - 1 }));

        Assert.Equal($"the PDF has {pages} pages (limit {pages - 1}): far longer than a report", ex.Reason);
    }

    [Fact]
    public void Read_SampleAtItsPageCount_Reads()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2005Pdf));
        using var document = PdfDocument.Open(bytes);

        var read = new PdfReader().Read(bytes, "exact.pdf", ReadLimits.Default with { MaxPdfPages = document.NumberOfPages });

        Assert.Equal(document.NumberOfPages, read.PageCount);
    }

    [Fact]
    public void Read_ContentStreamBomb_RefusedWhileInflating()
    {
        // A 100 KB file whose one page unpacks to 100 MB.
        var bomb = HostileFiles.PdfBomb(100L * 1024 * 1024);

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReader().Read(bomb, "bomb.pdf"));

        Assert.True(bomb.Length < 200 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Equal("a PDF stream unpacks to more than 64 MB (limit 64 MB): a decompression bomb, or not a report", ex.Reason);
    }

    [Fact]
    public void Read_ContentStreamBomb_AllocatesNextToNothing()
    {
        var bomb = HostileFiles.PdfBomb(500L * 1024 * 1024);
        Assert.Throws<DocumentReadException>(() => new PdfReader().Read(bomb, "warm-up.pdf"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<DocumentReadException>(() => new PdfReader().Read(bomb, "bomb.pdf"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The bomb itself (500 KB) and PdfPig's parse of it; none of the 500 MB.
        Assert.True(allocated < 8 * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void Read_PageUnderTheStreamLimit_Reads()
    {
        var bomb = HostileFiles.PdfBomb(1024 * 1024);

        var read = new PdfReader().Read(bomb, "small.pdf", ReadLimits.Default with { MaxPdfStreamBytes = 2 * 1024 * 1024 });

        Assert.Equal("Kommunkompassen", Assert.Single(read.Blocks).Text);
    }

    [Fact]
    public void Read_SampleOverALoweredStreamLimit_Refused()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Pdf));

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReader().Read(bytes, "sample.pdf", ReadLimits.Default with { MaxPdfStreamBytes = 1024 }));

        Assert.Equal("a PDF stream unpacks to more than 1 KB (limit 1 KB): a decompression bomb, or not a report", ex.Reason);
    }

    [Fact]
    public void Read_SampleOverALoweredTextLimit_RefusedWhileReadingPages()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Pdf));

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReader().Read(bytes, "sample.pdf", ReadLimits.Default with { MaxTextCharacters = 1000 }));

        Assert.Equal("the document holds more than 1,000 characters of text (limit 1,000): far longer than a report", ex.Reason);
    }
}
