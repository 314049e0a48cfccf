using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Records;

/// <summary>
/// Every code a record's <see cref="ValidationWarning"/> can carry, in one place. The README's
/// "Validation warnings" table explains each.
/// </summary>
public static class WarningCodes
{
    // The report against itself.
    public const string AreaSumMismatch = "area-sum-mismatch";
    public const string AreaSubtotalMismatch = "area-subtotal-mismatch";
    public const string TotalMismatch = "total-mismatch";
    public const string TotalQuestionsMismatch = "total-questions-mismatch";
    public const string PercentMismatch = "percent-mismatch";
    public const string ChangePercentMismatch = "change-percent-mismatch";
    public const string ComparisonTotalMismatch = "comparison-total-mismatch";
    public const string ComparisonSelfMismatch = "comparison-self-mismatch";

    // The report against the framework catalog.
    public const string QuestionMissing = "question-missing";
    public const string QuestionUnknown = "question-unknown";
    public const string QuestionMaxMismatch = "question-max-mismatch";

    /// <summary>A printed sub-question has a catalogued id and maximum but asks another question.</summary>
    public const string QuestionTextMismatch = "question-text-mismatch";

    // Which framework version the report follows.
    /// <summary>The version is in doubt: a close runner-up, thin evidence, or no catalogued version fits (then the record's framework is "unknown").</summary>
    public const string FrameworkUncertain = "framework-uncertain";

    /// <summary>A note: the version's sub-questions are not catalogued, so the report's own score table is the catalog.</summary>
    public const string FrameworkCatalogFromReport = "framework-catalog-from-report";

    // What the parser could not find or read.
    public const string AreaSummaryMissing = "area-summary-missing";
    public const string TextUnread = ReadNoteCodes.TextUnread;
    public const string ComparisonUnread = "comparison-unread";
    public const string FindingsMissing = "findings-missing";
    public const string NarrativeMissing = "narrative-missing";
    public const string EvaluatorsMissing = "evaluators-missing";

    // Who and when: the record's identity (municipality and year) is in doubt.
    public const string IdentityUncertain = "identity-uncertain";

    /// <summary>The codes that say part of the report was not read: what `kk ingest` lists after its summary.</summary>
    public static IReadOnlySet<string> Losses { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        TextUnread, ComparisonUnread, FindingsMissing, NarrativeMissing, QuestionMissing, AreaSummaryMissing, EvaluatorsMissing,
    };

    // Whether the file is plausibly one report.
    /// <summary>A large share of the text appears more than once: part of the report may be in the file twice.</summary>
    public const string ContentRepeated = "content-repeated";

    /// <summary>The document is far longer than a report.</summary>
    public const string DocumentLong = "document-long";

    /// <summary>A sub-question is scored more than once with different scores; the first scored reading is kept.</summary>
    public const string QuestionScoreConflict = "question-score-conflict";

    // How the file was read, and how its readings combine.
    public const string ReadByOcr = "read-by-ocr";
    public const string FormatDifference = "format-difference";
}
