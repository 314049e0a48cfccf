using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>A figure as printed, kept with its precision so validation knows the rounding.</summary>
internal readonly record struct Figure(double Value, double HalfUnit)
{
    public static Figure? From(string cell) =>
        SwedishNumber.TryParse(cell, out var n) && !n.IsPercent ? new Figure(n.Value, n.HalfUnit) : null;

    public static Figure? Percent(string cell) =>
        SwedishNumber.TryParse(cell, out var n) && (n.IsPercent || cell.Contains('%', StringComparison.Ordinal)) ? new Figure(n.Value, n.HalfUnit) : null;
}

/// <summary>One sub-question row of a score table; <see cref="ScoreText"/> is the score cell as printed, <see cref="Page"/> the table's page.</summary>
internal sealed record ScoredQuestion(string Id, int Area, string Text, Figure? Max, Figure? Score, Figure? Percent)
{
    public string ScoreText { get; init; } = string.Empty;

    public int? Page { get; init; }
}

/// <summary>An area's own row in a sub-question table: its header (title, perhaps a score) or its subtotal row.</summary>
internal sealed record AreaRow(int Area, string? Title, Figure? Score, Figure? Max, Figure? Percent);

/// <summary>Everything the sub-question tables of a report hold, which tables (block indexes) they were, and rows of text in them that are none of their rows.</summary>
internal sealed record QuestionTables(IReadOnlyList<ScoredQuestion> Questions, IReadOnlyList<AreaRow> AreaRows, IReadOnlyList<int> TableIndexes)
{
    public static QuestionTables Empty { get; } = new([], [], []);

    /// <summary>Rows of running text in a score table (narrative a reader took into the table): not read, so reported.</summary>
    public IReadOnlyList<UnreadRow> UnreadRows { get; init; } = [];

    /// <summary>Sub-questions scored more than once with different scores: each one's scored readings in document order (the first is kept).</summary>
    public IReadOnlyList<IReadOnlyList<ScoredQuestion>> Conflicts { get; init; } = [];
}

/// <summary>A row of a score table that holds text but no sub-question, area or header: its table (block index), page and text.</summary>
internal sealed record UnreadRow(int Table, int? Page, string Text);

/// <summary>The area summary table ("Tabell 1"): per area the score, and where given older-scale and previous scores.</summary>
internal sealed record AreaSummary(
    IReadOnlyDictionary<int, AreaSummaryRow> Areas,
    AreaSummaryRow? Total,
    int? PreviousYear,
    bool HasOlderScale);

/// <summary>An area's (or the total's) row of the summary; <see cref="Reference"/> is the mean of other municipalities printed beside the score.</summary>
internal sealed record AreaSummaryRow(string Label, Figure? Score, Figure? OlderScale, Figure? Previous, Figure? ChangePercent)
{
    public Figure? Reference { get; init; }
}

/// <summary>
/// Reads the sub-question score tables. A table can hold one area (id, question, score, max, %)
/// or several side by side (question, max, own score, % repeated): column groups are found from
/// the header cells ("max", "egna poäng"/"uppnådd nivå", "%"); without headers, the catalog's
/// maximum tells which figure is the max. Rows are read as questions ("2.6 ..."), area headers
/// ("2 Tillgänglighet ...") or subtotals (figures without a label).
/// </summary>
internal static class QuestionTableReader
{
    /// <summary>Two or more sub-question labels; or one, under a header row with a max and a score column (a table's last row alone on its page).</summary>
    public static bool IsQuestionTable(IReadOnlyList<IReadOnlyList<string>> grid)
    {
        var labels = grid.Sum(row => row.Count(cell => ReportPatterns.QuestionLabel().IsMatch(cell)));
        return labels >= 2
            || (labels == 1 && grid.Any(row => row.Any(c => ReportPatterns.MaxHeader().IsMatch(c.Trim())) && row.Any(c => ReportPatterns.ScoreHeader().IsMatch(c.Trim()))));
    }

    /// <summary>Reads every sub-question table among the given tables (block index and table).</summary>
    public static QuestionTables Read(IEnumerable<(int Index, Table Table)> tables)
    {
        var questions = new List<ScoredQuestion>();
        var areaRows = new List<AreaRow>();
        var used = new List<int>();
        var unread = new List<UnreadRow>();
        (List<ColumnGroup> Groups, int Width)? previous = null;
        foreach (var (index, table) in tables)
        {
            var grid = FigureGrid.Of(table);
            if (!IsQuestionTable(grid))
            {
                continue;
            }

            used.Add(index);
            var groups = FindGroups(grid);
            var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
            if (groups is [{ Max: null }] && previous is { } before && before.Width == width && before.Groups.All(g => g.Max is not null))
            {
                // No header row: the rest of the table before it, cut by a page break (its columns).
                groups = before.Groups;
            }

            previous = (groups, width);
            if (groups.Count == 1)
            {
                grid = WithWrappedLabelsJoined(grid);
            }

            var currentArea = new int?[groups.Count];
            var firstOfTable = questions.Count;
            foreach (var row in grid)
            {
                var (questionsBefore, rowsBefore) = (questions.Count, areaRows.Count);
                for (var g = 0; g < groups.Count; g++)
                {
                    ReadSegment(row, groups[g], ref currentArea[g], questions, areaRows);
                }

                if (questions.Count == questionsBefore && areaRows.Count == rowsBefore && IsTextRow(row))
                {
                    unread.Add(new UnreadRow(index, table.Page, string.Join(' ', row.Where(c => c.Trim().Length > 0))));
                }
            }

            for (var k = firstOfTable; k < questions.Count; k++)
            {
                questions[k] = questions[k] with { Page = table.Page };
            }
        }

        // A question read twice (e.g. a list of the questions, then the score table) keeps its first
        // scored reading; scored readings that disagree are kept aside for a warning.
        var readings = questions.GroupBy(q => q.Id).ToList();
        var unique = readings.Select(g => g.FirstOrDefault(q => q.Score is not null) ?? g.First()).ToList();
        var conflicts = readings
            .Select(g => g.Where(q => q.Score is not null).ToList())
            .Where(scored => scored.Select(q => q.Score!.Value.Value).Distinct().Count() > 1)
            .ToList();

        // Scores are printed to the table's precision ("30" beside "7,5" means half points are
        // used): every score carries the finest rounding seen in the table.
        var scores = unique.Where(q => q.Score is not null).Select(q => q.Score!.Value.HalfUnit).ToList();
        if (scores.Count > 0)
        {
            var half = scores.Min();
            unique = unique.Select(q => q.Score is { } s ? q with { Score = s with { HalfUnit = half } } : q).ToList();
        }

        return new QuestionTables(unique, areaRows, used) { UnreadRows = unread, Conflicts = conflicts };
    }

    /// <summary>
    /// A question's label that wrapped onto the next row, with its figures there ("8.6 Hur arbetar
    /// kommunen …?" above "(miljö – ekonomiskt – socialt) | 20 | 6 | 30%"), made one row again.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<string>> WithWrappedLabelsJoined(IReadOnlyList<IReadOnlyList<string>> grid)
    {
        var rows = new List<IReadOnlyList<string>>(grid.Count);
        for (var r = 0; r < grid.Count; r++)
        {
            var row = grid[r];
            if (r + 1 < grid.Count && row.Count > 0 && ReportPatterns.QuestionLabel().IsMatch(row[0].Trim()) && !row.Skip(1).Any(HasFigure)
                && grid[r + 1] is { Count: > 0 } next && next[0].Trim().Length > 0 && next.Skip(1).Any(HasFigure)
                && !ReportPatterns.QuestionLabel().IsMatch(next[0].Trim()) && !ReportPatterns.AreaLabel().IsMatch(next[0].Trim()) && !ReportPatterns.IsTotalLabel(next[0]))
            {
                rows.Add([row[0].Trim() + " " + next[0].Trim(), .. next.Skip(1)]);
                r++;
                continue;
            }

            rows.Add(row);
        }

        return rows;

        static bool HasFigure(string cell) => SwedishNumber.TryParse(cell, out _);
    }

    /// <summary>Column roles of one side-by-side group.</summary>
    internal sealed record ColumnGroup(int LabelFrom, int LabelTo, int? Max, int? Score, int? Percent, int End);

    internal static List<ColumnGroup> FindGroups(IReadOnlyList<IReadOnlyList<string>> grid)
    {
        var width = grid.Count == 0 ? 0 : grid.Max(r => r.Count);
        foreach (var row in grid)
        {
            var maxCols = Enumerable.Range(0, row.Count).Where(i => ReportPatterns.MaxHeader().IsMatch(row[i])).ToList();
            if (maxCols.Count == 0)
            {
                continue;
            }

            var groups = new List<ColumnGroup>();
            var labelFrom = 0;
            for (var k = 0; k < maxCols.Count; k++)
            {
                var m = maxCols[k];
                var limit = k + 1 < maxCols.Count ? maxCols[k + 1] - 1 : row.Count - 1;
                int? score = Near(row, m, labelFrom, limit, ReportPatterns.ScoreHeader());
                int? pct = Near(row, m, labelFrom, limit, ReportPatterns.PercentHeader());
                var first = new[] { m, score ?? m, pct ?? m }.Min();
                var end = new[] { m, score ?? m, pct ?? m }.Max();
                groups.Add(new ColumnGroup(labelFrom, first - 1, m, score, pct, end));
                labelFrom = end + 1;
            }

            return groups;
        }

        // No header row: one group, label in the leading text columns, figures after.
        return [new ColumnGroup(0, -1, null, null, null, width - 1)];
    }

    /// <summary>A row with a sentence's worth of text and no header words: narrative, not a row of the table.</summary>
    private static bool IsTextRow(IReadOnlyList<string> row)
    {
        var text = string.Join(' ', row.Where(c => c.Trim().Length > 0));
        return text.Length >= 40 && text.Count(char.IsLetter) > text.Length / 2
            && !row.Any(c => ReportPatterns.MaxHeader().IsMatch(c.Trim()) || ReportPatterns.ScoreHeader().IsMatch(c.Trim()));
    }

    /// <summary>A score written with its maximum, "15/20", "7,5 av 10", "15 p av 20"; null for anything else.</summary>
    private static (Figure Score, Figure Max)? OutOf(string cell)
    {
        var m = ReportPatterns.ScoreOutOf().Match(cell.Trim());
        return m.Success && Figure.From(m.Groups["score"].Value) is { } score && Figure.From(m.Groups["max"].Value) is { } max && score.Value <= max.Value
            ? (score, max)
            : null;
    }

    /// <summary>The nearest header cell of a kind within two columns of <paramref name="from"/>, inside [low, high].</summary>
    private static int? Near(IReadOnlyList<string> row, int from, int low, int high, System.Text.RegularExpressions.Regex header)
    {
        for (var d = 1; d <= 2; d++)
        {
            if (from - d >= low && header.IsMatch(row[from - d]))
            {
                return from - d;
            }

            if (from + d <= high && from + d < row.Count && header.IsMatch(row[from + d]))
            {
                return from + d;
            }
        }

        return null;
    }

    private static void ReadSegment(IReadOnlyList<string> row, ColumnGroup group, ref int? currentArea, List<ScoredQuestion> questions, List<AreaRow> areaRows)
    {
        if (group.End >= row.Count && group.Max is not null)
        {
            return;
        }

        string label;
        var scoreText = string.Empty;
        Figure? max = null, score = null, pct = null;
        if (group.Max is { } maxCol)
        {
            label = string.Join(' ', Enumerable.Range(group.LabelFrom, Math.Max(0, group.LabelTo - group.LabelFrom + 1))
                .Select(i => row[i]).Where(s => s.Length > 0));
            max = Figure.From(row[maxCol]);
            score = group.Score is { } s ? Figure.From(row[s]) : null;
            scoreText = group.Score is { } st ? row[st].Trim() : string.Empty;
            if (score is null && OutOf(scoreText) is { } outOf)
            {
                // "15/20", "15 av 20": the score and its maximum in one cell.
                (score, max) = (outOf.Score, max ?? outOf.Max);
            }
            pct = group.Percent is { } p ? Figure.Percent(row[p]) : null;
        }
        else
        {
            // Headerless: text cells form the label; figures are sorted out below.
            var texts = row.Where(c => c.Length > 0 && !SwedishNumber.TryParse(c, out _) && OutOf(c) is null).ToList();
            label = string.Join(' ', texts);
            var figures = row.Where(c => SwedishNumber.TryParse(c, out _)).ToList();
            pct = figures.Select(Figure.Percent).FirstOrDefault(f => f is not null);
            var plain = figures.Select(Figure.From).Where(f => f is not null).Select(f => f!.Value).ToList();
            if (plain.Count >= 2)
            {
                // Report order varies; the larger of the two is the max unless that contradicts the percentage.
                (max, score) = plain[0].Value >= plain[1].Value ? (plain[0], plain[1]) : (plain[1], plain[0]);
            }
            else if (plain.Count == 1)
            {
                score = plain[0];
            }
            else if (row.Select(OutOf).FirstOrDefault(o => o is not null) is { } outOf)
            {
                (score, max) = (outOf.Score, outOf.Max);
            }
        }

        var q = ReportPatterns.QuestionLabel().Match(label);
        if (q.Success)
        {
            var area = int.Parse(q.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
            currentArea = area;
            var id = $"{area}.{int.Parse(q.Groups["q"].Value, System.Globalization.CultureInfo.InvariantCulture)}";
            questions.Add(new ScoredQuestion(id, area, q.Groups["text"].Value.Trim(), max, score, pct) { ScoreText = scoreText });
            return;
        }

        var a = ReportPatterns.AreaLabel().Match(label);
        if (a.Success && label.Length > 0)
        {
            currentArea = int.Parse(a.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var title = a.Groups["title"].Success ? a.Groups["title"].Value.Trim() : null;
            areaRows.Add(new AreaRow(currentArea.Value, title, score, max, pct));
            return;
        }

        if (label.Length == 0 && currentArea is { } current && (score is not null || max is not null))
        {
            areaRows.Add(new AreaRow(current, null, score, max, pct));
        }
    }
}
