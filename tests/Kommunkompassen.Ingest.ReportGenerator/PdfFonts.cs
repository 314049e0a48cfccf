using System.Collections.Concurrent;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>
/// DejaVu Sans and DejaVu Sans Bold, read once from the system fonts (Debian/Ubuntu package
/// fonts-dejavu-core), with each character's advance width measured once, so text can be laid
/// out without asking PdfPig per line. Thread-safe.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
    public const string FontFolder = "/usr/share/fonts/truetype/dejavu";
    private readonly ConcurrentDictionary<(bool Bold, char C), double> widths = new();
    private readonly Lock measureLock = new();
    private readonly PdfDocumentBuilder measurer = new();
    private readonly PdfPageBuilder measurePage;
    private readonly PdfDocumentBuilder.AddedFont measureRegular;
    private readonly PdfDocumentBuilder.AddedFont measureBold;

    public PdfFonts()
    {
        Regular = Read("DejaVuSans.ttf");
        Bold = Read("DejaVuSans-Bold.ttf");
        measureRegular = measurer.AddTrueTypeFont(Regular);
        measureBold = measurer.AddTrueTypeFont(Bold);
        measurePage = measurer.AddPage(PageSize.A4);
    }

    public byte[] Regular { get; }

    public byte[] Bold { get; }

    /// <summary>The advance width of a character at size 1.</summary>
    public double Width(char c, bool bold) => widths.GetOrAdd((bold, c), key =>
    {
        lock (measureLock)
        {
            var letters = measurePage.MeasureText(key.C.ToString(), 1000, new PdfPoint(0, 0), key.Bold ? measureBold : measureRegular);
            return letters.Count == 0 ? 0 : (letters[0].EndBaseLine.X - letters[0].StartBaseLine.X) / 1000;
        }
    });

    public double Width(string text, bool bold, double size)
    {
        var w = 0.0;
        foreach (var c in text)
        {
            w += Width(c, bold);
        }

        return w * size;
    }

    public void Dispose() => measurer.Dispose();

    /// <summary>Characters the fonts cannot show well: symbol-font private-use bullets become "•".</summary>
    public static string Printable(string text)
    {
        if (!text.Any(c => c is >= '\uE000' and <= '\uF8FF' || char.IsControl(c)))
        {
            return text;
        }

        return new string(text.Select(c => c is >= '\uE000' and <= '\uF8FF' ? '•' : char.IsControl(c) ? ' ' : c).ToArray());
    }

    private static byte[] Read(string file)
    {
        var path = Path.Combine(FontFolder, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The PDF writer needs the font {path}; install the package fonts-dejavu-core (apt-get install fonts-dejavu-core).", path);
        }

        return File.ReadAllBytes(path);
    }
}
