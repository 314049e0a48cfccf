using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Documents.Text;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// Finds tables typed with tabs: a run of paragraphs, at least
/// <see cref="TabTableDetectorOptions.MinRows"/> of whose lines tabs split into two or more
/// cells, becomes one table when a column after the first holds figures. Each cell goes to the
/// column of the tab stop it starts at, so empty leading cells and skipped stops stay empty;
/// stops that no line uses together and whose text overlaps make one column (a header on other
/// stops than the figures under it). A plain paragraph that starts in lower case after a cell
/// that does not end a sentence continues that cell (a wrapped row); a lone figure after a tab
/// below rows is a row of its own (a total); a single blank line between rows is spacing. What is
/// not a table: a single tabbed line, a tab after a
/// bullet or list number, an indent made with a tab, a table of contents (dot leaders before
/// rising page numbers, or its styles and fields, which the reader keeps out), and label/value
/// lines ("Datum:\t…") or text-only columns such as "Namn\tOrganisation" on a title page, which
/// stay paragraphs so that nothing on them is hidden from the front matter.
/// Immutable and thread-safe.
/// </summary>
internal sealed partial class TabTableDetector : ITabTableDetector
{
    public TabTableDetector(TabTableDetectorOptions options)
    {
        Options = options;
    }

    public static TabTableDetector Default { get; } = new(TabTableDetectorOptions.Default);

    public TabTableDetectorOptions Options { get; }

    public IReadOnlyList<TabTable> Detect(IReadOnlyList<TabParagraph> paragraphs)
    {
        var found = new List<TabTable>();
        var i = 0;
        while (i < paragraphs.Count)
        {
            if (!IsRow(paragraphs[i]))
            {
                i++;
                continue;
            }

            var rows = new List<Row>();
            var last = i;
            for (var j = i; j < paragraphs.Count; j++)
            {
                // One blank line between rows is spacing; the table goes on after it.
                if (paragraphs[j].IsBlank)
                {
                    if (j + 1 < paragraphs.Count && !paragraphs[j + 1].IsBlank)
                    {
                        continue;
                    }

                    break;
                }

                if (!TryAdd(paragraphs[j], rows))
                {
                    break;
                }

                last = j;
            }

            if (Build(rows) is { } table)
            {
                found.Add(new TabTable(i, last, table));
            }

            i = last + 1;
        }

        return found;
    }

    private static bool IsRow(TabParagraph p) => p.CanBeRow && p.Lines.Any(IsSplit);

    /// <summary>Two or more cells, not just a bullet or list number and its text.</summary>
    private static bool IsSplit(TabLine line) =>
        line.Cells.Count >= 2 && !(line.Cells.Count == 2 && !line.StartsWithTab && ListMarker().IsMatch(line.Cells[0].Text));

    private bool TryAdd(TabParagraph p, List<Row> rows)
    {
        if (IsRow(p))
        {
            var firstOfParagraph = rows.Count;
            foreach (var line in p.Lines)
            {
                AddLine(line, p.Page, rows, firstOfParagraph);
            }

            return true;
        }

        if (rows.Count == 0 || p.Lines.Count != 1 || p.Lines[0].Cells.Count != 1)
        {
            return false;
        }

        var lone = p.Lines[0];
        if (p.CanContinue && Continues(lone.Cells[0], rows[^1]) is { } target)
        {
            rows[^1].Append(target, lone.Cells[0]);
            return true;
        }

        if (p.CanBeRow && IsTotal(lone, rows))
        {
            rows.Add(new Row(lone, p.Page));
            return true;
        }

        return false;
    }

    /// <summary>One line of a row paragraph: a row, a lone figure after a tab, or the wrapped text of a cell.</summary>
    private void AddLine(TabLine line, int? page, List<Row> rows, int firstOfParagraph)
    {
        if (line.Cells.Count == 0)
        {
            return;
        }

        if (IsSplit(line) || IsTotal(line, rows))
        {
            // "3.1 Hur informeras medborgarna om" + line break + "kommunens verksamhet?\t20\t15":
            // the line before, within the same paragraph, is the start of this row's first cell.
            if (rows.Count > firstOfParagraph && rows[^1].Cells.Count == 1 && !line.StartsWithTab
                && rows[^1].Cells[0].Anchor == rows[^1].Start && StartsLower(line.Cells[0].Text) && !EndsSentence(rows[^1].Cells[0].Text))
            {
                var head = rows[^1].Cells[0];
                rows[^1] = new Row(line, page);
                rows[^1].Prepend(head);
                return;
            }

            rows.Add(new Row(line, page));
            return;
        }

        if (line.Cells.Count == 1 && rows.Count > 0 && Continues(line.Cells[0], rows[^1]) is { } target)
        {
            rows[^1].Append(target, line.Cells[0]);
            return;
        }

        rows.Add(new Row(line, page));
    }

    /// <summary>A single figure after a tab, below rows of the table: a total without a label.</summary>
    private static bool IsTotal(TabLine line, List<Row> rows) =>
        rows.Count > 0 && line.Cells.Count == 1 && line.StartsWithTab && IsFigure(line.Cells[0].Text);

    /// <summary>
    /// The index of the cell of <paramref name="row"/> that <paramref name="cell"/> goes on from:
    /// text starting in lower case, under a cell (the last one starting left of it) that does not
    /// end a sentence; null when it starts something new.
    /// </summary>
    private int? Continues(TabCell cell, Row row)
    {
        if (!StartsLower(cell.Text))
        {
            return null;
        }

        for (var k = row.Cells.Count - 1; k >= 0; k--)
        {
            if (row.Cells[k].Left <= cell.Left + Options.ColumnTolerance)
            {
                return EndsSentence(row.Cells[k].Text) ? null : k;
            }
        }

        return null;
    }

    private Table? Build(List<Row> rows)
    {
        var split = rows.Where(r => r.Cells.Count >= 2).ToList();
        if (split.Count < Options.MinRows || IsTableOfContents(split) || split.All(r => r.Cells[0].Text.EndsWith(':')))
        {
            return null;
        }

        ChooseLayouts(rows);
        var columnOf = Columns(rows, out var width);
        if (width < 2 || !HasFigureColumn(split, columnOf))
        {
            return null;
        }

        var tableRows = new List<TableRow>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new TableCell[width];
            for (var c = 0; c < width; c++)
            {
                cells[c] = new TableCell([]);
            }

            foreach (var cell in row.Cells)
            {
                cells[columnOf[cell.Anchor]] = TableCell.FromText(cell.Text, row.Page);
            }

            tableRows.Add(new TableRow(cells));
        }

        return new Table(tableRows, rows[0].Page);
    }

    /// <summary>
    /// Where a line's text ends near a stop, the estimate cannot tell which stop its next tab
    /// reached: take, of the line's layouts, the one whose stops the other rows use most.
    /// </summary>
    private static void ChooseLayouts(List<Row> rows)
    {
        if (!rows.Any(r => r.Alternatives.Count > 0))
        {
            return;
        }

        var uses = new Dictionary<int, int>();
        foreach (var row in rows)
        {
            foreach (var anchor in row.Cells.Select(c => c.Anchor).Distinct())
            {
                uses[anchor] = uses.GetValueOrDefault(anchor) + 1;
            }
        }

        foreach (var row in rows.Where(r => r.Alternatives.Count > 0))
        {
            var own = row.Cells.Select(c => c.Anchor).ToHashSet();
            int Support(IEnumerable<int> anchors) => anchors.Sum(a => uses.GetValueOrDefault(a) - (own.Contains(a) ? 1 : 0));
            var best = Support(own);
            foreach (var alternative in row.Alternatives)
            {
                if (alternative.Cells.Count == row.Cells.Count && Support(alternative.Cells.Select(c => c.Anchor)) is var support && support > best)
                {
                    best = support;
                    row.Relay(alternative);
                }
            }
        }
    }

    /// <summary>
    /// The column of each anchor: anchors in order of position, an anchor joining the column
    /// before it when no row has cells at both and their text overlaps (within the tolerance).
    /// </summary>
    private Dictionary<int, int> Columns(List<Row> rows, out int width)
    {
        var anchors = new SortedDictionary<int, AnchorUse>();
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var cell in rows[r].Cells)
            {
                if (!anchors.TryGetValue(cell.Anchor, out var use))
                {
                    anchors[cell.Anchor] = use = new AnchorUse(cell.Left, cell.Right);
                }

                use.Add(r, cell);
            }
        }

        var columnOf = new Dictionary<int, int>();
        AnchorUse? column = null;
        width = 0;
        foreach (var (position, use) in anchors)
        {
            if (column is not null && !column.Rows.Overlaps(use.Rows)
                && use.Left <= column.Right + Options.ColumnTolerance && use.Right >= column.Left - Options.ColumnTolerance)
            {
                column.Merge(use);
            }
            else
            {
                column = use;
                width++;
            }

            columnOf[position] = width - 1;
        }

        return columnOf;
    }

    /// <summary>Some column after the first holds figures in at least as many rows as it holds words.</summary>
    private static bool HasFigureColumn(List<Row> split, Dictionary<int, int> columnOf)
    {
        var figures = new Dictionary<int, int>();
        var words = new Dictionary<int, int>();
        foreach (var row in split)
        {
            foreach (var cell in row.Cells)
            {
                var column = columnOf[cell.Anchor];
                if (column == 0 || Placeholder().IsMatch(cell.Text))
                {
                    continue;
                }

                var tally = IsFigure(cell.Text) ? figures : words;
                tally[column] = tally.GetValueOrDefault(column) + 1;
            }
        }

        return figures.Any(kv => kv.Value >= words.GetValueOrDefault(kv.Key));
    }

    /// <summary>Every line is an entry with a leader before a page number, and the page numbers never fall.</summary>
    private static bool IsTableOfContents(List<Row> split)
    {
        var last = 0;
        foreach (var row in split)
        {
            if (!row.IsTocEntry || !int.TryParse(row.Cells[^1].Text, System.Globalization.CultureInfo.InvariantCulture, out var page) || page < last)
            {
                return false;
            }

            last = page;
        }

        return true;
    }

    /// <summary>A number, but not a sub-question label: "2.6" beside a finding names question 2.6 (Swedish decimals take a comma).</summary>
    internal static bool IsFigure(string text) => Figure().IsMatch(text) && !QuestionLabel().IsMatch(text);

    private static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or ';';

    /// <summary>"85", "9,5", "1 234", "75%", "75 %", "-3", "+12".</summary>
    [GeneratedRegex(@"^[-+−–]?\d{1,3}(?:[\u00A0\u202F ]?\d{3})*(?:[.,]\d+)?\s?%?$", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionLabel();

    /// <summary>A dash or dots standing for a missing figure.</summary>
    [GeneratedRegex(@"^(?:[-–—]|\.{1,3}|…)$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>A bullet glyph or a list number before a tab: "•", "–", "1.", "1)", "a)", "iv.".</summary>
    [GeneratedRegex(@"^(?:[•◦▪■●○►➢➤✓✔·∙\uF000-\uF0FF*–-]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,4}[.)])$", RegexOptions.CultureInvariant)]
    private static partial Regex ListMarker();

    /// <summary>A row being collected: its cells (mutable while wrapped text is added), page and line start.</summary>
    private sealed class Row(TabLine line, int? page)
    {
        public List<TabCell> Cells { get; } = [.. line.Cells];

        public int? Page { get; } = page;

        public int Start { get; } = line.Start;

        public bool IsTocEntry { get; } = line.IsTocEntry;

        public IReadOnlyList<TabLine> Alternatives { get; } = line.Alternatives;

        /// <summary>Takes the anchors and extents of another layout of the same line, keeping the (perhaps joined) texts.</summary>
        public void Relay(TabLine layout)
        {
            for (var k = 0; k < Cells.Count; k++)
            {
                Cells[k] = layout.Cells[k] with { Text = Cells[k].Text };
            }
        }

        public void Append(int index, TabCell more)
        {
            var cell = Cells[index];
            Cells[index] = cell with { Text = cell.Text + " " + more.Text, Right = Math.Max(cell.Right, more.Right) };
        }

        public void Prepend(TabCell head)
        {
            var cell = Cells[0];
            Cells[0] = cell with { Text = head.Text + " " + cell.Text, Left = Math.Min(cell.Left, head.Left) };
        }
    }

    /// <summary>The rows that use one anchor (or one merged column) and the extent of their text there.</summary>
    private sealed class AnchorUse(int left, int right)
    {
        public HashSet<int> Rows { get; } = [];

        public int Left { get; private set; } = left;

        public int Right { get; private set; } = right;

        public void Add(int row, TabCell cell)
        {
            Rows.Add(row);
            Left = Math.Min(Left, cell.Left);
            Right = Math.Max(Right, cell.Right);
        }

        public void Merge(AnchorUse other)
        {
            Rows.UnionWith(other.Rows);
            Left = Math.Min(Left, other.Left);
            Right = Math.Max(Right, other.Right);
        }
    }
}
