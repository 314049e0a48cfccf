using System.IO.Compression;
using System.Text;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Docx;

/// <summary>What the reader does past <see cref="ZipPackageCheck"/>: the SDK's own part limit, parts that are not XML.</summary>
public sealed partial class DocxReaderTests
{
    [Fact]
    public void Read_DocumentPartUnderANameThatIsNotXml_RefusedByTheSdksCharacterLimit()
    {
        // A 1 MB main document as word/document.dat: the zip check holds it to the limit of other
        // parts, the SDK still parses it as XML and stops at its character limit, which every
        // other part (at most 438 KB) is under.
        var renamed = RenameDocumentPart(HostileFiles.ZipBomb(1024 * 1024), "word/document.dat");
        var limits = ReadLimits.Default with { MaxXmlPartBytes = 500_000 };

        var ex = Assert.Throws<DocumentReadException>(() => new DocxReader().Read(renamed, "renamed.docx", limits));

        Assert.Equal("a part of the .docx package holds more than 500,000 characters (limit 500,000): a zip bomb, or not a report", ex.Reason);
    }

    [Fact]
    public void Read_DocumentPartUnderANameThatIsNotXml_ReadsUnderTheLimit()
    {
        var renamed = RenameDocumentPart(File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Docx)), "word/document.dat");
        var original = new DocxReader().Read(File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Docx)), "original.docx");

        var read = new DocxReader().Read(renamed, "renamed.docx");

        Assert.Equal(original.Blocks.Select(b => b.Text), read.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Read_DocumentPartCutShort_RefusedAsDamagedXml()
    {
        var xml = ReadPart(Corpus.PathOf(Corpus.Report2010Docx), HostileFiles.DocumentPart);
        var cut = HostileFiles.ReplacePart(Corpus.PathOf(Corpus.Report2010Docx), HostileFiles.DocumentPart, s => s.Write(xml.AsSpan(0, xml.Length / 2)));

        var ex = Assert.Throws<DocumentReadException>(() => new DocxReader().Read(cut, "cut.docx"));

        Assert.StartsWith("the .docx package is damaged: a part is not well-formed XML (", ex.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Reason);
    }

    private static byte[] ReadPart(string docx, string part)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var stream = zip.GetEntry(part)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The package with its main document part (and that part's relationships) under another name, the references to it rewritten.</summary>
    private static byte[] RenameDocumentPart(byte[] docx, string newName)
    {
        var oldName = HostileFiles.DocumentPart;
        var oldRels = "word/_rels/document.xml.rels";
        var newRels = "word/_rels/" + Path.GetFileName(newName) + ".rels";
        using var output = new MemoryStream();
        using (var input = new ZipArchive(new MemoryStream(docx)))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var name = entry.FullName == oldName ? newName : entry.FullName == oldRels ? newRels : entry.FullName;
                using var from = entry.Open();
                using var to = zip.CreateEntry(name).Open();
                if (entry.FullName is "[Content_Types].xml" or "_rels/.rels")
                {
                    using var reader = new StreamReader(from, Encoding.UTF8);
                    to.Write(Encoding.UTF8.GetBytes(reader.ReadToEnd().Replace(oldName, newName, StringComparison.Ordinal)));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }
}
