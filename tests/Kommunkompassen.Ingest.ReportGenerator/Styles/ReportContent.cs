using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>How a report states when the evaluation took place.</summary>
public enum DateForm
{
    /// <summary>"7–8 september 2005".</summary>
    DayRange,

    /// <summary>"2010-06-15--17".</summary>
    IsoRange,

    /// <summary>"30 september–1 oktober 2008": the visit spans a month's end.</summary>
    CrossMonth,

    /// <summary>"september 2007": the month and year only, no days.</summary>
    MonthOnly,
}

/// <summary>The days of the site visit; with <see cref="DateForm.MonthOnly"/> only the month of <see cref="From"/> is known to a reader.</summary>
public sealed record EvaluationDates(DateForm Form, DateOnly From, DateOnly To);

/// <summary>An evaluator: name, organisation, and a role the report may print with it ("senior konsult").</summary>
public sealed record EvaluatorContent(string Name, Organisation Organisation, string? Role);

/// <summary>A sub-question as the report scores it: the catalog's id, text and maximum, and the points given.</summary>
public sealed record QuestionContent(string Id, int Area, string Text, double Max, double Score);

/// <summary>A narrative paragraph of an area; <see cref="Question"/> is the sub-question it is written under, null for the area's opening text.</summary>
public sealed record PassageContent(int Area, string? Question, string Text);

/// <summary>
/// An area: its title as the report prints it (the catalog's, or one of its aliases), maximum,
/// score (the sum of its sub-questions), narrative and findings, and the mean score of recently
/// evaluated municipalities printed beside its own (2020 reports; null where none is printed).
/// </summary>
public sealed record AreaContent(
    int Number,
    string Title,
    double Max,
    double Score,
    IReadOnlyList<QuestionContent> Questions,
    IReadOnlyList<PassageContent> Passages,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Improvements,
    double? ReferenceMean = null);

/// <summary>The previous evaluation the report compares with.</summary>
public sealed record PreviousContent(int Year, IReadOnlyDictionary<int, double> AreaScores, double Total);

/// <summary>A column (or row) of the comparison table: a municipality's evaluation, or the report's own (<see cref="IsSelf"/>).</summary>
public sealed record ComparisonContent(Municipality Municipality, int Year, IReadOnlyDictionary<int, double> AreaScores, double Total, bool IsSelf);

/// <summary>Whether a report says which version of the framework it uses.</summary>
public enum StatementChoice
{
    /// <summary>Drawn from the seed: most reports of a version with statements say it, some do not.</summary>
    Drawn,

    /// <summary>The report says it (where its version has anything to say: 2016, 2020, the made-up version).</summary>
    Printed,

    /// <summary>The report does not say it: only area titles, sub-questions and the year tell.</summary>
    Absent,
}

/// <summary>Where a report says which version it uses.</summary>
public enum StatementPlacement
{
    /// <summary>A paragraph of the introduction, after its first paragraph.</summary>
    Introduction,

    /// <summary>A line of the title page, after the title.</summary>
    FrontPage,
}

/// <summary>What a report says about its framework version ("Kommunkompassen ... reviderades åren 2010 och 2016.") and where.</summary>
public sealed record RevisionStatement(string Text, StatementPlacement Placement);

/// <summary>What to draw a report's content for: framework, seed, and optionally the municipality and year (else drawn from the seed).</summary>
public sealed record ContentRequest(string FrameworkId, int Seed)
{
    public string? Municipality { get; init; }

    public int? Year { get; init; }

    public DateForm Dates { get; init; } = DateForm.DayRange;

    /// <summary>One area gets the most findings, each long, so a box holding them runs over a page.</summary>
    public bool LongFindings { get; init; }

    /// <summary>Whether the report says which framework version it uses (see <see cref="ReportContent.Statement"/>).</summary>
    public StatementChoice Statement { get; init; } = StatementChoice.Drawn;
}

/// <summary>
/// Everything one report says, independent of how it is laid out: municipality, year, dates,
/// evaluators, sub-question and area scores (areas sum their sub-questions, the total sums the
/// areas), the previous evaluation, the comparison table, narrative and findings per area, what
/// the report says about its framework version (null where it says nothing) and, in 2020
/// reports, the reference means. Drawn deterministically by <see cref="Draw"/> from
/// <see cref="PrintedFrameworks.Catalog"/>; the same request gives the same content.
/// </summary>
public sealed record ReportContent(
    Framework Framework,
    Municipality Municipality,
    int Year,
    EvaluationDates Dates,
    DateOnly PrintDate,
    IReadOnlyList<EvaluatorContent> Evaluators,
    bool HalfPoints,
    IReadOnlyList<AreaContent> Areas,
    PreviousContent? Previous,
    IReadOnlyList<ComparisonContent> Comparisons,
    IReadOnlyList<string> Introduction,
    IReadOnlyList<string> Summary,
    RevisionStatement? Statement = null)
{
    /// <summary>The sample reports' municipalities, never the evaluated one here.</summary>
    public static IReadOnlySet<string> SampleMunicipalities { get; } = new HashSet<string>(StringComparer.Ordinal) { "Botkyrka", "Borlänge" };

    public double Total => Areas.Sum(a => a.Score);

    public double TotalMax => Areas.Sum(a => a.Max);

    public IEnumerable<QuestionContent> Questions => Areas.SelectMany(a => a.Questions);

    /// <summary>The mean total of recently evaluated municipalities (the sum of the areas' means, as they are means over the same municipalities); null where the areas have none.</summary>
    public double? TotalReferenceMean =>
        Areas.Count > 0 && Areas.All(a => a.ReferenceMean is not null) ? Areas.Sum(a => a.ReferenceMean!.Value) : null;

    /// <summary>Whether a parser should name the report's version (false for the made-up version).</summary>
    public bool FrameworkCatalogued => PrintedFrameworks.IsCatalogued(Framework.Id);

    /// <summary>The content of a request, in any version of <see cref="PrintedFrameworks.Catalog"/>.</summary>
    public static ReportContent Draw(ContentRequest request) => ContentDrawer.Draw(request, PrintedFrameworks.Catalog, MunicipalityRegistry.Default);
}
