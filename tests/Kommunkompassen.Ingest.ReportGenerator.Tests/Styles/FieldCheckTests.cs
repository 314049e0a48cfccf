using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

public sealed class FieldCheckTests
{
    private static StyledExpected Expected => StyledSamples.Draft("plain", "2010").Expected;

    [Fact]
    public void Compare_RecordHoldingExactlyTheExpected_EveryCheckPasses()
    {
        var result = FieldCheck.Default.Compare(Expected, RecordOf(Expected));

        Assert.Empty(result.Failures);
        Assert.Equal(1.0, result.Share);
        var e = Expected;
        var findings = e.Strengths.Values.Concat(e.Improvements.Values).Sum(x => x.Count + 2);
        var comparisons = 1 + e.Comparisons.Count * 10;
        var passages = e.Passages.Count + 8;
        Assert.Equal(5 + 1 + (2 * e.Evaluators.Count) + 2 + (8 * 2) + (3 * e.Questions.Count) + findings + comparisons + 2 + passages, result.Checks);
    }

    [Fact]
    public void Compare_OneAreaScoreWrong_ThatCheckFailsNamedWithBothValues()
    {
        var record = RecordOf(Expected);
        record = record with { Areas = record.Areas.Select(a => a.Number == 3 ? a with { Score = a.Score + 1 } : a).ToList() };

        var failure = Assert.Single(FieldCheck.Default.Compare(Expected, record).Failures);

        Assert.Equal("area[3].score", failure.Field);
        Assert.Equal(Expected.AreaScores[3] + 1, double.Parse(failure.Actual, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Compare_FindingMissing_ThatItemAndTheCountFail_OrderStillHolds()
    {
        var record = RecordOf(Expected);
        record = record with { Areas = record.Areas.Select(a => a.Number == 4 ? a with { Strengths = a.Strengths.Skip(1).ToList() } : a).ToList() };

        var failures = FieldCheck.Default.Compare(Expected, record).Failures.Select(f => f.Field).ToList();

        Assert.Equal(["strengths[4].count", "strengths[4][0]"], failures);
    }

    [Fact]
    public void Compare_FindingsInAnotherOrder_OnlyTheOrderFails()
    {
        var area = Expected.Improvements.First(kv => kv.Value.Count >= 2).Key;
        var record = RecordOf(Expected);
        record = record with { Areas = record.Areas.Select(a => a.Number == area ? a with { Improvements = a.Improvements.Reverse().ToList() } : a).ToList() };

        var failures = FieldCheck.Default.Compare(Expected, record).Failures.Select(f => f.Field).ToList();

        Assert.Equal([$"improvements[{area}].order"], failures);
    }

    [Fact]
    public void Compare_ComparisonColumnMissing_PresentAreasAndTotalFail()
    {
        var record = RecordOf(Expected);
        var gone = Expected.Comparisons[0];
        record = record with { Comparisons = record.Comparisons.Skip(1).ToList() };

        var failures = FieldCheck.Default.Compare(Expected, record).Failures.Select(f => f.Field).ToList();

        Assert.Equal(10, failures.Count(f => f.StartsWith($"comparison[{gone.Code}-{gone.Year}]", StringComparison.Ordinal)));
        Assert.Contains("comparisons.count", failures);
        Assert.Equal(11, failures.Count);
    }

    [Fact]
    public void Compare_PassageUnderAnotherSubQuestionAndAnExtraOne_BothSeen()
    {
        var expected = StyledSamples.Draft("custom-heading-styles", "2010").Expected;
        var record = RecordOf(expected);
        var moved = record.Passages.First(p => p.Area == 5 && p.Question is not null);
        var passages = record.Passages.Select(p => ReferenceEquals(p, moved) ? p with { Question = "5.9" } : p).Append(new Passage(6, null, "Starka sidor", null)).ToList();

        var failures = FieldCheck.Default.Compare(expected, record with { Passages = passages }).Failures.ToList();

        var wrong = Assert.Single(failures, f => f.Field.StartsWith("passage[5]", StringComparison.Ordinal));
        Assert.EndsWith("(under 5.9)", wrong.Actual, StringComparison.Ordinal);
        var extra = Assert.Single(failures, f => f.Field == "passages[6].unexpected");
        Assert.Equal("1", extra.Actual);
        Assert.Single(failures, f => f.Field == "passages[5].unexpected");
        Assert.Equal(3, failures.Count);
    }

    [Fact]
    public void Compare_DatesEvaluatorsAndPrevious_ComparedAsPrinted()
    {
        var record = RecordOf(Expected) with
        {
            EvaluationDates = null,
            Evaluators = [new Evaluator(Expected.Evaluators[0].Name, null)],
            Previous = null,
        };

        var failures = FieldCheck.Default.Compare(Expected, record).Failures.Select(f => f.Field).ToHashSet();

        Assert.Contains("dates", failures);
        Assert.Contains("evaluators.count", failures);
        Assert.Contains("evaluator[0].organisation", failures);
        Assert.DoesNotContain("evaluator[0].name", failures);
        Assert.Contains("evaluator[1].name", failures);
        Assert.Equal(Expected.Previous is not null, failures.Contains("previous.year"));
    }

    [Fact]
    public void Failed_ParseError_EveryCheckFailedWithTheReason()
    {
        var all = FieldCheck.Default.Compare(Expected, RecordOf(Expected));

        var failed = FieldCheck.Default.Failed(Expected, "(parse error)");

        Assert.Equal(all.Checks, failed.Checks);
        Assert.Equal(0, failed.Passed);
        NonEmpty.All(failed.Results, r => Assert.Equal("(parse error)", r.Actual));
    }

    [Fact]
    public void Compare_OptionsWithoutPassages_NoPassageChecks()
    {
        var result = new FieldCheck(new FieldCheckOptions(Passages: false)).Compare(Expected, RecordOf(Expected));

        Assert.DoesNotContain(result.Results, r => r.Field.StartsWith("passage", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_ClassicReport_ReferenceMeansExpectedNone_ARecordWithOneFails()
    {
        var record = RecordOf(Expected);
        record = record with { Areas = record.Areas.Select(a => a.Number == 2 ? a with { ReferenceMean = 55 } : a).ToList() };

        var failure = Assert.Single(FieldCheck.Default.Compare(Expected, record).Failures);

        Assert.Equal(("area[2].referenceMean", "(none)", "55"), (failure.Field, failure.Expected, failure.Actual));
    }

    [Fact]
    public void Compare_2020Report_ReferenceMeansNotRead_EveryAreaAndTheTotalFail()
    {
        var expected = StyledSamples.Draft("plain", "2020").Expected;
        var record = RecordOf(expected);
        record = record with { Areas = record.Areas.Select(a => a with { ReferenceMean = null }).ToList(), Total = record.Total with { ReferenceMean = null } };

        var failures = FieldCheck.Default.Compare(expected, record).Failures.Select(f => f.Field).ToList();

        Assert.Equal(["total.referenceMean", .. Enumerable.Range(1, 8).Select(n => $"area[{n}].referenceMean")], failures);
        Assert.Equal(8, expected.AreaReferenceMeans.Count);
    }

    /// <summary>A reference mean read as the previous evaluation's score (or the other way round) is caught.</summary>
    [Fact]
    public void Compare_2020Report_MeanReadAsTheScore_BothChecksFail()
    {
        var expected = StyledSamples.Draft("plain", "2020").Expected;
        var record = RecordOf(expected);
        record = record with { Areas = record.Areas.Select(a => a.Number == 4 ? a with { Score = a.ReferenceMean, ReferenceMean = a.Score } : a).ToList() };

        var failures = FieldCheck.Default.Compare(expected, record).Failures.Select(f => f.Field).ToList();

        Assert.Equal(["area[4].score", "area[4].referenceMean"], failures);
    }

    public static TheoryData<string, bool, bool> MadeUpReadings => new()
    {
        { "2020", false, false },
        { "2010", false, false },
        { "2020", true, true },
        { string.Empty, false, true },
        { "unknown", false, true },
        { "x-2031", false, true },
    };

    /// <summary>For a version no catalog holds, the parser passes by naming none of the catalogued versions or by warning that it cannot tell.</summary>
    [Theory]
    [MemberData(nameof(MadeUpReadings))]
    public void Compare_MadeUpVersion_FrameworkPassesWhenNoCataloguedVersionNamedOrDoubtWarned(string framework, bool warned, bool ok)
    {
        var expected = StyledSamples.Draft("plain", PrintedFrameworks.MadeUpId).Expected;
        var record = RecordOf(expected) with
        {
            Framework = framework,
            Warnings = warned ? [new ValidationWarning(FieldCheck.FrameworkUncertain, "areas match no known version")] : [],
        };

        var check = FieldCheck.Default.Compare(expected, record).Results.Single(r => r.Field == "framework");

        Assert.Equal(ok, check.Ok);
        Assert.Contains("x-2031", check.Expected, StringComparison.Ordinal);
        Assert.DoesNotContain(FieldCheck.Default.Compare(expected, record).Failures, f => f.Field != "framework");
    }

    [Fact]
    public void Compare_2016Report_FrameworkComparedExactly()
    {
        var expected = StyledSamples.Draft("plain", "2016").Expected;

        var check = FieldCheck.Default.Compare(expected, RecordOf(expected) with { Framework = "2010" }).Results.Single(r => r.Field == "framework");

        Assert.Equal(("2016", "2010", false), (check.Expected, check.Actual, check.Ok));
    }

    /// <summary>A record holding exactly what a styled report says, as a perfect parser would read it.</summary>
    internal static ReportRecord RecordOf(StyledExpected e) =>
        new(
            $"{e.MunicipalityCode}-{e.Year}",
            new MunicipalityRef(e.MunicipalityName, e.MunicipalityCode),
            e.Year,
            e.Dates,
            e.Framework,
            e.Evaluators,
            new TotalScore(e.Total, 800, null) { ReferenceMean = e.TotalReferenceMean },
            e.Previous,
            e.AreaScores.OrderBy(kv => kv.Key)
                .Select(kv => new AreaResult(kv.Key, "x", kv.Value, 100, null, null, e.Strengths[kv.Key], e.Improvements[kv.Key]) { ReferenceMean = e.AreaReferenceMeans.TryGetValue(kv.Key, out var m) ? m : null })
                .ToList(),
            e.Questions.Select(q => new QuestionResult(q.Id, int.Parse(q.Id[..1], System.Globalization.CultureInfo.InvariantCulture), q.Text, q.Max, q.Score)).ToList(),
            e.Passages.Select(p => new Passage(p.Area, p.Question, p.Text, null)).ToList(),
            e.Comparisons.Select(c => new Comparison(
                new MunicipalityRef(c.Name, c.Code),
                c.Year,
                c.AreaScores.ToDictionary(kv => kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), kv => kv.Value),
                c.Total)).ToList(),
            [],
            []);
}
