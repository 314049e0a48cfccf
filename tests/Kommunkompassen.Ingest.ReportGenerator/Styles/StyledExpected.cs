using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>A sub-question as the report prints it: id, printed text, maximum and score.</summary>
public sealed record ExpectedQuestion(string Id, string Text, double Max, double Score);

/// <summary>Another municipality's evaluation as the comparison table gives it.</summary>
public sealed record ExpectedComparison(string Code, string Name, int Year, IReadOnlyDictionary<int, double> AreaScores, double Total);

/// <summary>A narrative passage: area, sub-question heading it is under (null when none), text.</summary>
public sealed record ExpectedPassage(int Area, string? Question, string Text);

/// <summary>
/// Every value a parser should read from a styled report, as the report prints it: the
/// municipality, year, evaluation dates (null when only the month is given), evaluators
/// (organisation null when the report gives none), framework, total, area scores, every
/// sub-question, the findings per area, the other municipalities of the comparison table, the
/// previous evaluation (null when the report shows none) and the narrative passages; whether
/// the framework is one a parser should name, and the reference means. The last three are
/// properties, not parameters, so manifests written before them still read (as a catalogued
/// version without reference means).
/// </summary>
public sealed record StyledExpected(
    string MunicipalityName,
    string MunicipalityCode,
    int Year,
    DateRange? Dates,
    IReadOnlyList<Evaluator> Evaluators,
    string Framework,
    double Total,
    IReadOnlyDictionary<int, double> AreaScores,
    IReadOnlyList<ExpectedQuestion> Questions,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Strengths,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Improvements,
    IReadOnlyList<ExpectedComparison> Comparisons,
    PreviousEvaluation? Previous,
    IReadOnlyList<ExpectedPassage> Passages)
{
    /// <summary>
    /// False for a version no catalog holds (the made-up one): <see cref="Framework"/> is then
    /// the true id, and a parser should say it does not know the version rather than name one.
    /// </summary>
    public bool FrameworkCatalogued { get; init; } = true;

    /// <summary>The mean of recently evaluated municipalities printed beside each area's score, by area number; empty where the report prints none.</summary>
    public IReadOnlyDictionary<int, double> AreaReferenceMeans { get; init; } = new Dictionary<int, double>();

    /// <summary>The mean total printed beside the report's total; null where the report prints none.</summary>
    public double? TotalReferenceMean { get; init; }
}
