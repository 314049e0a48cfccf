using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests;

/// <summary>The limits the loader holds itself: the file's size before it is read, the text of what the readers read.</summary>
public sealed partial class DocumentLoaderTests
{
    [Fact]
    public void Load_FileOverTheSizeLimit_RefusedWithItsSize()
    {
        var path = Corpus.PathOf(Corpus.Report2010Docx);
        var loader = DocumentLoader.Default.With(ReadLimits.Default with { MaxFileBytes = 10 * 1024 });

        var ex = Assert.Throws<DocumentReadException>(() => loader.Load(path));

        Assert.Equal(70_270, new FileInfo(path).Length);
        Assert.Equal(Corpus.Report2010Docx, ex.FileName);
        Assert.Equal("the file is 69 KB (limit 10 KB): far larger than a report", ex.Reason);
    }

    [Fact]
    public void Load_BytesOverTheSizeLimit_RefusedWithTheirSize()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2005Pdf));
        var loader = DocumentLoader.Default.With(ReadLimits.Default with { MaxFileBytes = 100 * 1024 });

        var ex = Assert.Throws<DocumentReadException>(() => loader.Load(bytes, "stor.pdf"));

        Assert.Equal("the file is 183 KB (limit 100 KB): far larger than a report", ex.Reason);
    }

    [Fact]
    public void ReadFile_EndlessFileThatDoesNotSayItsSize_RefusedAtTheLimit()
    {
        // /dev/zero has no length and no end: read no further than the limit.
        var loader = DocumentLoader.Default.With(ReadLimits.Default with { MaxFileBytes = 1024 * 1024 });

        var ex = Assert.Throws<DocumentReadException>(() => loader.ReadFile("/dev/zero"));

        Assert.Equal("the file is more than 1 MB (limit 1 MB): far larger than a report", ex.Reason);
    }

    [Fact]
    public void ReadFile_SampleUnderTheLimit_TheFilesBytes()
    {
        var path = Corpus.PathOf(Corpus.Report2010Pdf);

        Assert.Equal(File.ReadAllBytes(path), DocumentLoader.Default.ReadFile(path));
    }

    [Fact]
    public void Load_SampleDocxOverALoweredTextLimit_RefusedWithItsLength()
    {
        var path = Corpus.PathOf(Corpus.Report2010Docx);
        var characters = Characters(DocumentLoader.Default.Load(path).Blocks);
        var loader = DocumentLoader.Default.With(ReadLimits.Default with { MaxTextCharacters = characters - 1 });

        var ex = Assert.Throws<DocumentReadException>(() => loader.Load(path));

        Assert.InRange(characters, 50_000, 200_000);
        Assert.Equal($"the document holds {ReadLimits.Count(characters)} characters of text (limit {ReadLimits.Count(characters - 1)}): far longer than a report", ex.Reason);
    }

    [Fact]
    public void With_OtherLimits_SameReadersUnderTheNewLimits()
    {
        var limits = ReadLimits.Default with { MaxPdfPages = 3 };

        var loader = DocumentLoader.Default.With(limits);

        Assert.Same(ReadLimits.Default, DocumentLoader.Default.Limits);
        Assert.Same(limits, loader.Limits);
        Assert.Equal(DocumentLoader.Default.CanOcr, loader.CanOcr);
        Assert.Equal(SourceFormat.Docx, loader.Load(Corpus.PathOf(Corpus.Report2010Docx)).Format);
        Assert.StartsWith("the PDF has ", Assert.Throws<DocumentReadException>(() => loader.Load(Corpus.PathOf(Corpus.Report2010Pdf))).Reason, StringComparison.Ordinal);
    }

    /// <summary>Every character of text in the blocks, table cells' blocks included.</summary>
    private static long Characters(IEnumerable<Block> blocks) =>
        blocks.Sum(b => b is Table t ? t.Rows.SelectMany(r => r.Cells).Sum(c => Characters(c.Blocks)) : b.Text.Length);
}
