using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Documents.Legacy;
using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Documents.Tests.Ocr;

/// <summary>
/// The fixture is the revised-framework sample's title page rendered at 150 dpi and saved as a
/// PDF holding only that image. CI installs tesseract (Swedish) and poppler-utils; elsewhere the
/// OCR test is skipped without them, with the reason.
/// </summary>
public sealed class TesseractOcrTests
{
    private static byte[] Scan => File.ReadAllBytes(Corpus.TestFile("Kommunkompassen.Ingest.Documents.Tests/Ocr/Samples/scanned-front-page.pdf"));

    [SkippableFact]
    public void Load_ScannedTitlePage_ReadByOcrToTheTextOfTheOriginalPage()
    {
        RequiredTools.Tesseract();
        var original = DocumentLoader.Default.Load(Corpus.PathOf(Corpus.Report2010Pdf)).Blocks
            .Where(b => b.Page == 1)
            .Select(b => b.Text);

        var scan = DocumentLoader.Default.Load(Scan, "skannad.pdf");

        Assert.True(scan.ReadByOcr);
        Assert.Equal(original, scan.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Load_ScanWithoutOcr_SaysWhatToInstall()
    {
        var loader = new DocumentLoader([new DocxReader(), new PdfReader(), LegacyWordReader.Default], ocr: null);

        var ex = Assert.Throws<DocumentReadException>(() => loader.Load(Scan, "skannad.pdf"));

        Assert.Equal("the PDF has no text layer (a scanned document?); it needs OCR: install tesseract-ocr-swe and poppler-utils to have it read, or OCR it first", ex.Reason);
    }

    [Fact]
    public void Parse_DocumentReadByOcr_RecordWarnsFirstThatItWasOcrRead()
    {
        var document = DocumentLoader.Default.Load(Corpus.PathOf(Corpus.Report2010Pdf)) with { ReadByOcr = true };

        var record = ReportParser.Default.Parse(document);

        Assert.Equal("read-by-ocr", record.Warnings[0].Code);
    }
}
