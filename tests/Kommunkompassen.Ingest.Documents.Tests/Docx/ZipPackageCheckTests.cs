using System.IO.Compression;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Docx;

public sealed class ZipPackageCheckTests
{
    /// <summary>What the bombs' document part unpacks to: the size of the one that cost 4.4 GB of memory.</summary>
    private const long BombPartBytes = 900L * 1024 * 1024;

    private static readonly Lazy<byte[]> Bomb = new(() => HostileFiles.ZipBomb(BombPartBytes));

    [Fact]
    public void Verify_ZipBomb_RefusedForItsDeclaredPartSize()
    {
        var bomb = Bomb.Value;
        var declared = DeclaredSize(bomb, HostileFiles.DocumentPart);

        var ex = Assert.Throws<DocumentReadException>(() => ZipPackageCheck.Verify(bomb, "bomb.docx", ReadLimits.Default));

        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.True(declared >= BombPartBytes, $"the part declares {declared} bytes");
        Assert.Equal($"word/document.xml unpacks to {ReadLimits.Size(declared)} (limit 16 MB): a zip bomb, or not a report", ex.Reason);
    }

    [Fact]
    public void Verify_DirectoryUnderstatesThePart_RefusedWhileInflating()
    {
        var lying = HostileFiles.WithDeclaredSize(Bomb.Value, HostileFiles.DocumentPart, 200_000);

        var ex = Assert.Throws<DocumentReadException>(() => ZipPackageCheck.Verify(lying, "lying.docx", ReadLimits.Default));

        Assert.Equal("word/document.xml unpacks to more than the 195 KB the zip directory declares: a zip bomb, or a damaged file", ex.Reason);
    }

    [Fact]
    public void Verify_DirectoryUnderstatesTheSamplesDocumentByOneByte_Refused()
    {
        var sample = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Docx));
        var size = DeclaredSize(sample, HostileFiles.DocumentPart);
        var lying = HostileFiles.WithDeclaredSize(sample, HostileFiles.DocumentPart, (uint)size - 1);

        var ex = Assert.Throws<DocumentReadException>(() => ZipPackageCheck.Verify(lying, "lying.docx", ReadLimits.Default));

        Assert.Equal($"word/document.xml unpacks to more than the {ReadLimits.Size(size - 1)} the zip directory declares: a zip bomb, or a damaged file", ex.Reason);
    }

    [Fact]
    public void Verify_OneEntryOverTheEntryLimit_RefusedWithTheCount()
    {
        var crowded = HostileFiles.WithExtraEntries(ReadLimits.Default.MaxZipEntries - 19 + 1);

        var ex = Assert.Throws<DocumentReadException>(() => ZipPackageCheck.Verify(crowded, "crowded.docx", ReadLimits.Default));

        Assert.Equal("the .docx package has 10,001 zip entries (limit 10,000): a zip bomb, or not a report", ex.Reason);
    }

    [Fact]
    public void Verify_EntriesUpToTheLimit_Passes()
    {
        var full = HostileFiles.WithExtraEntries(ReadLimits.Default.MaxZipEntries - 19);

        ZipPackageCheck.Verify(full, "full.docx", ReadLimits.Default);
    }

    [Fact]
    public void Verify_LargePartPackedFarTooWell_RefusedWithItsRatio()
    {
        // 5 MB of "aaaa…" paragraphs: under the XML part limit, over the size from which the ratio counts.
        var packed = HostileFiles.ZipBomb(5L * 1024 * 1024);
        using var zip = new ZipArchive(new MemoryStream(packed));
        var part = zip.GetEntry(HostileFiles.DocumentPart)!;
        var ratio = Math.Round(part.Length / (double)part.CompressedLength);

        var ex = Assert.Throws<DocumentReadException>(() => ZipPackageCheck.Verify(packed, "packed.docx", ReadLimits.Default));

        Assert.True(ratio > 100, $"ratio {ratio}");
        Assert.Equal($"word/document.xml unpacks to {ratio} times its packed size (limit 100 for parts over 4 MB): a zip bomb, or not a report", ex.Reason);
    }

    [Fact]
    public void Verify_SampleOverALoweredPackageLimit_RefusedWithItsTotal()
    {
        var sample = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Docx));
        using var zip = new ZipArchive(new MemoryStream(sample));
        var total = zip.Entries.Sum(e => e.Length);

        var ex = Assert.Throws<DocumentReadException>(() => ZipPackageCheck.Verify(sample, "sample.docx", ReadLimits.Default with { MaxPackageBytes = 512 * 1024 }));

        Assert.Equal(1_013_672, total);
        Assert.Equal("the .docx package unpacks to 990 KB (limit 512 KB): a zip bomb, or not a report", ex.Reason);
    }

    [Fact]
    public void Verify_XmlPartOverTheXmlPartLimit_RefusedWithItsName()
    {
        var sample = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Docx));

        var ex = Assert.Throws<DocumentReadException>(() => ZipPackageCheck.Verify(sample, "sample.docx", ReadLimits.Default with { MaxXmlPartBytes = 8 * 1024 }));

        // The first entry over 8 KB: the document (184,269 bytes).
        Assert.Equal("word/document.xml unpacks to 180 KB (limit 8 KB): a zip bomb, or not a report", ex.Reason);
    }

    [Fact]
    public void Verify_NonXmlPartOverThePartLimit_RefusedWithItsName()
    {
        var sample = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Docx));

        var ex = Assert.Throws<DocumentReadException>(() => ZipPackageCheck.Verify(sample, "sample.docx", ReadLimits.Default with { MaxPartBytes = 8 * 1024 }));

        // The thumbnail (8,324 bytes) is the one part that is not XML.
        Assert.Equal("docProps/thumbnail.jpeg unpacks to 8.1 KB (limit 8 KB): a zip bomb, or not a report", ex.Reason);
    }

    [Fact]
    public void Verify_PartNameWithALineBreak_ReasonStaysOneLine()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        using (var part = zip.CreateEntry("word/two\nlines.xml").Open())
        {
            part.Write(new byte[2048]);
        }

        var ex = Assert.Throws<DocumentReadException>(() => ZipPackageCheck.Verify(output.ToArray(), "lines.docx", ReadLimits.Default with { MaxXmlPartBytes = 1024 }));

        Assert.Equal("word/two?lines.xml unpacks to 2 KB (limit 1 KB): a zip bomb, or not a report", ex.Reason);
    }

    [Theory]
    [InlineData(Corpus.Report2005Docx)]
    [InlineData(Corpus.Report2010Docx)]
    public void Verify_SampleReport_Passes(string sample)
    {
        ZipPackageCheck.Verify(File.ReadAllBytes(Corpus.PathOf(sample)), sample, ReadLimits.Default);
    }

    [Fact]
    public void Verify_TruncatedSample_RefusedAsCorrupt()
    {
        var sample = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Docx));

        var ex = Assert.Throws<DocumentReadException>(() => ZipPackageCheck.Verify(sample[..^30], "cut.docx", ReadLimits.Default));

        Assert.Equal("not a valid Word .docx file (the package is corrupt, truncated or of another kind)", ex.Reason);
    }

    [Fact]
    public void Load_ZipBomb_AllocatesNextToNothing()
    {
        var bomb = Bomb.Value;
        var lying = HostileFiles.WithDeclaredSize(bomb, HostileFiles.DocumentPart, 200_000);
        Assert.Throws<DocumentReadException>(() => DocumentLoader.Default.Load(bomb, "warm-up.docx"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<DocumentReadException>(() => DocumentLoader.Default.Load(bomb, "bomb.docx"));
        var declared = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Throws<DocumentReadException>(() => DocumentLoader.Default.Load(lying, "lying.docx"));
        var understated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Before the check, this file cost 4.4 GB; now a few kilobytes, whatever the part unpacks to.
        Assert.True(declared < 1024 * 1024, $"{declared} bytes allocated for the bomb");
        Assert.True(understated < 1024 * 1024, $"{understated} bytes allocated for the bomb with a lying directory");
    }

    private static long DeclaredSize(byte[] zip, string part)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.GetEntry(part)!.Length;
    }
}
