using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.IO;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>
/// Makes synthetic evaluation reports from a template report (a DOCX of the corpus): the same
/// text and layout, another municipality and year, and seeded pseudo-random scores written into
/// every table that prints them; each report comes as DOCX and as PDF with the values it holds.
/// Built once per template (the template is parsed and its tables are mapped then); thread-safe.
/// </summary>
public sealed class ReportGenerator
{
    private readonly byte[] template;
    private readonly TemplatePlan plan;
    private readonly ScoreFormat format;
    private readonly Framework framework;
    private readonly MunicipalityRegistry registry;
    private readonly PdfRenderer renderer;

    public ReportGenerator(string templateDocxPath)
        : this(File.ReadAllBytes(templateDocxPath), Path.GetFileName(templateDocxPath))
    {
    }

    public ReportGenerator(byte[] templateDocx, string fileName)
    {
        template = templateDocx;
        registry = MunicipalityRegistry.Default;
        Template = ReportParser.Default.Parse(DocumentLoader.Default.Load(templateDocx, fileName));
        framework = FrameworkCatalog.Default.Find(Template.Framework)
            ?? throw new InvalidOperationException($"template framework {Template.Framework} is not in the catalog");
        using (var stream = new MemoryStream(templateDocx, writable: false))
        using (var doc = WordprocessingDocument.Open(stream, false))
        {
            var body = doc.MainDocumentPart?.Document?.Body ?? throw new InvalidOperationException("the template has no body");
            plan = TemplatePlan.Learn(body, Template, registry);
        }

        format = ScoreFormat.Learn(plan.PrintedScores);
        renderer = PdfRenderer.Shared;
    }

    /// <summary>The template as the parser reads it.</summary>
    public ReportRecord Template { get; }

    /// <summary>The earliest year a report from this template may have: the framework's first year, after any previous evaluation it cites.</summary>
    public int MinYear => Math.Max(framework.UsedFrom, (Template.Previous?.Year ?? 0) + 1);

    /// <summary>The latest year a report from this template may have: the framework's last year.</summary>
    public int MaxYear => framework.UsedTo ?? framework.UsedFrom + 5;

    /// <summary>Municipalities the template names besides its own (comparisons, mentions, cited evaluations), which generated reports should not be about.</summary>
    public IReadOnlySet<string> NamedMunicipalityCodes =>
        Template.Comparisons.Select(c => c.Municipality.Code)
            .Concat(Template.Mentions.Select(m => m.Municipality.Code))
            .Concat(Template.KnownEvaluations.Select(k => k.Municipality.Code))
            .Where(code => code != Template.Municipality.Code)
            .ToHashSet(StringComparer.Ordinal);

    public GeneratedReport Generate(SyntheticReportSpec spec)
    {
        var (docx, expected) = GenerateDocx(spec);
        var blocks = DocumentLoader.Default.Load(docx, "generated.docx").Blocks;
        var header = $"Kommunkompassen – {expected.MunicipalityName} {expected.Year.ToString(CultureInfo.InvariantCulture)}";
        return new GeneratedReport(docx, renderer.Render(blocks, header), expected);
    }

    /// <summary>The DOCX alone, with the values it holds.</summary>
    public (byte[] Docx, ExpectedValues Expected) GenerateDocx(SyntheticReportSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var municipality = registry.Find(spec.MunicipalityName)
            ?? throw new ArgumentException($"\"{spec.MunicipalityName}\" is not a municipality", nameof(spec));
        if (spec.Year < MinYear || spec.Year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(spec), spec.Year, $"this template's framework ({framework.Id}) takes years {MinYear}-{MaxYear}");
        }

        var scores = DrawScores(spec.Seed);
        var areas = framework.Areas.ToDictionary(
            a => a.Number,
            a => scores.Where(s => s.Key.Area == a.Number).Sum(s => (long)s.Value));
        var total = areas.Values.Sum();
        var rewriter = new TextRewriter(Template.Municipality.Name, Template.Year, municipality.Name, spec.Year);

        string ValueOf(CellEdit edit) => edit.Kind switch
        {
            CellValue.QuestionScore => format.Format(scores[QuestionOf(edit.Key)]),
            CellValue.QuestionPercent => ScoreFormat.Percent(format.ToValue(scores[QuestionOf(edit.Key)]) / edit.Aux * 100),
            CellValue.AreaScore => format.Format(areas[int.Parse(edit.Key, CultureInfo.InvariantCulture)]),
            CellValue.AreaPercent => ScoreFormat.Percent(format.ToValue(areas[int.Parse(edit.Key, CultureInfo.InvariantCulture)]) / edit.Aux * 100),
            CellValue.Total => format.Format(total),
            CellValue.ChangePercent => ScoreFormat.Percent((format.ToValue(edit.Key == "total" ? total : areas[int.Parse(edit.Key, CultureInfo.InvariantCulture)]) - edit.Aux) / edit.Aux * 100),
            CellValue.Year => spec.Year.ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException(edit.Kind.ToString()),
        };

        byte[] docx;
        using (var stream = new MemoryStream())
        {
            stream.Write(template);
            stream.Position = 0;
            using (var doc = WordprocessingDocument.Open(stream, true))
            {
                DocxRewriter.Apply(doc, plan.Edits, ValueOf, rewriter);
            }

            docx = Normalize(stream.ToArray());
        }

        var expected = new ExpectedValues(
            municipality.Name,
            municipality.Code,
            spec.Year,
            Template.Framework,
            areas.ToDictionary(kv => kv.Key, kv => format.ToValue(kv.Value)),
            format.ToValue(total),
            scores.ToDictionary(kv => kv.Key.Id, kv => format.ToValue(kv.Value), StringComparer.Ordinal),
            Template.Areas.ToDictionary(a => a.Number, a => (IReadOnlyList<string>)a.Strengths.Select(rewriter.Rewrite).ToList()),
            Template.Areas.ToDictionary(a => a.Number, a => (IReadOnlyList<string>)a.Improvements.Select(rewriter.Rewrite).ToList()));
        return (docx, expected);
    }

    /// <summary>
    /// Writes <paramref name="count"/> reports into a folder as "&lt;code&gt;-&lt;year&gt;.docx" and ".pdf",
    /// no two for the same municipality and year, none about a municipality the template names.
    /// Returns what each holds.
    /// </summary>
    public IReadOnlyList<ExpectedValues> WriteFolder(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        var specs = DistinctSpecs(count, seed);
        var results = new ExpectedValues[specs.Count];
        Parallel.For(0, specs.Count, i =>
        {
            var report = Generate(specs[i]);
            var stem = Path.Combine(folder, $"{report.Expected.MunicipalityCode}-{report.Expected.Year.ToString(CultureInfo.InvariantCulture)}");
            File.WriteAllBytes(stem + ".docx", report.Docx);
            File.WriteAllBytes(stem + ".pdf", report.Pdf);
            results[i] = report.Expected;
        });
        return results;
    }

    /// <summary><paramref name="count"/> specs with distinct municipality/year pairs, chosen by the seed.</summary>
    public IReadOnlyList<SyntheticReportSpec> DistinctSpecs(int count, int seed)
    {
        var named = NamedMunicipalityCodes;
        var candidates = registry.All.Where(m => !named.Contains(m.Code)).ToList();
        var years = MaxYear - MinYear + 1;
        if (count > candidates.Count * years)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"at most {candidates.Count * years} distinct municipality/year pairs");
        }

        var rng = new SeededRandom((ulong)(uint)seed);
        var pairs = new HashSet<(string, int)>();
        var specs = new List<SyntheticReportSpec>(count);
        while (specs.Count < count)
        {
            var m = candidates[rng.Next(candidates.Count)];
            var year = MinYear + rng.Next(years);
            if (pairs.Add((m.Code, year)))
            {
                specs.Add(new SyntheticReportSpec(m.Name, year, (int)(rng.NextUInt64() & int.MaxValue)));
            }
        }

        return specs;
    }

    private readonly record struct QuestionKey(string Id, int Area);

    private QuestionKey QuestionOf(string id) => new(id, int.Parse(id.AsSpan(0, id.IndexOf('.', StringComparison.Ordinal)), CultureInfo.InvariantCulture));

    /// <summary>A score in [0, max] for every sub-question the template scores, in whole steps of the template's format.</summary>
    private Dictionary<QuestionKey, long> DrawScores(int seed)
    {
        var rng = new SeededRandom(((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ 0x5DEECE66DUL);
        var scores = new Dictionary<QuestionKey, long>();
        foreach (var q in Template.Questions.Where(q => q.Score is not null))
        {
            var steps = format.MaxSteps(q.Max);
            scores[QuestionOf(q.Id)] = (long)rng.Next(steps + 1) * format.StepUnits;
        }

        return scores;
    }

    /// <summary>Rewrites the package with fixed entry timestamps and order, so equal content gives equal bytes.</summary>
    private static byte[] Normalize(byte[] package)
    {
        using var output = new MemoryStream(package.Length);
        StableZip.Rewrite(new MemoryStream(package), output, CompressionLevel.Fastest);
        return output.ToArray();
    }
}
