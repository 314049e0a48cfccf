using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Parsing;

/// <summary>
/// Golden tests: every sample file, DOCX and PDF alike, must give exactly the values of its
/// golden file: metadata, all area scores, every sub-question, every finding, the comparison
/// tables and the validation warnings.
/// </summary>
public sealed class ReportParserGoldenTests
{
    public static TheoryData<string, string> Files => SampleRecords.FilesWithGolden;

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_SampleReport_MetadataMatchesGolden(string file, string golden)
    {
        var expected = GoldenReport.Load(golden);
        var record = SampleRecords.Of(file);

        Assert.Equal(expected.Id, record.Id);
        Assert.Equal(expected.Municipality.Name, record.Municipality.Name);
        Assert.Equal(expected.Municipality.Code, record.Municipality.Code);
        Assert.Equal(expected.Year, record.Year);
        Assert.Equal(DateOnly.Parse(expected.EvaluationDates.From, System.Globalization.CultureInfo.InvariantCulture), record.EvaluationDates?.From);
        Assert.Equal(DateOnly.Parse(expected.EvaluationDates.To, System.Globalization.CultureInfo.InvariantCulture), record.EvaluationDates?.To);
        Assert.Equal(expected.Framework, record.Framework);
        Assert.Equal(
            expected.Evaluators.Select(e => (e.Name, (string?)e.Organisation)),
            record.Evaluators.Select(e => (e.Name, e.Organisation)));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_SampleReport_TotalsMatchGolden(string file, string golden)
    {
        var expected = GoldenReport.Load(golden);
        var record = SampleRecords.Of(file);

        Assert.Equal(expected.Total.Score, record.Total.Score);
        Assert.Equal(expected.Total.Max, record.Total.Max);
        Assert.Equal(expected.Total.OlderScale, record.Total.OlderScale);
        Assert.Equal(expected.Previous?.Year, record.Previous?.Year);
        Assert.Equal(expected.Previous?.Total, record.Previous?.Total);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_SampleReport_AllEightAreaScoresMatchGolden(string file, string golden)
    {
        var expected = GoldenReport.Load(golden);
        var record = SampleRecords.Of(file);

        Assert.Equal(8, record.Areas.Count);
        foreach (var area in expected.Areas)
        {
            var actual = record.Areas.Single(a => a.Number == area.Number);
            Assert.True(area.Score == actual.Score, $"area {area.Number}: score {actual.Score}, expected {area.Score}");
            Assert.True(area.OlderScaleScore == actual.OlderScaleScore, $"area {area.Number}: older scale {actual.OlderScaleScore}, expected {area.OlderScaleScore}");
            Assert.True(area.PreviousScore == actual.PreviousScore, $"area {area.Number}: previous {actual.PreviousScore}, expected {area.PreviousScore}");
            Assert.Equal(100, actual.Max);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_SampleReport_EverySubQuestionMatchesGolden(string file, string golden)
    {
        var expected = GoldenReport.Load(golden);
        var record = SampleRecords.Of(file);

        Assert.Equal(expected.Questions.Count, record.Questions.Count);
        foreach (var q in expected.Questions)
        {
            var actual = record.Questions.SingleOrDefault(x => x.Id == q.Id);
            Assert.True(actual is not null, $"sub-question {q.Id} missing");
            Assert.Equal((q.Id, q.Area, q.Text, q.Max, (double?)q.Score), (actual.Id, actual.Area, actual.Text, actual.Max, actual.Score));
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_SampleReport_EveryFindingMatchesGolden(string file, string golden)
    {
        var expected = GoldenReport.Load(golden);
        var record = SampleRecords.Of(file);

        foreach (var area in expected.Areas)
        {
            var actual = record.Areas.Single(a => a.Number == area.Number);
            Assert.Equal(area.Strengths, actual.Strengths);
            Assert.Equal(area.Improvements, actual.Improvements);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_SampleReport_ComparisonTablesMatchGolden(string file, string golden)
    {
        var expected = GoldenReport.Load(golden);
        var record = SampleRecords.Of(file);

        Assert.Equal(
            expected.Comparisons.Select(c => $"{c.Municipality} {c.Year}: {Scores(c.AreaScores)} = {c.Total}"),
            record.Comparisons.Select(c => $"{c.Municipality.Name} {c.Year}: {Scores(c.AreaScores)} = {c.Total}"));
        NonEmpty.All(record.Comparisons, c => Assert.Matches("^[0-9]{4}$", c.Municipality.Code));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_SampleReport_WarningsMatchGolden(string file, string golden)
    {
        var expected = GoldenReport.Load(golden);
        var record = SampleRecords.Of(file);

        Assert.Equal(
            expected.Warnings.Select(w => $"{w.Code}: {w.Message}"),
            record.Warnings.Select(w => $"{w.Code}: {w.Message}"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_SampleReport_PassagesCarryAreaAndQuestion(string file, string golden)
    {
        var expected = GoldenReport.Load(golden);
        var record = SampleRecords.Of(file);

        foreach (var p in expected.PassagesIncluded)
        {
            var hit = record.Passages.Where(x => x.Text.StartsWith(p.StartsWith, StringComparison.Ordinal)).ToList();
            Assert.True(hit.Count == 1, $"passage starting '{p.StartsWith}' found {hit.Count} times");
            Assert.Equal((p.Area, p.Question), (hit[0].Area, hit[0].Question));
        }

        Assert.DoesNotContain(record.Passages, p => record.Areas.Any(a => a.Strengths.Contains(p.Text) || a.Improvements.Contains(p.Text)));
    }

    private static string Scores(IReadOnlyDictionary<string, double> scores) =>
        string.Join(", ", scores.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}:{kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
}
