using Kommunkompassen.Ingest.Documents;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>Makes a PDF of a report's source (a DOCX, or an HTML page as UTF-8).</summary>
public interface IPdfRenderer
{
    byte[] Render(byte[] source);
}

/// <summary>How an external program is run: its path (null when it is not installed) and the time it may take.</summary>
public sealed record ExternalProgramOptions(string? Program, TimeSpan Timeout);

/// <summary>
/// Runs an external converter in a scratch folder of its own (input, output, and the
/// program's profile, so parallel runs never share one), within a time limit; the folder is
/// removed afterwards.
/// </summary>
internal static class ScratchRun
{
    public static byte[] Convert(ExternalProgramOptions options, string installHint, string inputName, byte[] input, Func<string, IEnumerable<string>> arguments, string outputName)
    {
        var program = options.Program ?? throw new InvalidOperationException(installHint);
        var folder = Path.Combine(Path.GetTempPath(), "kk-styles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllBytes(Path.Combine(folder, inputName), input);
            var (exit, output) = Tools.Run(program, arguments(folder), options.Timeout, null);
            var pdf = Path.Combine(folder, outputName);
            if (exit != 0 || !File.Exists(pdf))
            {
                throw new InvalidOperationException($"{Path.GetFileName(program)} made no PDF (exit code {exit}{(exit == -1 ? ", timed out" : string.Empty)}): {output.Trim()}");
            }

            return File.ReadAllBytes(pdf);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>DOCX to PDF with LibreOffice (soffice --headless --convert-to pdf), a profile of its own per call.</summary>
public sealed class LibreOfficePdf(ExternalProgramOptions options) : IPdfRenderer
{
    public static LibreOfficePdf Default { get; } = new(new ExternalProgramOptions(Tools.FindOnPath("soffice"), TimeSpan.FromMinutes(2)));

    public bool IsAvailable => options.Program is not null;

    public byte[] Render(byte[] source) =>
        ScratchRun.Convert(
            options,
            "LibreOffice (soffice) is not on the PATH; .ci/run installs libreoffice-writer",
            "report.docx",
            source,
            folder =>
            [
                "--headless", "--norestore", $"-env:UserInstallation=file://{Path.Combine(folder, "profile")}",
                "--convert-to", "pdf", "--outdir", folder, Path.Combine(folder, "report.docx"),
            ],
            "report.pdf");
}

/// <summary>HTML to PDF with headless Chromium's print to PDF (Skia/PDF), a new user-data folder per call, no browser header or footer.</summary>
public sealed class ChromiumPdf(ExternalProgramOptions options) : IPdfRenderer
{
    public static ChromiumPdf Default { get; } = new(new ExternalProgramOptions(Tools.FindOnPath("chromium"), TimeSpan.FromMinutes(1)));

    public bool IsAvailable => options.Program is not null;

    /// <summary>The chromium program found, or null (the web page's browser tests drive the same one).</summary>
    public string? Program => options.Program;

    public byte[] Render(byte[] source) =>
        ScratchRun.Convert(
            options,
            "chromium is not on the PATH; .ci/run installs it",
            "report.html",
            source,
            folder =>
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(folder, "profile")}", "--no-pdf-header-footer",
                $"--print-to-pdf={Path.Combine(folder, "report.pdf")}", "file://" + Path.Combine(folder, "report.html"),
            ],
            "report.pdf");
}
