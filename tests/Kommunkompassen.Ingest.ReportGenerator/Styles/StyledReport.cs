using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using UglyToad.PdfPig;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>What to generate: a name for the files, the house style, the framework and the content's seed (municipality and year drawn from it unless given).</summary>
public sealed record StyledReportSpec(string Name, HouseStyle Style, string FrameworkId, int Seed)
{
    public string? Municipality { get; init; }

    public int? Year { get; init; }

    /// <summary>Every preset and <paramref name="randomCount"/> random styles, each for both framework versions, with seeds drawn from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<StyledReportSpec> All(int seed, int randomCount)
    {
        var styles = HouseStyle.Presets.Concat(Enumerable.Range(0, randomCount).Select(i => HouseStyle.Random(seed + i)));
        var specs = new List<StyledReportSpec>();
        var n = 0;
        foreach (var style in styles)
        {
            foreach (var framework in new[] { "2002", "2010" })
            {
                specs.Add(new StyledReportSpec($"{style.Name}-{framework}", style, framework, seed + (7919 * ++n)));
            }
        }

        return specs;
    }
}

/// <summary>A report laid out but not yet printed: its content, layout, Word file, HTML page (for Chromium styles) and expected values.</summary>
public sealed record StyledDraft(StyledReportSpec Spec, ReportContent Content, ReportLayout Layout, byte[] Docx, string? Html, StyledExpected Expected);

/// <summary>A generated report in a house style: the DOCX, the PDF and (for Chromium) the HTML it was printed from, the PDF's producer, the style and what a parser should read.</summary>
public sealed record StyledReport(string Name, byte[] Docx, byte[] Pdf, string? Html, string Producer, HouseStyle Style, StyledExpected Expected);

/// <summary>The "&lt;name&gt;.expected.json" beside a generated report's files.</summary>
public sealed record StyledManifest(string Name, string Framework, string Producer, HouseStyle Style, StyledExpected Expected)
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static StyledManifest FromJson(string json) =>
        JsonSerializer.Deserialize<StyledManifest>(json, Json) ?? throw new InvalidDataException("empty manifest");
}

/// <summary>
/// Makes styled reports: draws the content, lays it out in the style (<see cref="ReportComposer"/>),
/// writes the DOCX (and the HTML for Chromium styles) and prints the PDF with the style's producer.
/// Thread-safe; the PDF renderers run one external process per call.
/// </summary>
public sealed class StyledReportGenerator(IPdfRenderer libreOffice, IPdfRenderer chromium)
{
    public static StyledReportGenerator Default { get; } = new(LibreOfficePdf.Default, ChromiumPdf.Default);

    public StyledDraft Draft(StyledReportSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var style = spec.Style.Normalized();
        var content = ReportContent.Draw(new ContentRequest(spec.FrameworkId, spec.Seed)
        {
            Municipality = spec.Municipality,
            Year = spec.Year,
            Dates = style.Dates,
            LongFindings = style.LongFindingsBox,
        });
        var (layout, expected) = ReportComposer.Compose(content, style);
        var docx = DocxStyleWriter.Default.Write(layout);
        var html = style.Producer == PdfProducer.Chromium ? HtmlStyleWriter.Default.Write(layout) : null;
        return new StyledDraft(spec with { Style = style }, content, layout, docx, html, expected);
    }

    public StyledReport Render(StyledDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var pdf = draft.Html is { } html
            ? chromium.Render(Encoding.UTF8.GetBytes(html))
            : libreOffice.Render(draft.Docx);
        return new StyledReport(draft.Spec.Name, draft.Docx, pdf, draft.Html, ProducerOf(pdf), draft.Spec.Style, draft.Expected);
    }

    public StyledReport Generate(StyledReportSpec spec) => Render(Draft(spec));

    /// <summary>Writes a report's files into a folder: name.docx, name.pdf, name.html (Chromium), name.expected.json.</summary>
    public static void WriteFiles(StyledReport report, string folder)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stem = Path.Combine(folder, report.Name);
        File.WriteAllBytes(stem + ".docx", report.Docx);
        File.WriteAllBytes(stem + ".pdf", report.Pdf);
        if (report.Html is { } html)
        {
            File.WriteAllText(stem + ".html", html, new UTF8Encoding(false));
        }

        var manifest = new StyledManifest(report.Name, report.Expected.Framework, report.Producer, report.Style, report.Expected);
        File.WriteAllText(stem + ".expected.json", manifest.ToJson(), new UTF8Encoding(false));
    }

    /// <summary>The PDF's Producer entry ("LibreOffice 7.4", "Skia/PDF m156").</summary>
    public static string ProducerOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.Information.Producer ?? string.Empty;
    }
}
