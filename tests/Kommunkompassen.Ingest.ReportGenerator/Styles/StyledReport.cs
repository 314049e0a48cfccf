using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using UglyToad.PdfPig;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// What to generate: a name for the files, the house style, the framework (any id of
/// <see cref="PrintedFrameworks.Ids"/>) and the content's seed (municipality and year drawn
/// from it unless given, and whether the report says its framework version unless
/// <see cref="Statement"/> decides).
/// </summary>
public sealed record StyledReportSpec(string Name, HouseStyle Style, string FrameworkId, int Seed)
{
    /// <summary>The versions of the first sets, the default of <see cref="All(int, int)"/>.</summary>
    public static IReadOnlyList<string> ClassicFrameworks { get; } = [PrintedFrameworks.Original, PrintedFrameworks.Revision2010Id];

    public string? Municipality { get; init; }

    public int? Year { get; init; }

    public StatementChoice Statement { get; init; } = StatementChoice.Drawn;

    /// <summary>Every preset and <paramref name="randomCount"/> random styles, each for the 2002 and 2010 versions, with seeds drawn from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<StyledReportSpec> All(int seed, int randomCount) => All(seed, randomCount, ClassicFrameworks);

    /// <summary>
    /// Every preset (unless not <paramref name="presets"/>) and <paramref name="randomCount"/>
    /// random styles, each for every version of <paramref name="frameworks"/>, named
    /// "style-framework". A style's 2002 and 2010 reports have the seeds they have in the
    /// two-version set whatever else is asked, so they are the same files; the other versions'
    /// seeds lie between those.
    /// </summary>
    public static IReadOnlyList<StyledReportSpec> All(int seed, int randomCount, IReadOnlyList<string> frameworks, bool presets = true)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        var unknown = frameworks.Where(f => !PrintedFrameworks.Ids.Contains(f, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"no framework {string.Join(", ", unknown)}; known: {string.Join(", ", PrintedFrameworks.Ids)}", nameof(frameworks));
        }

        var later = PrintedFrameworks.Ids.Except(ClassicFrameworks).ToList();
        var styles = HouseStyle.Presets.Select(p => (Style: p, Use: presets))
            .Concat(Enumerable.Range(0, randomCount).Select(i => (Style: HouseStyle.Random(seed + i), Use: true)))
            .ToList();
        var specs = new List<StyledReportSpec>();
        for (var i = 0; i < styles.Count; i++)
        {
            if (!styles[i].Use)
            {
                continue;
            }

            foreach (var framework in frameworks)
            {
                var classic = ClassicFrameworks.ToList().IndexOf(framework);
                var specSeed = classic >= 0
                    ? seed + (7919 * ((2 * i) + 1 + classic))
                    : seed + (7919 * ((2 * i) + 1)) + (3571 * (later.IndexOf(framework) + 1));
                specs.Add(new StyledReportSpec($"{styles[i].Style.Name}-{framework}", styles[i].Style, framework, specSeed));
            }
        }

        return specs;
    }
}

/// <summary>A report laid out but not yet printed: its content, layout, Word file, HTML page (for Chromium styles) and expected values.</summary>
public sealed record StyledDraft(StyledReportSpec Spec, ReportContent Content, ReportLayout Layout, byte[] Docx, string? Html, StyledExpected Expected);

/// <summary>A generated report in a house style: the DOCX, the PDF and (for Chromium) the HTML it was printed from, the PDF's producer, the style and what a parser should read.</summary>
public sealed record StyledReport(string Name, byte[] Docx, byte[] Pdf, string? Html, string Producer, HouseStyle Style, StyledExpected Expected);

/// <summary>
/// The "&lt;name&gt;.expected.json" beside a generated report's files. <see cref="Framework"/>
/// is the version the report is truly written in; <see cref="FrameworkCatalogued"/> is false
/// for the made-up version, which a parser cannot name.
/// </summary>
public sealed record StyledManifest(string Name, string Framework, string Producer, HouseStyle Style, StyledExpected Expected)
{
    public bool FrameworkCatalogued { get; init; } = true;

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
            Statement = spec.Statement,
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

        var manifest = new StyledManifest(report.Name, report.Expected.Framework, report.Producer, report.Style, report.Expected)
        {
            FrameworkCatalogued = report.Expected.FrameworkCatalogued,
        };
        File.WriteAllText(stem + ".expected.json", manifest.ToJson(), new UTF8Encoding(false));
    }

    /// <summary>The PDF's Producer entry ("LibreOffice 7.4", "Skia/PDF m156").</summary>
    public static string ProducerOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.Information.Producer ?? string.Empty;
    }
}
