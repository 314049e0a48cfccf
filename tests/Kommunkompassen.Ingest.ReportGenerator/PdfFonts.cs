using System.Collections.Concurrent;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>
/// DejaVu Sans and DejaVu Sans Bold, shipped with the generator (Fonts/, Debian's
/// fonts-dejavu-core 2.37, embedded as resources, so no fonts need be installed), with each
/// character's advance width measured once, so text can be laid out without asking PdfPig per
/// line. Thread-safe.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
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
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(file)
            ?? throw new InvalidOperationException($"the font {file} is not embedded in the generator (Fonts/{file})");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
