using System.Globalization;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>What a planned cell gets.</summary>
internal enum CellValue
{
    QuestionScore,
    QuestionPercent,
    AreaScore,
    AreaPercent,
    Total,
    ChangePercent,
    Year,
}

/// <summary>One table cell to overwrite: table (document order), grid row and column, and what goes there.</summary>
internal sealed record CellEdit(int Table, int Row, int Column, CellValue Kind, string Key, double Aux);

/// <summary>
/// Where the template prints the figures a generated report changes, found once by reading the
/// template's tables the way the parser does (sub-question tables by their "max"/score/"%"
/// headers, the area summary by its total row and year or scale headers, comparison tables by
/// their municipality columns) and checked against the template's parsed values.
/// </summary>
internal sealed class TemplatePlan
{
    private TemplatePlan(IReadOnlyList<CellEdit> edits, IReadOnlyList<string> printedScores)
    {
        Edits = edits;
        PrintedScores = printedScores;
    }

    public IReadOnlyList<CellEdit> Edits { get; }

    /// <summary>The template's sub-question scores as printed, to learn the number format from.</summary>
    public IReadOnlyList<string> PrintedScores { get; }

    public static TemplatePlan Learn(W.Body body, ReportRecord record, MunicipalityRegistry registry)
    {
        var edits = new List<CellEdit>();
        var printed = new List<string>();
        var tables = body.Descendants<W.Table>().ToList();
        var sawSummary = false;
        for (var t = 0; t < tables.Count; t++)
        {
            var grid = DocxGrid.Of(tables[t]);
            if (IsQuestionTable(grid))
            {
                PlanQuestionTable(t, grid, edits, printed);
            }
            else if (OwnComparisonColumns(grid, record, registry) is { } own)
            {
                PlanComparison(t, grid, own, edits);
            }
            else if (!sawSummary && IsAreaSummary(grid))
            {
                sawSummary = PlanSummary(t, grid, record, edits);
            }
        }

        var scored = record.Questions.Where(q => q.Score is not null).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var planned = edits.Where(e => e.Kind == CellValue.QuestionScore).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        if (scored.Count == 0 || !scored.SetEquals(planned))
        {
            throw new InvalidOperationException(
                $"template not understood: the parser reads {scored.Count} sub-question scores, the generator found cells for {planned.Count}");
        }

        return new TemplatePlan(edits, printed);
    }

    private static bool IsQuestionTable(List<List<GridPosition>> grid) =>
        grid.Sum(row => row.Count(cell => ReportPatterns.QuestionLabel().IsMatch(cell.Text))) >= 2;

    private static bool IsAreaSummary(List<List<GridPosition>> grid) =>
        grid.Count >= 5 && grid.Any(r => r.Count > 1 && ReportPatterns.TotalLabel().IsMatch(r[0].Text));

    private sealed record Group(int LabelFrom, int LabelTo, int Max, int? Score, int? Percent, int End);

    private static void PlanQuestionTable(int t, List<List<GridPosition>> grid, List<CellEdit> edits, List<string> printed)
    {
        var groups = FindGroups(grid);
        var currentArea = new int?[groups.Count];
        for (var r = 0; r < grid.Count; r++)
        {
            var row = grid[r];
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups[g];
                if (group.End >= row.Count || group.Score is not { } scoreCol)
                {
                    continue;
                }

                var label = string.Join(' ', Enumerable.Range(group.LabelFrom, Math.Max(0, group.LabelTo - group.LabelFrom + 1))
                    .Select(i => row[i].Text).Where(s => s.Length > 0));
                var max = SwedishNumber.ParseOrNull(row[group.Max].Text);
                var hasScore = SwedishNumber.TryParse(row[scoreCol].Text, out _);
                var q = ReportPatterns.QuestionLabel().Match(label);
                if (q.Success)
                {
                    var area = int.Parse(q.Groups["a"].Value, CultureInfo.InvariantCulture);
                    currentArea[g] = area;
                    var id = $"{area}.{int.Parse(q.Groups["q"].Value, CultureInfo.InvariantCulture)}";
                    if (hasScore)
                    {
                        edits.Add(new CellEdit(t, r, scoreCol, CellValue.QuestionScore, id, 0));
                        printed.Add(row[scoreCol].Text);
                        if (group.Percent is { } p && max is { } m && row[p].Text.Length > 0)
                        {
                            edits.Add(new CellEdit(t, r, p, CellValue.QuestionPercent, id, m));
                        }
                    }

                    continue;
                }

                var a = ReportPatterns.AreaLabel().Match(label);
                int? areaOfRow = a.Success && label.Length > 0 ? int.Parse(a.Groups["n"].Value, CultureInfo.InvariantCulture)
                    : label.Length == 0 ? currentArea[g] : null;
                if (a.Success && label.Length > 0)
                {
                    currentArea[g] = areaOfRow;
                }

                if (areaOfRow is { } n && hasScore)
                {
                    var key = n.ToString(CultureInfo.InvariantCulture);
                    edits.Add(new CellEdit(t, r, scoreCol, CellValue.AreaScore, key, 0));
                    if (group.Percent is { } p && max is { } m && row[p].Text.Length > 0)
                    {
                        edits.Add(new CellEdit(t, r, p, CellValue.AreaPercent, key, m));
                    }
                }
            }
        }
    }

    /// <summary>Column groups from the first row with a "max" header, as the parser finds them.</summary>
    private static List<Group> FindGroups(List<List<GridPosition>> grid)
    {
        foreach (var row in grid)
        {
            var maxCols = Enumerable.Range(0, row.Count).Where(i => ReportPatterns.MaxHeader().IsMatch(row[i].Text)).ToList();
            if (maxCols.Count == 0)
            {
                continue;
            }

            var groups = new List<Group>();
            var labelFrom = 0;
            for (var k = 0; k < maxCols.Count; k++)
            {
                var m = maxCols[k];
                var limit = k + 1 < maxCols.Count ? maxCols[k + 1] - 1 : row.Count - 1;
                var score = Near(row, m, labelFrom, limit, ReportPatterns.ScoreHeader());
                var pct = Near(row, m, labelFrom, limit, ReportPatterns.PercentHeader());
                var first = new[] { m, score ?? m, pct ?? m }.Min();
                var end = new[] { m, score ?? m, pct ?? m }.Max();
                groups.Add(new Group(labelFrom, first - 1, m, score, pct, end));
                labelFrom = end + 1;
            }

            return groups;
        }

        return [];
    }

    private static int? Near(List<GridPosition> row, int from, int low, int high, System.Text.RegularExpressions.Regex header)
    {
        for (var d = 1; d <= 2; d++)
        {
            if (from - d >= low && header.IsMatch(row[from - d].Text))
            {
                return from - d;
            }

            if (from + d <= high && from + d < row.Count && header.IsMatch(row[from + d].Text))
            {
                return from + d;
            }
        }

        return null;
    }

    /// <summary>The columns of a comparison table that hold the evaluated municipality in the evaluation year, or null when the table is none.</summary>
    private static List<int>? OwnComparisonColumns(List<List<GridPosition>> grid, ReportRecord record, MunicipalityRegistry registry)
    {
        if (grid.Count < 3)
        {
            return null;
        }

        var header = grid[0];
        var municipalities = 0;
        var own = new List<int>();
        for (var c = 1; c < header.Count; c++)
        {
            var text = header[c].Text.Trim();
            var m = ReportPatterns.NameAndYear().Match(text);
            var name = m.Success ? m.Groups["name"].Value : text;
            if (name.Length == 0 || registry.Find(name) is not { } hit)
            {
                continue;
            }

            municipalities++;
            int? year = m.Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
            if (hit.Code == record.Municipality.Code && (year is null || year == record.Year))
            {
                own.Add(c);
            }
        }

        return municipalities >= 2 ? own : null;
    }

    private static void PlanComparison(int t, List<List<GridPosition>> grid, List<int> own, List<CellEdit> edits)
    {
        for (var r = 1; r < grid.Count; r++)
        {
            var label = grid[r][0].Text.Trim();
            var key = ReportPatterns.TotalLabel().IsMatch(label) ? "total" : AreaNumber(label)?.ToString(CultureInfo.InvariantCulture);
            if (key is null)
            {
                continue;
            }

            foreach (var c in own.Where(c => SwedishNumber.TryParse(grid[r][c].Text, out _)))
            {
                edits.Add(new CellEdit(t, r, c, key == "total" ? CellValue.Total : CellValue.AreaScore, key, 0));
            }
        }
    }

    private static bool PlanSummary(int t, List<List<GridPosition>> grid, ReportRecord record, List<CellEdit> edits)
    {
        var header = grid[0];
        var (scoreCol, olderCol, previousCol, changeCol, _) = AreaSummaryReader.Columns(header.Select(h => h.Text).ToList(), record.Year);
        scoreCol ??= Enumerable.Range(1, Math.Max(0, header.Count - 1))
            .FirstOrDefault(c => c != olderCol && c != previousCol && c != changeCol && grid.Skip(1).Any(r => SwedishNumber.TryParse(r[c].Text, out _)));
        if (scoreCol is not { } sc || sc == 0)
        {
            return false;
        }

        if (header[sc].Text.Trim() == record.Year.ToString(CultureInfo.InvariantCulture))
        {
            edits.Add(new CellEdit(t, 0, sc, CellValue.Year, string.Empty, 0));
        }

        var position = 0;
        for (var r = 1; r < grid.Count; r++)
        {
            var row = grid[r];
            if (row.All(c => c.Text.Length == 0))
            {
                continue;
            }

            var isTotal = ReportPatterns.TotalLabel().IsMatch(row[0].Text);
            string key;
            if (isTotal)
            {
                key = "total";
            }
            else
            {
                position++;
                var n = AreaNumber(row[0].Text) ?? position;
                key = n.ToString(CultureInfo.InvariantCulture);
                var stated = record.Areas.FirstOrDefault(a => a.Number == n)?.Score;
                if (SwedishNumber.ParseOrNull(row[sc].Text) is { } printed && stated is { } s && Math.Abs(printed - s) > 1e-9)
                {
                    throw new InvalidOperationException($"template not understood: summary row \"{row[0].Text}\" is not area {n}");
                }
            }

            if (SwedishNumber.TryParse(row[sc].Text, out _))
            {
                edits.Add(new CellEdit(t, r, sc, isTotal ? CellValue.Total : CellValue.AreaScore, key, 0));
            }

            if (changeCol is { } cc && previousCol is { } pc && SwedishNumber.ParseOrNull(row[pc].Text) is { } previous && previous > 0 && row[cc].Text.Length > 0)
            {
                edits.Add(new CellEdit(t, r, cc, CellValue.ChangePercent, key, previous));
            }
        }

        return true;
    }

    private static int? AreaNumber(string label)
    {
        var m = ReportPatterns.AreaLabel().Match(label.Trim());
        if (m.Success)
        {
            return int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        var h = ReportPatterns.AreaHeading().Match(label.Trim());
        return h.Success ? int.Parse(h.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }
}
