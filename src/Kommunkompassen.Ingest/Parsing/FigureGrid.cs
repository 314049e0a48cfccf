using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>
/// A table's cells as text, for the table readers, with columns that a reader ran together set
/// apart again: where narrow figure columns stand close (right-aligned "Poäng" and "Maxpoäng" in
/// a table typed with tabs, printed by a browser), the PDF reader may see one column whose header
/// is "Poäng Maxpoäng" and whose cells are "21 40". Such a column is split when its header cell is
/// only column-header words (score, max, %, a year) and every filled cell below it holds the same
/// number (two or more, no more than the header's words) of figures; nothing else is touched.
/// </summary>
internal static partial class FigureGrid
{
    /// <summary>Header rows are looked for among this many first rows.</summary>
    private const int HeaderRows = 3;

    /// <summary>The longest piece of a header word a narrow column broke ("Nuva", "rande", "gskal").</summary>
    private const int BrokenPieceLength = 6;

    /// <summary>At least this many cells below the header must hold the figures.</summary>
    private const int MinFilledCells = 2;

    public static IReadOnlyList<IReadOnlyList<string>> Of(Table table) => SplitRunTogether(WithHeadersJoined(table.ToGrid()));

    /// <summary>
    /// Header cells a narrow column broke inside its words ("Uppn ådd nivå", "Mede l", "Nuva rande
    /// poän gskal a": a PDF of a table whose figure columns are too narrow for their headers) made
    /// whole again: a cell of short pieces only, that names no column as it stands but does with its
    /// spaces removed. Titles and other cells are left alone.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> WithHeadersJoined(IReadOnlyList<IReadOnlyList<string>> grid)
    {
        List<IReadOnlyList<string>>? joined = null;
        for (var r = 0; r < Math.Min(HeaderRows, grid.Count); r++)
        {
            for (var c = 0; c < grid[r].Count; c++)
            {
                var words = Words(grid[r][c]);
                if (words.Length < 2 || words.Any(w => w.Length > BrokenPieceLength) || NamesAColumn(grid[r][c]))
                {
                    continue;
                }

                var whole = string.Concat(words);
                if (ReportPatterns.ColumnHeaderWord().IsMatch(whole))
                {
                    joined ??= [.. grid];
                    joined[r] = [.. joined[r].Take(c), whole, .. joined[r].Skip(c + 1)];
                }
            }
        }

        return joined ?? grid;
    }

    public static IReadOnlyList<IReadOnlyList<string>> SplitRunTogether(IReadOnlyList<IReadOnlyList<string>> grid)
    {
        for (var r = 0; r < Math.Min(HeaderRows, grid.Count); r++)
        {
            for (var c = grid[r].Count - 1; c >= 0; c--)
            {
                var headers = Words(grid[r][c]);
                if (headers.Length >= 2 && headers.All(IsColumnHeader) && FiguresPerCell(grid, r + 1, c) is { } count && count <= headers.Length)
                {
                    grid = Split(grid, c, count);
                }
            }
        }

        return grid;
    }

    /// <summary>
    /// How many figures each filled cell below the header holds, when they all hold the same two or
    /// more (the header may name them in more words than columns: "Uppnådd poäng" wrapped beside "Maxpoäng").
    /// </summary>
    private static int? FiguresPerCell(IReadOnlyList<IReadOnlyList<string>> grid, int from, int column)
    {
        var first = Enumerable.Range(from, Math.Max(0, grid.Count - from))
            .Select(r => column < grid[r].Count ? Words(grid[r][column]) : [])
            .FirstOrDefault(w => w.Length > 0);
        return first is { Length: >= 2 } && HoldsFigures(grid, from, column, first.Length) ? first.Length : null;
    }

    /// <summary>Whether a header cell already says which figure its column holds.</summary>
    private static bool NamesAColumn(string cell) =>
        ReportPatterns.ScoreHeader().IsMatch(cell) || ReportPatterns.MaxHeader().IsMatch(cell.Trim()) || ReportPatterns.ReferenceHeader().IsMatch(cell)
        || ReportPatterns.PercentHeader().IsMatch(cell.Trim());

    private static bool HoldsFigures(IReadOnlyList<IReadOnlyList<string>> grid, int from, int column, int count)
    {
        var filled = 0;
        for (var r = from; r < grid.Count; r++)
        {
            if (column >= grid[r].Count || grid[r][column].Trim().Length == 0)
            {
                continue;
            }

            var words = Words(grid[r][column]);
            if (words.Length != count || !words.All(w => Figure.From(w) is not null || Figure.Percent(w) is not null))
            {
                return false;
            }

            filled++;
        }

        return filled >= MinFilledCells;
    }

    private static List<IReadOnlyList<string>> Split(IReadOnlyList<IReadOnlyList<string>> grid, int column, int count) =>
        grid.Select(row =>
        {
            if (column >= row.Count)
            {
                return row;
            }

            var words = Words(row[column]);
            var parts = words.Length == count ? words : [row[column], .. Enumerable.Repeat(string.Empty, count - 1)];
            return (IReadOnlyList<string>)[.. row.Take(column), .. parts, .. row.Skip(column + 1)];
        }).ToList();

    private static string[] Words(string cell) => cell.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsColumnHeader(string word) =>
        ReportPatterns.MaxHeader().IsMatch(word) || ReportPatterns.ScoreHeader().IsMatch(word) || word is "%" || Year().IsMatch(word);

    [GeneratedRegex(@"^(?:19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
