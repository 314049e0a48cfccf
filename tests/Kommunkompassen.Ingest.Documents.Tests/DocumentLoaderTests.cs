using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests;

public sealed partial class DocumentLoaderTests
{
    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "tom.docx", [], "the file is empty" },
        { "sida.docx", "<!DOCTYPE html><html><body>404</body></html>"u8.ToArray(), "an HTML page, not a PDF or Word document" },
        { "brus.docx", [0x13, 0x37, 0x00, 0xFF, 0x42, 0x42, 0x42, 0x42], "not a PDF or Word (.docx) document despite its .docx extension" },
        { "gammal.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "an Office 97-2003 file that is not a Word document (Excel, PowerPoint?)" },
        { "trasig.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9], "not a valid Word .docx file (the package is corrupt, truncated or of another kind)" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Load_BadInput_ThrowsOneLineReasonNamingTheFile(string name, byte[] bytes, string reason)
    {
        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Default.Load(bytes, name));

        Assert.Equal(name, ex.FileName);
        Assert.Equal(reason, ex.Reason);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Load_TruncatedSampleDocx_ThrowsCorruptPackage()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Docx));

        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Default.Load(bytes[..(bytes.Length / 2)], "halv.docx"));

        Assert.StartsWith("not a valid Word .docx file", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SampleDocx_HashesAndTagsTheFile()
    {
        var doc = DocumentLoader.Default.Load(Corpus.PathOf(Corpus.Report2010Docx));

        Assert.Equal(SourceFormat.Docx, doc.Format);
        Assert.Equal(Corpus.Report2010Docx, doc.FileName);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Docx)))), doc.Sha256);
    }

    [Fact]
    public void Load_DocxFormatWithPdfName_IsReadByContent()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2010Docx));

        var doc = DocumentLoader.Default.Load(bytes, "felnamn.pdf");

        Assert.Equal(SourceFormat.Docx, doc.Format);
    }
}
