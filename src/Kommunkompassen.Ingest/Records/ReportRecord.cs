namespace Kommunkompassen.Ingest.Records;

/// <summary>
/// One evaluation report read out into normalised values. This is the data contract of
/// `kk export --format json`: property names map to camelCase JSON fields.
/// </summary>
public sealed record ReportRecord(
    string Id,
    MunicipalityRef Municipality,
    int Year,
    DateRange? EvaluationDates,
    string Framework,
    IReadOnlyList<Evaluator> Evaluators,
    TotalScore Total,
    PreviousEvaluation? Previous,
    IReadOnlyList<AreaResult> Areas,
    IReadOnlyList<QuestionResult> Questions,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<Comparison> Comparisons,
    IReadOnlyList<ValidationWarning> Warnings,
    IReadOnlyList<SourceFile> Sources)
{
    /// <summary>
    /// Every strength and improvement with the sub-question a classifier predicts for it; empty
    /// when no classifier ran. Set by an ingest step, not by the parser.
    /// </summary>
    public IReadOnlyList<ClassifiedFinding> Findings { get; init; } = [];

    /// <summary>Other municipalities the narrative names, e.g. as good examples.</summary>
    public IReadOnlyList<Mention> Mentions { get; init; } = [];

    /// <summary>Evaluations the text lists as done ("Bollebygd (2004), Kungälv (2002, 2006), ...").</summary>
    public IReadOnlyList<KnownEvaluation> KnownEvaluations { get; init; } = [];

    /// <summary>How completely the document was read (of the reading the record keeps); null in records made before it was counted.</summary>
    public ReadSummary? Read { get; init; }
}

/// <summary>
/// How completely a document was read: its blocks (headings, paragraphs, list items, tables,
/// after boxes are opened), how many were read into the record, how many were skipped on purpose
/// (front matter, table of contents, the fixed introduction, section headings), and the characters
/// of the rest, which nothing read.
/// </summary>
public sealed record ReadSummary(int Blocks, int BlocksUsed, int BlocksSkipped, int CharactersUnread)
{
    /// <summary>Blocks neither read nor skipped on purpose.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int BlocksUnread => Blocks - BlocksUsed - BlocksSkipped;
}

/// <summary>An evaluation of a municipality in a year that a report says was done.</summary>
public sealed record KnownEvaluation(MunicipalityRef Municipality, int Year);

/// <summary>A finding with its predicted sub-question (kind is <see cref="FindingKinds.Strength"/> or <see cref="FindingKinds.Improvement"/>).</summary>
public sealed record ClassifiedFinding(int Area, string Kind, string Text, string? PredictedQuestion, double? Confidence)
{
    /// <summary>How the sub-question was found, one of <see cref="FindingMethods"/>; null in records made before it was said.</summary>
    public string? Method { get; init; }
}

/// <summary>How a finding's sub-question was predicted.</summary>
public static class FindingMethods
{
    /// <summary>The trained model of the report's framework version, weighed with the report's narrative.</summary>
    public const string Model = "model";

    /// <summary>
    /// The report's own evidence alone (its sub-question texts, the narrative under their headings,
    /// the list order), for a version without a model; the ids are the report's own.
    /// </summary>
    public const string ReportEvidence = "report-evidence";
}

/// <summary>A municipality by short name and SCB code.</summary>
public sealed record MunicipalityRef(string Name, string Code);

/// <summary>The days the evaluation was carried out (site visit).</summary>
public sealed record DateRange(DateOnly From, DateOnly To);

/// <summary>An evaluator and the organisation they came from.</summary>
public sealed record Evaluator(string Name, string? Organisation);

/// <summary>
/// The total score, the framework's maximum, and where the report gives it the total on the
/// older scale (reports under the revised framework give both).
/// </summary>
public sealed record TotalScore(double? Score, double Max, double? OlderScale)
{
    /// <summary>The mean total of other recently evaluated municipalities the report prints beside its own (2020 revision); null where it prints none.</summary>
    public double? ReferenceMean { get; init; }
}

/// <summary>The previous evaluation the report compares itself with.</summary>
public sealed record PreviousEvaluation(int Year, double? Total);

/// <summary>One of the eight areas with its scores and findings.</summary>
public sealed record AreaResult(
    int Number,
    string Title,
    double? Score,
    double Max,
    double? OlderScaleScore,
    double? PreviousScore,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Improvements)
{
    /// <summary>
    /// The area's concept in the area crosswalk of all framework versions ("employer"), so areas of
    /// reports of different versions are compared by meaning, not number; null for a version the
    /// crosswalk does not hold.
    /// </summary>
    public string? CrosswalkKey { get; init; }

    /// <summary>The mean score of other recently evaluated municipalities the report prints beside this area's ("Effektivitet 83 (64)", a "Medel" column); null where it prints none.</summary>
    public double? ReferenceMean { get; init; }
}

/// <summary>One sub-question with the report's score.</summary>
public sealed record QuestionResult(string Id, int Area, string Text, double Max, double? Score);

/// <summary>A narrative paragraph with the area and, where the report has sub-question headings, the sub-question.</summary>
public sealed record Passage(int Area, string? Question, string Text, int? Page);

/// <summary>Another municipality's scores as a comparison table in this report gives them.</summary>
public sealed record Comparison(
    MunicipalityRef Municipality,
    int? Year,
    IReadOnlyDictionary<string, double> AreaScores,
    double? Total);

/// <summary>
/// Something a reader of the record should know: a fault found by cross-checking the report
/// against itself (never silently fixed), or a part of the report that was not read. The code is
/// one of <see cref="WarningCodes"/>; <see cref="Place"/> says where in the report ("page 12",
/// "Område 3", "table on page 4"), where that is known.
/// </summary>
public sealed record ValidationWarning(string Code, string Message)
{
    public string? Place { get; init; }
}

/// <summary>A file the record was read from.</summary>
public sealed record SourceFile(string FileName, string Format, string Sha256, int? Pages);

/// <summary>A municipality the narrative names (not the evaluated one), where and in which sentence.</summary>
public sealed record Mention(MunicipalityRef Municipality, int Area, string? Question, string Sentence, int? Page)
{
    /// <summary>
    /// The sub-question was not given by a heading above the sentence but inferred by the classify
    /// step, which infers it afresh each time it runs (so new models can classify a stored reading again).
    /// </summary>
    public bool QuestionInferred { get; init; }
}
