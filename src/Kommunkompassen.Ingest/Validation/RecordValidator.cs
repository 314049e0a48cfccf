using System.Globalization;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Validation;

/// <summary>
/// Cross-checks a report's figures against each other and reports every disagreement as a
/// warning; nothing is corrected. Each check allows exactly the rounding the printed figures
/// carry: half a unit of the last printed digit of every figure involved.
/// </summary>
internal sealed class RecordValidator
{
    private const double Epsilon = 1e-9;
    private readonly List<ValidationWarning> warnings = [];

    public static IReadOnlyList<ValidationWarning> Validate(ValidationInput input)
    {
        var v = new RecordValidator();
        v.Run(input);
        return v.warnings;
    }

    private void Run(ValidationInput input)
    {
        CheckQuestionsAgainstFramework(input);
        CheckQuestionPercentages(input);
        CheckAreas(input);
        CheckTotals(input);
        CheckComparisons(input);
    }

    private void CheckQuestionsAgainstFramework(ValidationInput input)
    {
        if (!input.Framework.QuestionsKnown)
        {
            // The report's own score table is the catalog: it can only be checked against itself.
            CheckReportCatalogComplete(input);
            return;
        }

        foreach (var fq in input.Framework.Areas.SelectMany(a => a.Questions))
        {
            var q = input.Questions.FirstOrDefault(x => x.Id == fq.Id);
            if (q is null)
            {
                Add(WarningCodes.QuestionMissing, input.QuestionHeadings.Contains(fq.Id)
                    ? $"sub-question {fq.Id} is not in any score table read (the text has a section on it); its score is unknown"
                    : $"sub-question {fq.Id} is not in any score table read, nor has the text a section on it; its score is unknown",
                    $"sub-question {fq.Id}");
            }
            else if (q.Score is null)
            {
                var where = q.Page is { } page ? $" (table on page {page.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
                Add(WarningCodes.QuestionMissing, q.ScoreText.Length > 0
                    ? $"sub-question {fq.Id} is in a score table{where}, but its score \"{q.ScoreText}\" could not be read as a number"
                    : $"sub-question {fq.Id} is in a score table{where}, but its row has no score",
                    TablePlace(q.Page));
            }
            else if (q.Max is { } max && Math.Abs(max.Value - fq.Max) > Epsilon)
            {
                Add(WarningCodes.QuestionMaxMismatch, $"sub-question {fq.Id}: the report gives max {F(max.Value)}, framework {input.Framework.Id} says {F(fq.Max)}", TablePlace(q.Page));
            }

            if (q is not null && !input.SameQuestion(q.Text, fq.Text))
            {
                Add(WarningCodes.QuestionTextMismatch, $"sub-question {fq.Id} asks \"{Clip(q.Text)}\" in the report, but \"{Clip(fq.Text)}\" in framework {input.Framework.Id}", TablePlace(q.Page));
            }
        }

        foreach (var q in input.Questions.Where(q => input.Framework.Question(q.Id) is null))
        {
            Add(WarningCodes.QuestionUnknown, $"sub-question {q.Id} is not in framework {input.Framework.Id}", TablePlace(q.Page));
        }
    }

    /// <summary>
    /// For a version whose score table is its own catalog, a sub-question the readers missed leaves
    /// no trace but a gap: ids that skip a number, an area whose printed maxima fall short of its
    /// maximum, an area without any sub-question while others have them.
    /// </summary>
    private void CheckReportCatalogComplete(ValidationInput input)
    {
        if (input.Questions.Count == 0)
        {
            return;
        }

        foreach (var q in input.Questions.Where(q => q.Score is null))
        {
            var where = q.Page is { } page ? $" (table on page {page.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
            Add(WarningCodes.QuestionMissing, q.ScoreText.Length > 0
                ? $"sub-question {q.Id} is in a score table{where}, but its score \"{q.ScoreText}\" could not be read as a number"
                : $"sub-question {q.Id} is in a score table{where}, but its row has no score",
                TablePlace(q.Page));
        }

        foreach (var area in input.Framework.Areas)
        {
            var printed = input.Questions.Where(q => q.Area == area.Number).ToList();
            if (printed.Count == 0)
            {
                Add(WarningCodes.QuestionMissing, $"area {area.Number}: no sub-question of it was read from the score tables, while other areas have theirs", $"area {area.Number}");
                continue;
            }

            var numbers = printed.Select(q => int.TryParse(q.Id.AsSpan(q.Id.IndexOf('.', StringComparison.Ordinal) + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0).ToHashSet();
            var gaps = numbers.Count == 0 ? [] : Enumerable.Range(1, numbers.Max()).Where(n => !numbers.Contains(n)).Select(n => $"{area.Number}.{n}").ToList();
            var maxima = printed.Where(q => q.Max is not null).Sum(q => q.Max!.Value.Value);
            if (gaps.Count > 0)
            {
                Add(WarningCodes.QuestionMissing, $"area {area.Number}: sub-question {string.Join(", ", gaps)} was not read from the score tables (the ids read skip it)", TablePlace(printed[0].Page));
            }
            else if (printed.All(q => q.Max is not null) && maxima < area.Max - Epsilon)
            {
                Add(WarningCodes.QuestionMissing, $"area {area.Number}: the sub-questions read ({string.Join(", ", printed.Select(q => q.Id))}) have maxima summing to {F(maxima)} of the area's {F(area.Max)}; a sub-question of the score table was not read", TablePlace(printed[^1].Page));
            }
        }
    }

    private static string Clip(string text) => text.Length <= 70 ? text : text[..70].TrimEnd() + "…";

    private void CheckQuestionPercentages(ValidationInput input)
    {
        foreach (var q in input.Questions)
        {
            if (q is { Score: { } s, Max: { } m, Percent: { } p } && m.Value > 0)
            {
                CheckPercent($"sub-question {q.Id}", s, m.Value, p, TablePlace(q.Page));
            }
        }

        foreach (var row in input.AreaRows)
        {
            if (row is { Score: { } s, Max: { } m, Percent: { } p } && m.Value > 0)
            {
                CheckPercent($"area {row.Area} subtotal", s, m.Value, p, "score table");
            }
        }
    }

    private void CheckPercent(string what, Figure score, double max, Figure percent, string place)
    {
        var computed = score.Value / max * 100;
        var tolerance = percent.HalfUnit + (score.HalfUnit / max * 100);
        if (Math.Abs(computed - percent.Value) > tolerance + Epsilon)
        {
            Add(WarningCodes.PercentMismatch, $"{what}: {F(percent.Value)}% printed, but {F(score.Value)} of {F(max)} is {F(Math.Round(computed, 1))}%", place);
        }
    }

    private void CheckAreas(ValidationInput input)
    {
        foreach (var area in input.Framework.Areas)
        {
            var questions = input.Questions.Where(q => q.Area == area.Number && q.Score is not null).ToList();
            var sum = questions.Sum(q => q.Score!.Value.Value);
            var sumSlack = questions.Sum(q => q.Score!.Value.HalfUnit);
            var subtotal = input.AreaRows.FirstOrDefault(r => r.Area == area.Number && r.Score is not null)?.Score;
            var stated = input.Summary?.Areas.GetValueOrDefault(area.Number)?.Score;

            if (subtotal is { } st && questions.Count > 0 && !Within(st, sum, sumSlack))
            {
                Add(WarningCodes.AreaSubtotalMismatch, $"area {area.Number}: subtotal {F(st.Value)} but its sub-questions sum to {F(sum)}", $"area {area.Number}");
            }

            if (stated is { } score)
            {
                if (questions.Count > 0 && !Within(score, sum, sumSlack))
                {
                    Add(WarningCodes.AreaSumMismatch, $"area {area.Number}: score {F(score.Value)} but its sub-questions sum to {F(sum)}", $"area {area.Number}");
                }
                else if (subtotal is { } sub && !Within(score, sub.Value, sub.HalfUnit))
                {
                    Add(WarningCodes.AreaSubtotalMismatch, $"area {area.Number}: score {F(score.Value)} but the score table's subtotal is {F(sub.Value)}", $"area {area.Number}");
                }
            }

            if (input.Summary?.Areas.GetValueOrDefault(area.Number) is { } row)
            {
                CheckChange($"area {area.Number}", row);
            }
        }
    }

    private void CheckTotals(ValidationInput input)
    {
        var summary = input.Summary;
        if (summary?.Total is not { } total)
        {
            return;
        }

        CheckColumnTotal("total", total.Score, summary.Areas.Values.Select(r => r.Score));
        CheckColumnTotal("older-scale total", total.OlderScale, summary.Areas.Values.Select(r => r.OlderScale));
        CheckColumnTotal("previous total", total.Previous, summary.Areas.Values.Select(r => r.Previous));

        var scored = input.Questions.Where(q => q.Score is not null).ToList();
        if (total.Score is { } t && scored.Count > 0)
        {
            var sum = scored.Sum(q => q.Score!.Value.Value);
            if (!Within(t, sum, scored.Sum(q => q.Score!.Value.HalfUnit)))
            {
                Add(WarningCodes.TotalQuestionsMismatch, $"total {F(t.Value)} but all sub-questions sum to {F(sum)}", "area summary table");
            }
        }

        CheckChange("total", total);
    }

    /// <summary>A printed improvement percentage against the previous and current scores of the row.</summary>
    private void CheckChange(string what, AreaSummaryRow row)
    {
        if (row is { Score: { } now, Previous: { } before, ChangePercent: { } change } && before.Value > 0)
        {
            var computed = (now.Value - before.Value) / before.Value * 100;
            var tolerance = change.HalfUnit + ((now.HalfUnit + before.HalfUnit) / before.Value * 100);
            if (Math.Abs(computed - change.Value) > tolerance + Epsilon)
            {
                Add(WarningCodes.ChangePercentMismatch, $"{what}: change {F(change.Value)}% printed, but {F(before.Value)} to {F(now.Value)} is {F(Math.Round(computed, 1))}%", "area summary table");
            }
        }
    }

    private void CheckColumnTotal(string what, Figure? stated, IEnumerable<Figure?> parts)
    {
        var figures = parts.Where(p => p is not null).Select(p => p!.Value).ToList();
        if (stated is not { } s || figures.Count == 0)
        {
            return;
        }

        var sum = figures.Sum(f => f.Value);
        if (!Within(s, sum, figures.Sum(f => f.HalfUnit)))
        {
            Add(WarningCodes.TotalMismatch, $"{what} {F(s.Value)} but the areas sum to {F(sum)}", "area summary table");
        }
    }

    private void CheckComparisons(ValidationInput input)
    {
        foreach (var column in input.Comparisons)
        {
            var name = column.Year is { } y ? $"{column.Municipality.Name} {y}" : column.Municipality.Name;
            foreach (var (number, figure) in column.Areas.OrderBy(kv => kv.Key))
            {
                if (input.Framework.Area(number) is { } area && figure.Value > area.Max + Epsilon)
                {
                    Add(WarningCodes.ComparisonUnread, $"comparison table, {name}: area {number} reads {F(figure.Value)}, more than the area's maximum {F(area.Max)} (two figures run together?); the column is not to be trusted", "comparison table");
                }
            }

            if (column.Total is { } total && column.Areas.Count > 0)
            {
                var sum = column.Areas.Values.Sum(f => f.Value);
                if (!Within(total, sum, column.Areas.Values.Sum(f => f.HalfUnit)))
                {
                    Add(WarningCodes.ComparisonTotalMismatch, $"comparison table, {name}: total {F(total.Value)} but its areas sum to {F(sum)}", "comparison table");
                }
            }

            var isSelf = column.Municipality.Code == input.Municipality.Code && (column.Year is null || column.Year == input.Year);
            if (!isSelf || input.Summary is null)
            {
                continue;
            }

            // Comparison tables may use the older scale (reports under the revised framework compare on it): check
            // against whichever scale of the report's own figures the column's total is nearest.
            var useOlder = input.Summary.HasOlderScale && column.Total is { } colTotal
                && input.Summary.Total?.OlderScale is { } older
                && Math.Abs(older.Value - colTotal.Value) < Math.Abs((input.Summary.Total.Score?.Value ?? double.MaxValue) - colTotal.Value);
            var scale = useOlder ? " (older scale)" : string.Empty;
            foreach (var (number, figure) in column.Areas.OrderBy(kv => kv.Key))
            {
                var row = input.Summary.Areas.GetValueOrDefault(number);
                if ((useOlder ? row?.OlderScale : row?.Score) is { } own && !Within(figure, own.Value, own.HalfUnit))
                {
                    Add(WarningCodes.ComparisonSelfMismatch, $"comparison table gives {name} {F(figure.Value)} on area {number}, the report's own score{scale} is {F(own.Value)}", "comparison table");
                }
            }

            var ownTotal = useOlder ? input.Summary.Total?.OlderScale : input.Summary.Total?.Score;
            if (column.Total is { } ct && ownTotal is { } ot && !Within(ct, ot.Value, ot.HalfUnit))
            {
                Add(WarningCodes.ComparisonSelfMismatch, $"comparison table gives {name} a total of {F(ct.Value)}, the report's own total{scale} is {F(ot.Value)}", "comparison table");
            }
        }
    }

    private static bool Within(Figure stated, double computed, double computedSlack) =>
        Math.Abs(stated.Value - computed) <= stated.HalfUnit + computedSlack + Epsilon;

    private void Add(string code, string message, string? place = null) => warnings.Add(new ValidationWarning(code, message) { Place = place });

    private static string TablePlace(int? page) => page is { } p ? $"score table, page {p.ToString(CultureInfo.InvariantCulture)}" : "score table";

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>What the validator needs: the parsed figures with their printed precision.</summary>
internal sealed record ValidationInput(
    Framework Framework,
    MunicipalityRef Municipality,
    int Year,
    IReadOnlyList<ScoredQuestion> Questions,
    IReadOnlyList<AreaRow> AreaRows,
    AreaSummary? Summary,
    IReadOnlyList<ComparisonColumn> Comparisons,
    IReadOnlySet<string> QuestionHeadings)
{
    /// <summary>Whether a printed sub-question's text asks what the catalog's does.</summary>
    public Func<string, string, bool> SameQuestion { get; init; } = static (_, _) => true;
}
