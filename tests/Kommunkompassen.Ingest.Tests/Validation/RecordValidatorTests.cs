using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Validation;

namespace Kommunkompassen.Ingest.Tests.Validation;

public sealed class RecordValidatorTests
{
    private static readonly Framework Tiny = new(
        "T", "test", 2000, 2100, null, 100,
        [
            new FrameworkArea(1, "Ett", [], [new FrameworkQuestion("1.1", "A?", 60), new FrameworkQuestion("1.2", "B?", 40)]),
        ]);

    private static Figure F(double v, double half = 0.05) => new(v, half);

    private static IReadOnlyList<ValidationWarning> Validate(
        IReadOnlyList<ScoredQuestion> questions,
        AreaSummary? summary = null,
        IReadOnlyList<AreaRow>? rows = null,
        IReadOnlyList<ComparisonColumn>? comparisons = null) =>
        RecordValidator.Validate(new ValidationInput(Tiny, new MunicipalityRef("Åre", "2321"), 2005, questions, rows ?? [], summary, comparisons ?? [], new HashSet<string>()));

    private static ScoredQuestion Q(string id, double max, double score, double? pct = null) =>
        new(id, 1, "q", F(max, 0.5), F(score), pct is { } p ? F(p, 0.5) : null);

    private static AreaSummary Summary(double area, double total, double? previous = null, double? change = null) =>
        new(
            new Dictionary<int, AreaSummaryRow> { [1] = new("Ett", F(area, 0.5), null, previous is { } p ? F(p) : null, change is { } c ? F(c, 0.5) : null) },
            new AreaSummaryRow("Totalt", F(total, 0.5), null, null, null),
            previous is null ? null : 2003,
            false);

    [Fact]
    public void Validate_ConsistentReport_NoWarnings()
    {
        var warnings = Validate([Q("1.1", 60, 50, 83), Q("1.2", 40, 30, 75)], Summary(80, 80));

        Assert.Empty(warnings);
    }

    [Fact]
    public void Validate_AreaScoreDisagreesWithSubQuestionSum_Warns()
    {
        var warnings = Validate([Q("1.1", 60, 50), Q("1.2", 40, 34)], Summary(80, 80));

        Assert.Contains(warnings, w => w.Code == "area-sum-mismatch" && w.Message == "area 1: score 80 but its sub-questions sum to 84");
        Assert.Contains(warnings, w => w.Code == "total-questions-mismatch");
    }

    [Fact]
    public void Validate_DifferenceWithinPrintedRounding_NoWarning()
    {
        // 36.6 rounds to 37 in a table of whole numbers.
        var warnings = Validate([Q("1.1", 60, 20.3), Q("1.2", 40, 16.3)], Summary(37, 37));

        Assert.Empty(warnings);
    }

    [Fact]
    public void Validate_PercentageDisagreesWithScoreOverMax_Warns()
    {
        var warnings = Validate([Q("1.1", 60, 30, 60), Q("1.2", 40, 40, 100)], Summary(70, 70));

        var w = Assert.Single(warnings);
        Assert.Equal("percent-mismatch", w.Code);
        Assert.Equal("sub-question 1.1: 60% printed, but 30 of 60 is 50%", w.Message);
    }

    [Fact]
    public void Validate_ChangePercentWrong_Warns()
    {
        var warnings = Validate([Q("1.1", 60, 50), Q("1.2", 40, 30)], Summary(80, 80, previous: 72.5, change: 13));

        Assert.Equal(["change-percent-mismatch"], warnings.Select(w => w.Code));
    }

    [Fact]
    public void Validate_MissingSubQuestion_Warns()
    {
        var warnings = Validate([Q("1.1", 60, 50)]);

        Assert.Equal(["question-missing"], warnings.Select(w => w.Code));
    }

    [Fact]
    public void Validate_ComparisonColumnTotalWrong_Warns()
    {
        var column = new ComparisonColumn(
            new Kommunkompassen.Ingest.Municipalities.Municipality("Mora", "2062", "Dalarnas län"),
            2004,
            new Dictionary<int, Figure> { [1] = F(40), [2] = F(41.5) },
            F(85));

        var warnings = Validate([Q("1.1", 60, 50), Q("1.2", 40, 30)], comparisons: [column]);

        Assert.Equal(["comparison-total-mismatch: comparison table, Mora 2004: total 85 but its areas sum to 81.5"], warnings.Select(w => $"{w.Code}: {w.Message}"));
    }

    [Fact]
    public void Validate_ComparisonFigureAboveTheAreasMax_WarnsTheColumnIsUnread()
    {
        var column = new ComparisonColumn(
            new Kommunkompassen.Ingest.Municipalities.Municipality("Nora", "1884", "Örebro län"),
            2008,
            new Dictionary<int, Figure> { [1] = F(85542, 0.5) },
            null);

        var warning = Assert.Single(Validate([Q("1.1", 60, 30), Q("1.2", 40, 20)], comparisons: [column]), w => w.Code == WarningCodes.ComparisonUnread);

        Assert.Equal("comparison table, Nora 2008: area 1 reads 85542, more than the area's maximum 100 (two figures run together?); the column is not to be trusted", warning.Message);
    }
}
