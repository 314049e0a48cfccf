using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Legacy;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>One file of each kind a batch must refuse, with the reason it must give.</summary>
public static class BadFiles
{
    public static bool CanConvertDoc => LegacyWordReader.Default.CanConvert;

    public static IReadOnlyDictionary<string, string> Expected => new Dictionary<string, string>
    {
        ["tom.pdf"] = "the file is empty",
        ["halv.pdf"] = "the PDF is corrupt or truncated",
        ["krypterad.pdf"] = "the PDF is encrypted",
        ["brus.docx"] = "not a PDF or Word (.docx) document despite its .docx extension",
        ["sida.docx"] = "an HTML page, not a PDF or Word document",
        ["gammal.doc"] = CanConvertDoc ? "not a Kommunkompassen report" : "legacy Word 97-2003 (.doc); install LibreOffice",
        // A one-page scan: read by OCR when tesseract is installed (CI installs it), and then not a report.
        ["skannad.pdf"] = DocumentLoader.Default.CanOcr ? "not a Kommunkompassen report" : "the PDF has no text layer (a scanned document?); it needs OCR: install tesseract-ocr-swe",
        ["protokoll.docx"] = "not a Kommunkompassen report",
        ["protokoll.pdf"] = "not a Kommunkompassen report",
    };

    public static void WriteAll(string folder)
    {
        File.WriteAllBytes(Path.Combine(folder, "tom.pdf"), []);
        var pdf = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2005Pdf));
        File.WriteAllBytes(Path.Combine(folder, "halv.pdf"), pdf[..(pdf.Length / 2)]);
        File.Copy(Corpus.TestFile("Kommunkompassen.Ingest.Documents.Tests/Pdf/Samples/encrypted-user-password.pdf"), Path.Combine(folder, "krypterad.pdf"));
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        File.WriteAllBytes(Path.Combine(folder, "brus.docx"), noise);
        File.WriteAllText(Path.Combine(folder, "sida.docx"), "<!DOCTYPE html><html><head><title>Sidan finns inte</title></head><body>404</body></html>");
        File.Copy(Corpus.TestFile("Kommunkompassen.Ingest.Storage.Tests/Samples/memo.doc"), Path.Combine(folder, "gammal.doc"));
        File.Copy(Corpus.TestFile("Kommunkompassen.Ingest.Storage.Tests/Samples/scanned.pdf"), Path.Combine(folder, "skannad.pdf"));
        File.WriteAllBytes(Path.Combine(folder, "protokoll.docx"), DocxFactory.Create(
            DocxFactory.P("Protokoll från kommunstyrelsen i Åre kommun") + DocxFactory.P("12 mars 2009") + DocxFactory.P("Paragraf 1. Mötet öppnades.")));
        File.WriteAllBytes(Path.Combine(folder, "protokoll.pdf"), TextPdf("Protokoll fran kommunstyrelsen i Are kommun", "12 mars 2009", "Paragraf 1. Motet oppnades."));
    }

    private static byte[] TextPdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 760.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(72, y), font);
            y -= 16;
        }

        return builder.Build();
    }
}
