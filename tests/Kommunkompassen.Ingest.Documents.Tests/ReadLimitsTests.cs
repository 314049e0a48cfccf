using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests;

public sealed class ReadLimitsTests
{
    [Theory]
    [InlineData(929_884_269, "887 MB")]
    [InlineData(64L * 1024 * 1024, "64 MB")]
    [InlineData(5L * 1024 * 1024 + 200 * 1024, "5.2 MB")]
    [InlineData(200_000, "195 KB")]
    [InlineData(70_270, "69 KB")]
    [InlineData(8_324, "8.1 KB")]
    [InlineData(1024, "1 KB")]
    [InlineData(300, "300 bytes")]
    public void Size_Bytes_AsPeopleReadThem(long bytes, string expected)
    {
        Assert.Equal(expected, ReadLimits.Size(bytes));
    }

    [Fact]
    public void Count_LargeNumber_WithThousandsSeparators()
    {
        Assert.Equal("5,000,000", ReadLimits.Count(5_000_000));
    }

    /// <summary>
    /// The defaults never reject a real report: the sample reports read with every size and count
    /// limit at a tenth of its default. The compression ratio has less room: the samples' largest
    /// parts pack 29 and 32 times (styles), so it is tested at half its default.
    /// </summary>
    [Theory]
    [InlineData(Corpus.Report2005Docx)]
    [InlineData(Corpus.Report2005Pdf)]
    [InlineData(Corpus.Report2010Docx)]
    [InlineData(Corpus.Report2010Pdf)]
    public void Default_SampleReport_ReadsWithEveryLimitATenthOfIt(string sample)
    {
        var d = ReadLimits.Default;
        var tenth = new ReadLimits
        {
            MaxFileBytes = d.MaxFileBytes / 10,
            MaxZipEntries = d.MaxZipEntries / 10,
            MaxPartBytes = d.MaxPartBytes / 10,
            MaxXmlPartBytes = d.MaxXmlPartBytes / 10,
            MaxPackageBytes = d.MaxPackageBytes / 10,
            MaxCompressionRatio = d.MaxCompressionRatio / 2,
            RatioCheckedFromBytes = d.RatioCheckedFromBytes / 10,
            MaxPdfPages = d.MaxPdfPages / 10,
            MaxPdfStreamBytes = d.MaxPdfStreamBytes / 10,
            MaxTextCharacters = d.MaxTextCharacters / 10,
        };

        var document = DocumentLoader.Default.With(tenth).Load(Corpus.PathOf(sample));

        Assert.True(document.Blocks.Count > 100, $"{document.Blocks.Count} blocks");
    }
}
