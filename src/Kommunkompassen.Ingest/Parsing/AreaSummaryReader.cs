using System.Globalization;
using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>
/// Reads the area summary table: eight area rows and a total row, with columns told apart by
/// their headers: the evaluation year or "Nuvarande poängskala" is the score, "Äldre
/// poängskala" the older scale, an earlier year the previous evaluation, "Förbättring" or "%"
/// the change. Area rows are matched by leading number, else by title, else by position.
/// </summary>
internal static class AreaSummaryReader
{
    /// <summary>
    /// A table of area rows with figures: a total row ("Totalt", "Summa") among five or more rows,
    /// or, without a total, six or more rows labelled with an area's number or title.
    /// </summary>
    public static bool IsAreaSummary(IReadOnlyList<IReadOnlyList<string>> grid, Framework framework)
    {
        if (grid.Count < 5 || QuestionTableReader.IsQuestionTable(grid))
        {
            return false;
        }

        if (grid.Any(r => r.Count > 1 && ReportPatterns.IsTotalLabel(r[0])))
        {
            return true;
        }

        var areaRows = grid.Skip(1).Count(r => r.Count > 1 && r[0].Trim().Length > 0 && AreaNumberOf(r[0], framework) is not null && r.Skip(1).Any(c => Figure.From(c) is not null));
        return areaRows >= 6;
    }

    /// <summary>
    /// Tells the summary's columns apart by their headers (column 0 holds the labels): the score
    /// (the evaluation year, "nuvarande", "poäng", "ny"), the older scale ("äldre", "gamla",
    /// "tidigare skala"), the previous evaluation (an earlier year) and the change ("förbättring",
    /// "förändring", "%"). The score column may be left null for the caller to find by content.
    /// </summary>
    internal static SummaryColumns Columns(IReadOnlyList<string> header, int year)
    {
        int? scoreCol = null, olderCol = null, previousCol = null, changeCol = null, referenceCol = null;
        int? previousYear = null;
        for (var c = 1; c < header.Count; c++)
        {
            var h = header[c].Trim().ToLowerInvariant();
            if (h.Length == 0 || ReportPatterns.MaxHeader().IsMatch(h))
            {
                // "Max", "Maxpoäng", "Möjliga poäng": the maximum, not a score.
                continue;
            }

            if (ReportPatterns.ReferenceHeader().IsMatch(h) && !h.Contains('(', StringComparison.Ordinal))
            {
                // "Medel", "Genomsnitt", "Snitt övriga kommuner": other municipalities' mean, never a score of this one
                // ("Poäng (medel)" is the score column, its cells "83 (64)").
                referenceCol ??= c;
            }
            else if (h.Contains("äldre", StringComparison.Ordinal) || h.Contains("gaml", StringComparison.Ordinal) || h.Contains("tidigare skala", StringComparison.Ordinal))
            {
                olderCol ??= c;
            }
            else if (h.Contains("förbättring", StringComparison.Ordinal) || h.Contains("förändring", StringComparison.Ordinal) || h == "%")
            {
                changeCol ??= c;
            }
            else if (ReportPatterns.Year().IsMatch(h))
            {
                var y = int.Parse(h, CultureInfo.InvariantCulture);
                if (y == year)
                {
                    scoreCol ??= c;
                }
                else if (y < year)
                {
                    previousCol ??= c;
                    previousYear ??= y;
                }
            }
            else if (h.Contains("nuvarande", StringComparison.Ordinal) || h.Contains("poäng", StringComparison.Ordinal) || h.StartsWith("ny", StringComparison.Ordinal)
                || ReportPatterns.ScoreHeader().IsMatch(h))
            {
                scoreCol ??= c;
            }
        }

        return new SummaryColumns(scoreCol, olderCol, previousCol, changeCol, previousYear) { Reference = referenceCol };
    }

    /// <param name="bracketsHoldMeans">Whether a figure in brackets beside a score is the mean of other municipalities (the report says so, or its version prints means); else it is not read as one.</param>
    public static AreaSummary? Read(IReadOnlyList<IReadOnlyList<string>> grid, int year, Framework framework, bool bracketsHoldMeans = false)
    {
        var header = grid[0];
        var columns = Columns(header, year);
        var (scoreCol, olderCol, previousCol, changeCol, previousYear) = columns;
        var referenceCol = columns.Reference;
        scoreCol ??= Enumerable.Range(1, Math.Max(0, header.Count - 1))
            .FirstOrDefault(c => c != olderCol && c != previousCol && c != changeCol && c != referenceCol && !ReportPatterns.MaxHeader().IsMatch(header[c].Trim())
                && grid.Skip(1).Any(r => c < r.Count && (Figure.From(r[c]) ?? ScoreWithReference.Read(r[c])?.Score) is not null));
        if (scoreCol is null or 0)
        {
            return null;
        }

        var areas = new Dictionary<int, AreaSummaryRow>();
        AreaSummaryRow? total = null;
        var position = 0;
        foreach (var row in grid.Skip(1))
        {
            if (row.Count == 0 || row.All(c => c.Length == 0))
            {
                continue;
            }

            // "83 (64)": the score with the mean of others in brackets, where the report says brackets hold a mean.
            var paired = scoreCol is { } sc && sc < row.Count && bracketsHoldMeans ? ScoreWithReference.Read(row[sc]) : null;
            var summaryRow = new AreaSummaryRow(
                row[0],
                paired?.Score ?? Cell(row, scoreCol),
                Cell(row, olderCol),
                Cell(row, previousCol),
                changeCol is { } cc && cc < row.Count ? Figure.Percent(row[cc]) : null)
            {
                Reference = Cell(row, referenceCol) ?? paired?.Reference,
            };
            if (ReportPatterns.IsTotalLabel(row[0]))
            {
                total = summaryRow;
                continue;
            }

            position++;
            var number = AreaNumberOf(row[0], framework) ?? position;
            if (number >= 1 && number <= framework.Areas.Count)
            {
                areas.TryAdd(number, summaryRow);
            }
        }

        return new AreaSummary(areas, total, previousCol is null ? null : previousYear, olderCol is not null);
    }

    private static Figure? Cell(IReadOnlyList<string> row, int? col) =>
        col is { } c && c < row.Count ? Figure.From(row[c]) : null;

    internal static int? AreaNumberOf(string label, Framework framework)
    {
        var m = ReportPatterns.AreaLabel().Match(label.Trim());
        if (m.Success)
        {
            return int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        var area = ReportPatterns.AreaHeading().Match(label.Trim());
        if (area.Success)
        {
            return int.Parse(area.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        return AreaTitleMatcher.BestMatch(label, framework);
    }
}

/// <summary>
/// Matches an area title as a report words it to the framework's areas (title and aliases), by
/// <see cref="WordOverlap"/>, so "Kommun som samhällsbyggare" meets "Kommunen som samhällsbyggare".
/// </summary>
internal static class AreaTitleMatcher
{
    /// <summary>Each framework's areas as word sets (title and aliases), made once per framework.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Framework, IReadOnlyDictionary<int, HashSet<string>[]>> AreaWords = [];

    public static int? BestMatch(string title, Framework framework, double threshold = 0.5)
    {
        var words = WordOverlap.Words(title);
        if (words.Count == 0)
        {
            return null;
        }

        int? best = null;
        double bestScore = -1, second = -1;
        foreach (var (number, titles) in WordsOf(framework))
        {
            var score = titles.Max(t => WordOverlap.Similarity(words, t));
            if (score > bestScore)
            {
                (second, bestScore, best) = (bestScore, score, number);
            }
            else if (score > second)
            {
                second = score;
            }
        }

        return bestScore >= threshold && second < bestScore ? best : null;
    }

    public static double Similarity(string title, Framework framework, int area) => Similarity(WordOverlap.Words(title), framework, area);

    public static double Similarity(HashSet<string> words, Framework framework, int area) =>
        WordsOf(framework).TryGetValue(area, out var titles) ? titles.Max(t => WordOverlap.Similarity(words, t)) : 0;

    private static IReadOnlyDictionary<int, HashSet<string>[]> WordsOf(Framework framework) =>
        AreaWords.GetValue(framework, f => f.Areas.ToDictionary(a => a.Number, a => new[] { a.Title }.Concat(a.Aliases).Select(WordOverlap.Words).ToArray()));
}

/// <summary>The column indexes of an area summary table; null where the table has no such column.</summary>
internal sealed record SummaryColumns(int? Score, int? Older, int? Previous, int? Change, int? PreviousYear)
{
    /// <summary>The column of other municipalities' mean ("Medel", "Genomsnitt").</summary>
    public int? Reference { get; init; }
}
