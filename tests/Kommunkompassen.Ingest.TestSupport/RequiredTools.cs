using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Legacy;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>
/// The optional programs some tests need, found as the code finds them (on the PATH): a test
/// that needs one calls it first and is skipped, with the reason, where it is missing (a machine
/// with only the .NET SDK); .ci/run installs them all, so in CI they run. Only in
/// <c>[SkippableFact]</c>/<c>[SkippableTheory]</c> tests (Xunit.SkippableFact): in a plain
/// <c>[Fact]</c> the skip would be a failure.
/// </summary>
public static class RequiredTools
{
    /// <summary>LibreOffice (soffice): legacy .doc files converted, the house styles' DOCX printed to PDF.</summary>
    public static void LibreOffice() =>
        Skip.IfNot(LegacyWordReader.Default.CanConvert && LibreOfficePdf.Default.IsAvailable, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer");

    /// <summary>tesseract with the Swedish data, and pdftoppm: scanned PDFs read by OCR.</summary>
    public static void Tesseract() =>
        Skip.IfNot(DocumentLoader.Default.CanOcr, "tesseract with Swedish data or pdftoppm is not installed; .ci/run installs tesseract-ocr-swe and poppler-utils");

    /// <summary>Chromium: the house styles printed from HTML to PDF.</summary>
    public static void Chromium() =>
        Skip.IfNot(ChromiumPdf.Default.IsAvailable, "Chromium is not installed; .ci/run installs chromium");

    /// <summary>Chromium's program, for the web page's browser tests (skipped where it is missing).</summary>
    public static string ChromiumProgram()
    {
        Chromium();
        return ChromiumPdf.Default.Program!;
    }

    /// <summary>The program that prints a house style's reports to PDF: Chromium (from HTML) or LibreOffice (from the DOCX).</summary>
    public static void ToPrint(PdfProducer producer)
    {
        if (producer == PdfProducer.Chromium)
        {
            Chromium();
        }
        else
        {
            LibreOffice();
        }
    }
}
