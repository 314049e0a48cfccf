using System.Diagnostics;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents.Legacy;

/// <summary>
/// Reads a legacy Word 97-2003 (.doc) file by converting it to .docx with LibreOffice
/// (<c>soffice --headless --convert-to docx</c>) and reading that. Without LibreOffice on the
/// PATH the reason says how to convert the file by hand. Each conversion runs in its own
/// temporary folder and LibreOffice profile, so conversions can run side by side.
/// </summary>
public sealed class LegacyWordReader : IDocumentReader
{
    private readonly DocxReader docx;
    private readonly string? soffice;
    private readonly TimeSpan timeout;

    public LegacyWordReader(DocxReader docx, string? soffice, TimeSpan timeout)
    {
        this.docx = docx;
        this.soffice = soffice;
        this.timeout = timeout;
    }

    /// <summary>Uses the soffice (or libreoffice) found on the PATH, if any; two minutes per file.</summary>
    public static LegacyWordReader Default { get; } = new(new DocxReader(), Tools.FindOnPath("soffice") ?? Tools.FindOnPath("libreoffice"), TimeSpan.FromMinutes(2));

    public SourceFormat Format => SourceFormat.Doc;

    /// <summary>Whether LibreOffice was found, i.e. .doc files can be read.</summary>
    public bool CanConvert => soffice is not null;

    public ReadResult Read(byte[] content, string fileName) => Read(content, fileName, ReadLimits.Default);

    /// <summary>Converts the file and reads the .docx LibreOffice made within the <paramref name="limits"/>.</summary>
    public ReadResult Read(byte[] content, string fileName, ReadLimits limits)
    {
        if (soffice is null)
        {
            throw new DocumentReadException(
                fileName,
                "legacy Word 97-2003 (.doc); install LibreOffice to convert it automatically, or convert it first: soffice --headless --convert-to docx <file>");
        }

        var work = Directory.CreateTempSubdirectory("kk-doc-");
        try
        {
            var input = Path.Combine(work.FullName, "input.doc");
            File.WriteAllBytes(input, content);
            Convert(input, work.FullName, fileName);
            var output = Path.Combine(work.FullName, "input.docx");
            if (!File.Exists(output))
            {
                throw new DocumentReadException(fileName, "LibreOffice could not convert this .doc file (damaged or not a Word document?)");
            }

            if (new FileInfo(output).Length > limits.MaxFileBytes)
            {
                throw new DocumentReadException(fileName, "converted to .docx, " + LimitReasons.File(new FileInfo(output).Length, limits.MaxFileBytes));
            }

            return docx.Read(File.ReadAllBytes(output), fileName, limits);
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

    private void Convert(string input, string folder, string fileName)
    {
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        var (exitCode, _) = Tools.Run(soffice!, ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "docx", "--outdir", folder, input], timeout, null);
        if (exitCode == -1)
        {
            throw new DocumentReadException(fileName, $"LibreOffice took longer than {timeout.TotalSeconds:0} s to convert the .doc file");
        }
    }

}
