using System.Collections.Concurrent;
using System.Globalization;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.ReportGenerator.SampleLayout;
using Kommunkompassen.Ingest.ReportGenerator.Styles;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests;

/// <summary>
/// Reports of the 2016 and 2020 revisions laid out as the Borlänge 2010 sample
/// (<see cref="SampleLayoutRevision"/>), with and without the revision statement, read by
/// <see cref="ReportParser.Default"/> from the DOCX and (two of them) from LibreOffice's PDF:
/// the version, every sub-question as printed, area scores, total, reference means (2020), the
/// findings, and no warning that the report and the catalog disagree.
/// </summary>
public sealed class SampleLayoutRevisionTests
{
    private static readonly Lazy<SampleLayoutRevision> Generator = new(() => new SampleLayoutRevision(Corpus.PathOf(Corpus.Report2010Docx)));
    private static readonly ConcurrentDictionary<string, Lazy<(SampleLayoutReport Report, ReportRecord Record)>> Parsed = new(StringComparer.Ordinal);

    /// <summary>The warnings that say the printed sub-questions or the version do not fit the catalog the parser chose.</summary>
    private static readonly string[] CatalogWarnings =
    [
        WarningCodes.QuestionMissing, WarningCodes.QuestionUnknown, WarningCodes.QuestionTextMismatch,
        WarningCodes.QuestionMaxMismatch, WarningCodes.FrameworkUncertain,
    ];

    /// <summary>Case name → spec: both versions, with and without the statement; the municipalities are not named in the sample.</summary>
    private static readonly Dictionary<string, SampleLayoutSpec> Specs = new(StringComparer.Ordinal)
    {
        ["2016"] = new(PrintedFrameworks.Revision2016Id, "Ödeshög", 2017, 3),
        ["2016-nostatement"] = new(PrintedFrameworks.Revision2016Id, "Upplands Väsby", 2019, 11, SampleStatement.Omitted),
        ["2020"] = new(PrintedFrameworks.Revision2020Id, "Älvdalen", 2021, 5),
        ["2020-nostatement"] = new(PrintedFrameworks.Revision2020Id, "Kiruna", 2023, 17, SampleStatement.Omitted),
        ["2016-samplewidths"] = new(PrintedFrameworks.Revision2016Id, "Ödeshög", 2017, 3) { SampleColumnWidths = true },
        ["2020-samplewidths"] = new(PrintedFrameworks.Revision2020Id, "Älvdalen", 2021, 5) { SampleColumnWidths = true },
    };

    /// <summary>
    /// Case and format: every case as DOCX, the two with statement also as PDF, once with the
    /// figure columns widened (the default) and once with the sample's 850-twip columns, in which
    /// LibreOffice breaks "Uppnådd nivå" and "Medel" inside words.
    /// </summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "2016", "docx" },
        { "2016-nostatement", "docx" },
        { "2020", "docx" },
        { "2020-nostatement", "docx" },
        { "2016", "pdf" },
        { "2020", "pdf" },
        { "2016-samplewidths", "pdf" },
        { "2020-samplewidths", "pdf" },
    };

    public static TheoryData<string, string> Cases2020 => new()
    {
        { "2020", "docx" },
        { "2020-nostatement", "docx" },
        { "2020", "pdf" },
        { "2020-samplewidths", "pdf" },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Parse_SampleLayoutRevision_FrameworkIsTheVersion(string name, string format)
    {
        var (report, record) = Read(name, format);

        Assert.True(report.Expected.Framework == record.Framework, $"framework: expected {report.Expected.Framework}, read {record.Framework}; {Describe(record)}");
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Parse_SampleLayoutRevision_QuestionsExactlyAsPrinted(string name, string format)
    {
        var (report, record) = Read(name, format);

        var expected = report.Expected.Questions.Select(q => Line(q.Id, q.Text, q.Max, q.Score)).ToList();
        var actual = record.Questions.Select(q => Line(q.Id, q.Text, q.Max, q.Score)).ToList();
        Assert.Equal(expected, actual);
        NonEmpty.All(record.Questions, q => Assert.Equal(int.Parse(q.Id.Split('.')[0], CultureInfo.InvariantCulture), q.Area));
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Parse_SampleLayoutRevision_AreaScoresAndTotalAsPrinted(string name, string format)
    {
        var (report, record) = Read(name, format);

        Assert.Equal(
            report.Expected.AreaScores.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}: {Number(kv.Value)}"),
            record.Areas.OrderBy(a => a.Number).Select(a => $"{a.Number}: {Number(a.Score)}"));
        Assert.Equal(Number(report.Expected.Total), Number(record.Total.Score));
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Parse_SampleLayoutRevision_AreaTitlesAreTheVersions(string name, string format)
    {
        var (report, record) = Read(name, format);
        var framework = report.Spec.FrameworkId == PrintedFrameworks.Revision2016Id ? PrintedFrameworks.Revision2016 : PrintedFrameworks.Revision2020;

        Assert.Equal(
            framework.Areas.Select(a => $"{a.Number} {a.Title}"),
            record.Areas.OrderBy(a => a.Number).Select(a => $"{a.Number} {a.Title}"));
    }

    [SkippableTheory]
    [MemberData(nameof(Cases2020))]
    public void Parse_SampleLayoutRevision2020_ReferenceMeansOfTheMedelColumn(string name, string format)
    {
        var (report, record) = Read(name, format);

        Assert.Equal(8, report.Expected.AreaReferenceMeans.Count);
        Assert.Equal(
            report.Expected.AreaReferenceMeans.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}: {Number(kv.Value)}"),
            record.Areas.OrderBy(a => a.Number).Select(a => $"{a.Number}: {Number(a.ReferenceMean)}"));
        Assert.Equal(Number(report.Expected.TotalReferenceMean), Number(record.Total.ReferenceMean));
    }

    [SkippableTheory]
    [InlineData("2016", "docx")]
    [InlineData("2016-nostatement", "docx")]
    [InlineData("2016", "pdf")]
    public void Parse_SampleLayoutRevision2016_NoReferenceMeans(string name, string format)
    {
        var (_, record) = Read(name, format);

        NonEmpty.All(record.Areas, a => Assert.Null(a.ReferenceMean));
        Assert.Null(record.Total.ReferenceMean);
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Parse_SampleLayoutRevision_NoCatalogWarnings(string name, string format)
    {
        var (_, record) = Read(name, format);

        var catalog = record.Warnings.Where(w => CatalogWarnings.Contains(w.Code)).Select(w => $"{w.Code}: {w.Message}").ToList();
        Assert.Empty(catalog);
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Parse_SampleLayoutRevision_CatalogFromReportNoted(string name, string format)
    {
        var (_, record) = Read(name, format);

        Assert.Contains(WarningCodes.FrameworkCatalogFromReport, record.Warnings.Select(w => w.Code));
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Parse_SampleLayoutRevision_FindingsAsInTheSample(string name, string format)
    {
        var (report, record) = Read(name, format);

        foreach (var area in Enumerable.Range(1, 8))
        {
            var read = record.Areas.FirstOrDefault(a => a.Number == area);
            Assert.Equal(report.Expected.Strengths[area], read?.Strengths ?? []);
            Assert.Equal(report.Expected.Improvements[area], read?.Improvements ?? []);
        }
    }

    /// <summary>Every field <see cref="FieldCheck"/> compares (narrative passages aside: the generator does not list them), the failures named.</summary>
    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Parse_SampleLayoutRevision_EveryCheckedFieldAgrees(string name, string format)
    {
        var (report, record) = Read(name, format);

        var result = new FieldCheck(new FieldCheckOptions(Passages: false)).Compare(report.Expected, record);

        Assert.Empty(result.Failures.Select(f => $"{f.Field}: expected {f.Expected}, read {f.Actual}"));
    }

    [Fact]
    public void Generate_SameSpec_ByteIdenticalDocx()
    {
        var spec = Specs["2020"] with { Seed = 123 };

        var first = Generator.Value.Generate(spec);
        var second = Generator.Value.Generate(spec);

        Assert.Equal(first.Docx, second.Docx);
        Assert.Equal(first.Expected.Questions, second.Expected.Questions);
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2020")]
    public void Generate_Scores_WithinMaximaSummedToAreasAndTotal(string name)
    {
        var expected = Report(name).Expected;

        NonEmpty.All(expected.Questions, q => Assert.InRange(q.Score, 0, q.Max));
        foreach (var (area, score) in expected.AreaScores)
        {
            Assert.Equal(expected.Questions.Where(q => q.Id.StartsWith($"{area}.", StringComparison.Ordinal)).Sum(q => q.Score), score, 9);
        }

        Assert.Equal(expected.AreaScores.Values.Sum(), expected.Total, 9);
        // Not every version prints reference means.
        Assert.All(expected.AreaReferenceMeans, kv => Assert.NotEqual(expected.AreaScores[kv.Key], kv.Value));
        Assert.NotEqual(expected.Total, expected.TotalReferenceMean);
    }

    [Theory]
    [InlineData("2016", "Kommunkompassen reviderades åren 2010 och 2016 för att", "SKL")]
    [InlineData("2020", "Kommunkompassen reviderades 2020 för att", "SKR")]
    public void Generate_Statement_VersionAndPublisherInTheText(string name, string statement, string publisher)
    {
        var text = TextOf(Report(name).Docx);

        Assert.Contains(statement, text, StringComparison.Ordinal);
        Assert.Contains(publisher, text, StringComparison.Ordinal);
        Assert.DoesNotContain("reviderades år 2010", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Äldre poängskala", text, StringComparison.Ordinal);
        if (publisher == "SKR")
        {
            Assert.DoesNotContain("SKL", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Landsting", text, StringComparison.Ordinal);
            Assert.Contains("Medel", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2016-nostatement")]
    [InlineData("2020-nostatement")]
    public void Generate_NoStatement_NoRevisionSentence(string name)
    {
        var text = TextOf(Report(name).Docx);

        Assert.DoesNotContain("reviderades", text, StringComparison.Ordinal);
        Assert.Contains("Revideringen har gjorts tillsammans med", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2016")]
    [InlineData("2020")]
    public void Generate_AreaHeadingsAndQuestionHeadings_TheVersions(string name)
    {
        var report = Report(name);
        var framework = report.Spec.FrameworkId == PrintedFrameworks.Revision2016Id ? PrintedFrameworks.Revision2016 : PrintedFrameworks.Revision2020;
        var paragraphs = Paragraphs(report.Docx);

        foreach (var area in framework.Areas)
        {
            Assert.Contains($"Område {area.Number} {area.Title}", paragraphs);
            NonEmpty.All(area.Questions, q => Assert.Contains($"{q.Id} {q.Text}", paragraphs));
        }

        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Område 7 Verksamhetsutveckling", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_YearOutsideVersionOrNamedMunicipality_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Generator.Value.Generate(new SampleLayoutSpec(PrintedFrameworks.Revision2016Id, "Ödeshög", 2020, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generator.Value.Generate(new SampleLayoutSpec(PrintedFrameworks.Revision2020Id, "Ödeshög", 2019, 1)));
        Assert.Throws<ArgumentException>(() => Generator.Value.Generate(new SampleLayoutSpec(PrintedFrameworks.Revision2010Id, "Ödeshög", 2012, 1)));
        Assert.Throws<ArgumentException>(() => Generator.Value.Generate(new SampleLayoutSpec(PrintedFrameworks.Revision2020Id, "Skövde", 2021, 1)));
    }

    private static SampleLayoutReport Report(string name) => Read(name, "docx").Report;

    /// <summary>The report as generated, read from its DOCX or from LibreOffice's PDF of it (skipped, with the reason, without LibreOffice).</summary>
    private static (SampleLayoutReport Report, ReportRecord Record) Read(string name, string format)
    {
        if (format == "pdf")
        {
            RequiredTools.LibreOffice();
        }

        return Parsed.GetOrAdd($"{name}/{format}", key => new Lazy<(SampleLayoutReport, ReportRecord)>(() =>
        {
            var report = Generator.Value.Generate(Specs[name]);
            var bytes = format == "docx" ? report.Docx : SampleLayoutRevision.RenderPdf(report);
            if (Environment.GetEnvironmentVariable("KK_SAMPLE_LAYOUT_OUT") is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllBytes(Path.Combine(folder, $"{name}.{format}"), bytes);
            }

            return (report, ReportParser.Default.Parse(DocumentLoader.Default.Load(bytes, $"generated.{format}")));
        })).Value;
    }

    private static List<string> Paragraphs(byte[] docx) => ParagraphTexts(docx);

    private static List<string> ParagraphTexts(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => string.Concat(p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)))
            .ToList();
    }

    private static string TextOf(byte[] docx) => string.Join('\n', ParagraphTexts(docx));

    private static string Line(string id, string text, double max, double? score) => $"{id} | {text} | max {Number(max)} | score {Number(score)}";

    private static string Number(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "(none)";

    private static string Describe(ReportRecord record) =>
        "warnings: " + string.Join("; ", record.Warnings.Select(w => $"{w.Code}: {w.Message}"));
}
