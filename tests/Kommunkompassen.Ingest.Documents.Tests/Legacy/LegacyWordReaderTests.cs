using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Legacy;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Legacy;

/// <summary>
/// The .doc fixture is the revised-framework sample saved by LibreOffice as Word 97. CI installs
/// LibreOffice, so the conversion path runs there (elsewhere skipped without it, with the reason);
/// without it the reader must say how to convert.
/// </summary>
public sealed class LegacyWordReaderTests
{
    private static byte[] Doc => File.ReadAllBytes(Corpus.TestFile("Kommunkompassen.Ingest.Documents.Tests/Legacy/Samples/report-2010.doc"));

    [Fact]
    public void Load_Word97File_IsSniffedAsDoc()
    {
        Assert.Equal(SourceFormat.Doc, DocumentLoader.Sniff(Doc, "rapport.doc"));
    }

    [SkippableFact]
    public void Read_Word97Report_ParsesToTheSameScoresAndFindingsAsTheDocx()
    {
        RequiredTools.LibreOffice();
        var docx = SampleRecords.Of(Corpus.Report2010Docx);

        var record = ReportParser.Default.Parse(DocumentLoader.Default.Load(Doc, "rapport.doc"));

        Assert.Equal("doc", record.Sources[0].Format);
        Assert.Equal((docx.Id, docx.Framework, docx.Total), (record.Id, record.Framework, record.Total));
        Assert.Equal(docx.Areas.Select(a => (a.Number, a.Score, a.OlderScaleScore)), record.Areas.Select(a => (a.Number, a.Score, a.OlderScaleScore)));
        Assert.Equal(docx.Areas.SelectMany(a => a.Strengths.Concat(a.Improvements)), record.Areas.SelectMany(a => a.Strengths.Concat(a.Improvements)));
        Assert.Equal(docx.Questions.Select(q => (q.Id, q.Score, q.Max)), record.Questions.Select(q => (q.Id, q.Score, q.Max)));
    }

    [Fact]
    public void Read_WithoutLibreOffice_SaysHowToConvert()
    {
        var reader = new LegacyWordReader(new Kommunkompassen.Ingest.Documents.Docx.DocxReader(), soffice: null, TimeSpan.FromSeconds(1));

        var ex = Assert.Throws<DocumentReadException>(() => reader.Read(Doc, "rapport.doc"));

        Assert.Equal("legacy Word 97-2003 (.doc); install LibreOffice to convert it automatically, or convert it first: soffice --headless --convert-to docx <file>", ex.Reason);
    }

    [Fact]
    public void Sniff_PasswordProtectedOfficeFile_SaysSo()
    {
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")];

        var ex = Assert.Throws<DocumentReadException>(() => DocumentLoader.Sniff(bytes, "hemlig.docx"));

        Assert.Equal("a password-protected Office document; save it without a password first", ex.Reason);
    }
}
