using System.Collections.Concurrent;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.ReportGenerator;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests;

public sealed class ReportGeneratorTests
{
    private static readonly ConcurrentDictionary<string, Lazy<ReportGenerator>> Generators = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string, string, int, int), Lazy<GeneratedReport>> Reports = new();

    /// <summary>Template, municipality (with å/ä/ö, a two-word name) and year of the generated report.</summary>
    public static TheoryData<string, string, int> Cases => new()
    {
        { Corpus.Report2005Docx, "Ödeshög", 2007 },
        { Corpus.Report2005Docx, "Upplands Väsby", 2004 },
        { Corpus.Report2010Docx, "Älvdalen", 2013 },
        { Corpus.Report2010Docx, "Upplands Väsby", 2010 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generate_Template_DocxParsesToExpectedScores(string template, string municipality, int year)
    {
        var report = ReportFor(template, municipality, year, seed: 7);
        AssertMatches(report.Expected, Parse(report.Docx, "generated.docx"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generate_Template_PdfParsesToExpectedScores(string template, string municipality, int year)
    {
        var report = ReportFor(template, municipality, year, seed: 7);
        AssertMatches(report.Expected, Parse(report.Pdf, "generated.pdf"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generate_Template_DocxAndPdfReadingsAgree(string template, string municipality, int year)
    {
        var report = ReportFor(template, municipality, year, seed: 7);
        var docx = Parse(report.Docx, "generated.docx");
        var pdf = Parse(report.Pdf, "generated.pdf");

        Assert.Equal(docx.Municipality, pdf.Municipality);
        Assert.Equal(docx.Year, pdf.Year);
        Assert.Equal(docx.Framework, pdf.Framework);
        Assert.Equal(docx.Total.Score, pdf.Total.Score);
        Assert.Equal(docx.Areas.Select(a => (a.Number, a.Score)), pdf.Areas.Select(a => (a.Number, a.Score)));
        Assert.Equal(docx.Questions.Select(q => (q.Id, q.Score)), pdf.Questions.Select(q => (q.Id, q.Score)));
        Assert.Equal(docx.Areas.SelectMany(a => a.Strengths), pdf.Areas.SelectMany(a => a.Strengths));
        Assert.Equal(docx.Areas.SelectMany(a => a.Improvements), pdf.Areas.SelectMany(a => a.Improvements));
        Assert.Equal(docx.Warnings.Select(w => w.Code), pdf.Warnings.Select(w => w.Code));
    }

    /// <summary>
    /// Every figure the generator writes agrees with every other (sub-questions, subtotals,
    /// percentages, area summary, change against the previous evaluation, the own comparison
    /// column), so the parser's cross-checks find nothing; the templates' own faults (2005:
    /// area 6 and the comparison column) are overwritten.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Generate_Template_ValidationWarningsAreExactlyTheExpected(string template, string municipality, int year)
    {
        var report = ReportFor(template, municipality, year, seed: 7);
        string[] expected = [];

        Assert.Equal(expected, Parse(report.Docx, "generated.docx").Warnings.Select(w => w.Code));
        Assert.Equal(expected, Parse(report.Pdf, "generated.pdf").Warnings.Select(w => w.Code));
    }

    [Theory]
    [InlineData(Corpus.Report2005Docx)]
    [InlineData(Corpus.Report2010Docx)]
    public void Generate_SameSeed_ByteIdenticalDocx(string template)
    {
        var generator = GeneratorFor(template);
        var spec = new SyntheticReportSpec("Ödeshög", generator.MinYear + 2, 123);

        var first = generator.GenerateDocx(spec);
        var second = generator.GenerateDocx(spec);

        Assert.Equal(first.Docx, second.Docx);
        Assert.Equal(first.Expected.QuestionScores, second.Expected.QuestionScores);
    }

    [Theory]
    [InlineData(Corpus.Report2005Docx)]
    [InlineData(Corpus.Report2010Docx)]
    public void Generate_DifferentSeeds_DifferentScores(string template)
    {
        var generator = GeneratorFor(template);
        var a = generator.GenerateDocx(new SyntheticReportSpec("Ödeshög", generator.MinYear, 1)).Expected;
        var b = generator.GenerateDocx(new SyntheticReportSpec("Ödeshög", generator.MinYear, 2)).Expected;

        Assert.NotEqual(a.QuestionScores.OrderBy(kv => kv.Key, StringComparer.Ordinal), b.QuestionScores.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Corpus.Report2005Docx)]
    [InlineData(Corpus.Report2010Docx)]
    public void Generate_Scores_WithinMaxAndSummedUp(string template)
    {
        var generator = GeneratorFor(template);
        var expected = generator.GenerateDocx(new SyntheticReportSpec("Ödeshög", generator.MinYear, 99)).Expected;
        var max = generator.Template.Questions.ToDictionary(q => q.Id, q => q.Max, StringComparer.Ordinal);

        Assert.Equal(generator.Template.Questions.Count(q => q.Score is not null), expected.QuestionScores.Count);
        NonEmpty.All(expected.QuestionScores, kv => Assert.InRange(kv.Value, 0, max[kv.Key]));
        Assert.Equal(8, expected.AreaScores.Count);
        foreach (var (area, score) in expected.AreaScores)
        {
            var sum = expected.QuestionScores.Where(kv => kv.Key.StartsWith($"{area}.", StringComparison.Ordinal)).Sum(kv => kv.Value);
            Assert.Equal(sum, score, 9);
        }

        Assert.Equal(expected.AreaScores.Values.Sum(), expected.Total, 9);
    }

    [Fact]
    public void Generate_UnknownMunicipalityOrYearOutsideFramework_Throws()
    {
        var generator = GeneratorFor(Corpus.Report2010Docx);

        Assert.Throws<ArgumentException>(() => generator.GenerateDocx(new SyntheticReportSpec("Atlantis", 2012, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.GenerateDocx(new SyntheticReportSpec("Ödeshög", generator.MinYear - 1, 1)));
    }

    [Fact]
    public void WriteFolder_WritesDistinctMunicipalityYearPairs()
    {
        var generator = GeneratorFor(Corpus.Report2010Docx);
        using var temp = new TempArchive("kk-generator-");
        var folder = temp.Other("reports"); // made by WriteFolder

        var written = generator.WriteFolder(folder, 3, seed: 5);

        Assert.Equal(3, written.Select(e => (e.MunicipalityCode, e.Year)).Distinct().Count());
        NonEmpty.All(written, e => Assert.DoesNotContain(e.MunicipalityCode, generator.NamedMunicipalityCodes));
        var files = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var names = written.SelectMany(e => new[] { $"{e.MunicipalityCode}-{e.Year}.docx", $"{e.MunicipalityCode}-{e.Year}.pdf" }).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, files);
    }

    [Fact]
    public void DistinctSpecs_ManyReports_NoRepeatedPair()
    {
        var specs = GeneratorFor(Corpus.Report2005Docx).DistinctSpecs(1000, seed: 3);

        Assert.Equal(1000, specs.Select(s => (s.MunicipalityName, s.Year)).Distinct().Count());
    }

    private static void AssertMatches(ExpectedValues expected, ReportRecord actual)
    {
        Assert.Equal(new MunicipalityRef(expected.MunicipalityName, expected.MunicipalityCode), actual.Municipality);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.Framework, actual.Framework);
        Assert.Equal(expected.Total, actual.Total.Score);
        Assert.Equal(
            expected.AreaScores.OrderBy(kv => kv.Key).Select(kv => (kv.Key, (double?)kv.Value)),
            actual.Areas.Select(a => (a.Number, a.Score)));
        Assert.Equal(
            expected.QuestionScores.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, (double?)kv.Value)),
            actual.Questions.Where(q => q.Score is not null).OrderBy(q => q.Id, StringComparer.Ordinal).Select(q => (q.Id, q.Score)));
        NonEmpty.All(actual.Questions, q => Assert.True(expected.QuestionScores.ContainsKey(q.Id) || q.Score is null, q.Id));
        foreach (var area in actual.Areas)
        {
            Assert.Equal(expected.Strengths[area.Number], area.Strengths);
            Assert.Equal(expected.Improvements[area.Number], area.Improvements);
        }

        Assert.Contains(actual.Areas, a => a.Strengths.Count > 0);
    }

    private static ReportRecord Parse(byte[] bytes, string fileName) =>
        ReportParser.Default.Parse(DocumentLoader.Default.Load(bytes, fileName));

    private static ReportGenerator GeneratorFor(string template) =>
        Generators.GetOrAdd(template, t => new Lazy<ReportGenerator>(() => new ReportGenerator(Corpus.PathOf(t)))).Value;

    private static GeneratedReport ReportFor(string template, string municipality, int year, int seed) =>
        Reports.GetOrAdd((template, municipality, year, seed), key => new Lazy<GeneratedReport>(() =>
        {
            var generator = GeneratorFor(key.Item1);
            Assert.NotNull(MunicipalityRegistry.Default.Find(key.Item2));
            return generator.Generate(new SyntheticReportSpec(key.Item2, key.Item3, key.Item4));
        })).Value;
}
