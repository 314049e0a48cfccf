using System.Diagnostics;
using System.Globalization;

namespace Kommunkompassen.Ingest.Documents.Ocr;

/// <summary>
/// OCR with the command-line tools: <c>pdftoppm</c> (poppler-utils) renders each page as a
/// greyscale image, <c>tesseract</c> (with the Swedish data, tesseract-ocr-swe) writes them back
/// as one PDF with an invisible text layer, which the PDF reader then reads like any other.
/// Each file gets its own temporary folder; tesseract runs single-threaded, since the batch
/// already runs files side by side.
/// </summary>
public sealed class TesseractOcr : IPdfOcr
{
    private readonly string pdftoppm;
    private readonly string tesseract;

    public TesseractOcr(string pdftoppm, string tesseract, int dpi = 300, string language = "swe", TimeSpan? timeout = null)
    {
        this.pdftoppm = pdftoppm;
        this.tesseract = tesseract;
        Dpi = dpi;
        Language = language;
        Timeout = timeout ?? TimeSpan.FromMinutes(15);
    }

    public int Dpi { get; }

    public string Language { get; }

    public TimeSpan Timeout { get; }

    /// <summary>The tools found on the PATH, with the Swedish language data; null when any is missing.</summary>
    public static TesseractOcr? FromPath()
    {
        var render = Tools.FindOnPath("pdftoppm");
        var ocr = Tools.FindOnPath("tesseract");
        if (render is null || ocr is null)
        {
            return null;
        }

        var languages = Tools.Run(ocr, ["--list-langs"], TimeSpan.FromSeconds(30), null);
        return languages.ExitCode == 0 && languages.Output.Split('\n').Any(l => l.Trim() == "swe") ? new TesseractOcr(render, ocr) : null;
    }

    public byte[] MakeSearchable(byte[] pdf, string fileName)
    {
        var work = Directory.CreateTempSubdirectory("kk-ocr-");
        try
        {
            var input = Path.Combine(work.FullName, "scan.pdf");
            File.WriteAllBytes(input, pdf);
            var render = Tools.Run(pdftoppm, ["-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", input, Path.Combine(work.FullName, "page")], Timeout, null);
            var pages = Directory.GetFiles(work.FullName, "page*.png").Order(StringComparer.Ordinal).ToList();
            if (render.ExitCode != 0 || pages.Count == 0)
            {
                throw new DocumentReadException(fileName, "the PDF has no text layer and its pages could not be rendered for OCR");
            }

            var list = Path.Combine(work.FullName, "pages.txt");
            File.WriteAllLines(list, pages);
            var output = Path.Combine(work.FullName, "ocr");
            var run = Tools.Run(tesseract, [list, output, "-l", Language, "pdf"], Timeout, new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
            if (run.ExitCode != 0 || !File.Exists(output + ".pdf"))
            {
                throw new DocumentReadException(fileName, $"the PDF has no text layer and OCR failed (tesseract exit code {run.ExitCode.ToString(CultureInfo.InvariantCulture)})");
            }

            return File.ReadAllBytes(output + ".pdf");
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is not worth failing the file for.
            }
        }
    }
}
