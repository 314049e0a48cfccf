using System.Globalization;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// Whether a failed field check is a value the parser did not read at all (none, absent, fewer
/// than printed), and whether the record says so: a warning of the kind that covers that field
/// (question-missing for a sub-question's score, findings-missing for an area's findings,
/// comparison-unread for a comparison, narrative-missing for an area's text, identity-uncertain
/// for who and when, evaluators-missing or text-unread on the title page for evaluators), or a
/// text-unread anywhere. The bar: every field that is not read comes with a warning.
/// </summary>
public static class UnreadCover
{
    private const string None = "(none)";

    /// <summary>
    /// True for a value the record lacks. A passage whose text the record has, joined to another or
    /// cut in two (a paragraph break read differently), is misread, not unread.
    /// </summary>
    public static bool IsUnread(FieldResult result, ReportRecord record)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(record);
        if (result.Ok || result.Field.EndsWith(".unexpected", StringComparison.Ordinal))
        {
            return false;
        }

        if (result.Field.StartsWith("passage[", StringComparison.Ordinal))
        {
            var text = WithoutQuestion(result.Expected);
            var head = text[..Math.Min(40, text.Length)];
            return !record.Passages.Any(p => p.Text.Contains(head, StringComparison.Ordinal) || text.Contains(p.Text, StringComparison.Ordinal));
        }

        if (result.Actual == None || (result.Field.EndsWith(".present", StringComparison.Ordinal) && result.Actual == "no"))
        {
            return true;
        }

        return result.Field.EndsWith(".count", StringComparison.Ordinal)
            && int.TryParse(result.Expected, CultureInfo.InvariantCulture, out var expected)
            && int.TryParse(result.Actual, CultureInfo.InvariantCulture, out var actual)
            && actual < expected;
    }

    public static bool IsWarned(FieldResult result, ReportRecord record)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(record);
        var field = result.Field;
        var warnings = record.Warnings;
        bool Has(string code, string? contains = null) =>
            warnings.Any(w => w.Code == code && (contains is null || w.Message.Contains(contains, StringComparison.Ordinal) || (w.Place?.Contains(contains, StringComparison.Ordinal) ?? false)));

        if (Has(WarningCodes.TextUnread) && !field.StartsWith("evaluator", StringComparison.Ordinal))
        {
            return true;
        }

        var index = Index(field);
        return field switch
        {
            _ when field.StartsWith("municipality", StringComparison.Ordinal) || field is "year" or "dates" => Has(WarningCodes.IdentityUncertain),
            _ when field.StartsWith("evaluator", StringComparison.Ordinal) => Has(WarningCodes.EvaluatorsMissing) || Has(WarningCodes.TextUnread, "title page"),
            // A version whose score table is its own catalog can only say which area lost a sub-question, not which.
            _ when field.StartsWith("question[", StringComparison.Ordinal) => Has(WarningCodes.QuestionMissing, $"sub-question {index} ")
                || Has(WarningCodes.QuestionMissing, $"area {index.Split('.')[0]}: "),
            _ when field.StartsWith("area[", StringComparison.Ordinal) => Has(WarningCodes.AreaSummaryMissing) || Has(WarningCodes.QuestionMissing, $"sub-question {index}."),
            "total" => Has(WarningCodes.AreaSummaryMissing) || Has(WarningCodes.QuestionMissing),
            _ when field.StartsWith("strengths[", StringComparison.Ordinal) || field.StartsWith("improvements[", StringComparison.Ordinal) =>
                Has(WarningCodes.FindingsMissing, $"area {index}") || Has(WarningCodes.FindingsMissing, "anywhere"),
            _ when field.StartsWith("comparison", StringComparison.Ordinal) => Has(WarningCodes.ComparisonUnread),
            _ when field.StartsWith("previous", StringComparison.Ordinal) => Has(WarningCodes.AreaSummaryMissing),
            _ when field.StartsWith("passage", StringComparison.Ordinal) => Has(WarningCodes.NarrativeMissing, $"area {index}"),
            _ => false,
        };
    }

    /// <summary>A passage as FieldCheck describes it, without its " (under 2.6)".</summary>
    private static string WithoutQuestion(string described)
    {
        var at = described.LastIndexOf(" (under ", StringComparison.Ordinal);
        return at >= 0 && described.EndsWith(')') ? described[..at] : described;
    }

    /// <summary>The first index of a field name: "2.6" of "question[2.6].score", "3" of "strengths[3][1]".</summary>
    private static string Index(string field)
    {
        var open = field.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : field.IndexOf(']', open);
        return open < 0 || close < 0 ? string.Empty : field[(open + 1)..close];
    }
}
