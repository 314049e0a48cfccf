namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Finds where a page is set in columns and gives its regions in reading order: a one-column band,
/// then each column of a multi-column band top to bottom, left column first, then the next band.
/// <para>
/// A gutter is vertical whitespace that runs at one x through a band of consecutive lines: the
/// lines are taken top down while some gap at least <see cref="ColumnSegmenterOptions.MinGutterWidth"/>
/// wide stays free of words in all of them (the wide, irregular spaces of justified text move from
/// line to line, so they close). A line that crosses the gap, a table or box frame, or a rule
/// across it ends the band. A gutter counts when the lines right of it start at one x, and the
/// columns it parts look like running text: several lines each, wide (not a table's column of
/// figures), several words a line, lines close together. Short lines in the first column with
/// empty space across the page above and below them (a heading between two column sections) part
/// the band in two. Lines that cross a gutter are split at it. Tables are then found per region,
/// so two text columns are never paired into one table. A page without columns is one region,
/// the page itself. Immutable and thread-safe.
/// </para>
/// </summary>
public sealed class ColumnSegmenter : IColumnSegmenter
{
    public ColumnSegmenter(ColumnSegmenterOptions options)
    {
        Options = options;
    }

    public static ColumnSegmenter Default { get; } = new(ColumnSegmenterOptions.Default);

    public ColumnSegmenterOptions Options { get; }

    public IReadOnlyList<PageContent> Segment(PageContent page)
    {
        var lines = page.Lines;
        if (lines.Count < 2 * Options.MinColumnLines)
        {
            return [page];
        }

        var layout = new PageWhitespace(lines, Obstacles(page), BodySize(lines));
        var bands = new List<Band>();
        var i = 0;
        while (i < lines.Count)
        {
            var (end, gaps) = Grow(layout, i);
            var found = Bands(layout, i, end, gaps);
            if (found.Count == 0)
            {
                i++;
                continue;
            }

            bands.AddRange(found);
            i = end;
        }

        return bands.Count == 0 ? [page] : Regions(page, layout, bands);
    }

    /// <summary>
    /// The lines from <paramref name="start"/> on that keep some gap wide enough for a gutter free,
    /// and those gaps (the gaps common to all of them, inside the page's text).
    /// </summary>
    private (int End, List<WhitespaceGap> Gaps) Grow(PageWhitespace text, int start)
    {
        var minWidth = Options.MinGutterWidth * text.Em;
        var free = text.FreeGaps(start, text.Lines[start].Top, minWidth);
        var end = start + 1;
        while (end < text.Lines.Count && free.Count > 0)
        {
            var next = PageWhitespace.Intersect(free, text.FreeGaps(end, text.Lines[end - 1].Top, minWidth), minWidth);
            if (next.Count == 0)
            {
                break;
            }

            free = next;
            end++;
        }

        return (end, free);
    }

    /// <summary>
    /// The multi-column bands among lines [start, end) with the gaps they keep free: none when they
    /// are not set in columns; more than one when headings between column sections part them.
    /// </summary>
    private List<Band> Bands(PageWhitespace text, int start, int end, List<WhitespaceGap> gaps)
    {
        var gutters = Gutters(text, start, end, gaps);
        while (gutters.Count > 0 && FailingColumn(text, start, end, gutters) is { } failing)
        {
            // A column too thin to be text between two gaps (the bullets or numbers of a list
            // hanging in a column) is part of its neighbour: drop the narrower gap beside it.
            var left = failing > 0 ? gutters[failing - 1] : (WhitespaceGap?)null;
            var right = failing < gutters.Count ? gutters[failing] : (WhitespaceGap?)null;
            var dropLeft = right is null || (left is { } l && l.Width < right.Value.Width);
            gutters.RemoveAt(dropLeft ? failing - 1 : failing);
        }

        if (gutters.Count == 0)
        {
            return [];
        }

        var cut = Earliest(SpanningStretch(text, start, end, gutters), TableStretch(text, start, end, gutters[0]));
        if (cut is null)
        {
            return [new Band(start, end, gutters)];
        }

        var above = Bands(text, start, cut.Value.Start, text.CommonGaps(start, cut.Value.Start, Options.MinGutterWidth * text.Em));
        var below = Bands(text, cut.Value.End, end, text.CommonGaps(cut.Value.End, end, Options.MinGutterWidth * text.Em));
        return [.. above, .. below];
    }

    /// <summary>The gaps with words on both sides whose right side starts at one x, left to right.</summary>
    private List<WhitespaceGap> Gutters(PageWhitespace text, int start, int end, List<WhitespaceGap> gaps)
    {
        var gutters = new List<WhitespaceGap>();
        foreach (var gap in gaps)
        {
            var starts = new List<double>();
            var leftOfIt = false;
            for (var k = start; k < end; k++)
            {
                var words = text.Lines[k].Words;
                var after = -1;
                for (var w = 0; w < words.Count; w++)
                {
                    if (words[w].Left >= gap.Hi - 0.01)
                    {
                        after = w;
                        break;
                    }
                }

                leftOfIt |= words[0].Right <= gap.Lo + 0.01;
                if (after >= 0)
                {
                    starts.Add(words[after].Left);
                }
            }

            if (leftOfIt && starts.Count >= Options.MinColumnLines && AlignedShare(starts) >= Options.MinAlignedShare)
            {
                gutters.Add(gap);
            }
        }

        return gutters;
    }

    /// <summary>The largest share of the positions that lie within the tolerance of one of them.</summary>
    private double AlignedShare(List<double> starts)
    {
        starts.Sort();
        var best = 0;
        var from = 0;
        for (var to = 0; to < starts.Count; to++)
        {
            while (starts[to] - starts[from] > Options.AlignTolerance)
            {
                from++;
            }

            best = Math.Max(best, to - from + 1);
        }

        return (double)best / starts.Count;
    }

    /// <summary>The first column the gutters part that does not hold running text, or null when all do.</summary>
    private int? FailingColumn(PageWhitespace text, int start, int end, List<WhitespaceGap> gutters)
    {
        var bandLeft = double.MaxValue;
        var bandRight = double.MinValue;
        for (var k = start; k < end; k++)
        {
            bandLeft = Math.Min(bandLeft, text.Lines[k].Left);
            bandRight = Math.Max(bandRight, text.Lines[k].Right);
        }

        for (var c = 0; c <= gutters.Count; c++)
        {
            var (from, to) = Bounds(gutters, c);
            var pieces = 0;
            var words = 0;
            var figures = 0;
            var dense = 0;
            double left = double.MaxValue, right = double.MinValue, lastBaseline = double.NaN;
            for (var k = start; k < end; k++)
            {
                var inColumn = 0;
                foreach (var word in text.Lines[k].Words)
                {
                    if (word.CenterX >= from && word.CenterX < to)
                    {
                        inColumn++;
                        if (IsFigure(word.Text))
                        {
                            figures++;
                        }

                        left = Math.Min(left, word.Left);
                        right = Math.Max(right, word.Right);
                    }
                }

                if (inColumn == 0)
                {
                    continue;
                }

                var baseline = text.Lines[k].Baseline;
                if (pieces > 0 && lastBaseline - baseline <= Options.MaxLineGap * text.Em)
                {
                    dense++;
                }

                pieces++;
                words += inColumn;
                lastBaseline = baseline;
            }

            var width = right - left;
            if (pieces < Options.MinColumnLines ||
                width < Options.MinColumnWidth * text.Em ||
                width < Options.MinColumnShare * (bandRight - bandLeft) ||
                words < Options.MinWordsPerLine * pieces ||
                figures > Options.MaxFigureShare * words ||
                dense < Options.MinDenseShare * (pieces - 1))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>A word that is a figure: digits with their separators, a percent sign, a sign.</summary>
    private static bool IsFigure(string word) =>
        word.Length > 0 && word.Any(char.IsDigit) && word.All(c => char.IsDigit(c) || c is ',' or '.' or '%' or '-' or '–' or '+' or '/' or ':' or '(' or ')');

    /// <summary>
    /// The first run of lines that parts the band: lines within one column, with more space above
    /// and below them, across the whole page, than the first column's line pitch leaves, that are
    /// either headings (bold or larger) with the other columns' text both above and below them (a
    /// heading set across the page between two column sections), or headings or short lines in the
    /// first column before or after the other columns' text (a heading above or below the columns;
    /// a column's own lines run on to the gutter), after them only when more of the page follows.
    /// Null when there is none.
    /// </summary>
    private (int Start, int End)? SpanningStretch(PageWhitespace text, int start, int end, List<WhitespaceGap> gutters)
    {
        var limit = gutters[0].Lo - (Options.ShortOfGutter * text.Em);
        var space = (Options.MinCutGap * text.Em) + Pitch(text, start, end, gutters[0]);

        // Lines are in baseline order, so the line before (after) a run is the nearest above (below) it in any column.
        bool SpaceBetween(int above, int below) => text.Lines[above].Baseline - text.Lines[below].Baseline >= space;

        for (var k = start; k < end; k++)
        {
            if (ColumnOf(text.Lines[k], gutters) is not { } column || (k > start && !SpaceBetween(k - 1, k)))
            {
                continue;
            }

            var stretchEnd = k + 1;
            while (stretchEnd < end && ColumnOf(text.Lines[stretchEnd], gutters) == column && !SpaceBetween(stretchEnd - 1, stretchEnd))
            {
                stretchEnd++;
            }

            if ((k == start && stretchEnd == end) || (stretchEnd < end && !SpaceBetween(stretchEnd - 1, stretchEnd)))
            {
                continue;
            }

            var othersAbove = Enumerable.Range(start, k - start).Any(i => ColumnOf(text.Lines[i], gutters) != column);
            var othersBelow = Enumerable.Range(stretchEnd, end - stretchEnd).Any(i => ColumnOf(text.Lines[i], gutters) != column);
            var lines = Enumerable.Range(k, stretchEnd - k).Select(i => text.Lines[i]).ToList();
            var heading = lines.All(l => l.IsBold || l.FontSize >= text.Em + DocumentStyle.SizeTolerance);
            var headingLike = column == 0 && (heading || lines.All(l => l.Right <= limit));

            // After the columns only when more follows on the page: the first column of an
            // unbalanced last page runs on alone below the others to the page's end.
            var parts = (othersAbove && othersBelow && heading) ||
                (!othersAbove && headingLike) ||
                (!othersBelow && headingLike && end < text.Lines.Count);
            if (parts)
            {
                return (k, stretchEnd);
            }
        }

        return null;
    }

    private static (int Start, int End)? Earliest((int Start, int End)? a, (int Start, int End)? b) =>
        a is null ? b : b is null ? a : a.Value.Start <= b.Value.Start ? a : b;

    /// <summary>
    /// The first run of lines that are the rows of a table set across the gutter without rules
    /// (labels left of it, only figures right of it: "2.1 Har kommunen … 20 8"), with the short
    /// header lines right above it ("Delfråga  Max Uppnådd", "poäng"). Running text in a column
    /// never has a column of nothing but figures beside it, so such rows part the band and are read
    /// across the page. Null when there is none.
    /// </summary>
    private (int Start, int End)? TableStretch(PageWhitespace text, int start, int end, WhitespaceGap gutter)
    {
        bool IsFigureRow(TextLine line)
        {
            var left = line.Words.Count(w => w.CenterX < gutter.Middle);
            var right = line.Words.Where(w => w.CenterX >= gutter.Middle).ToList();
            return left > 0 && right.Count > 0 && right.All(w => IsFigure(w.Text));
        }

        bool IsHeaderLine(TextLine line) =>
            line.Words.Count(w => w.CenterX >= gutter.Middle) <= Options.MaxTableHeaderWords
            && line.Words.Count(w => w.CenterX < gutter.Middle) <= Options.MaxTableHeaderWords
            && !line.Words.Any(w => w.Text.EndsWith('.'));

        // A label may wrap: a line with words only left of the gutter right before a row is part of it.
        bool IsLabelLine(int k) => k + 1 < end && IsFigureRow(text.Lines[k + 1])
            && text.Lines[k].Words.All(w => w.CenterX < gutter.Middle);

        for (var k = start; k < end; k++)
        {
            if (!IsFigureRow(text.Lines[k]))
            {
                continue;
            }

            var rows = 0;
            var stretchEnd = k;
            while (stretchEnd < end && (IsFigureRow(text.Lines[stretchEnd]) || IsLabelLine(stretchEnd)))
            {
                rows += IsFigureRow(text.Lines[stretchEnd]) ? 1 : 0;
                stretchEnd++;
            }

            if (rows < Options.MinTableRows)
            {
                k = stretchEnd;
                continue;
            }

            var stretchStart = k;
            var headerLines = 0;
            while (stretchStart > start && headerLines < Options.MaxTableHeaderLines && IsHeaderLine(text.Lines[stretchStart - 1]))
            {
                stretchStart--;
                headerLines++;
            }

            return (stretchStart, stretchEnd);
        }

        // The header of a table whose rows cross the gutter (long labels) ends the band: its short
        // lines belong to the table below, not to the columns above.
        // (The first row's label may wrap: its first line then has no figures.)
        bool RowFollows(int k) => k < text.Lines.Count && text.Lines[k].Words.Any(w => w.CenterX < gutter.Middle)
            && (EndsInFigures(text.Lines[k]) || (k + 1 < text.Lines.Count && EndsInFigures(text.Lines[k + 1])));
        if (RowFollows(end))
        {
            var headerStart = end;
            while (headerStart > start && end - headerStart < Options.MaxTableHeaderLines && IsHeaderLine(text.Lines[headerStart - 1]))
            {
                headerStart--;
            }

            if (headerStart < end)
            {
                return (headerStart, end);
            }
        }

        return null;
    }

    /// <summary>A table row: a label, then figures to the line's end ("2.1 Har kommunen …? 20 8").</summary>
    private static bool EndsInFigures(TextLine line) =>
        line.Words.Count >= 2 && IsFigure(line.Words[^1].Text) && line.Words.Any(w => !IsFigure(w.Text));

    /// <summary>The column all the line's words lie in, or null when they lie in several.</summary>
    private static int? ColumnOf(TextLine line, List<WhitespaceGap> gutters)
    {
        int? column = null;
        foreach (var word in line.Words)
        {
            var c = 0;
            while (c < gutters.Count && word.CenterX > gutters[c].Middle)
            {
                c++;
            }

            if (column is not null && column != c)
            {
                return null;
            }

            column = c;
        }

        return column;
    }

    /// <summary>The usual baseline distance between consecutive lines of the first column (the median).</summary>
    private static double Pitch(PageWhitespace text, int start, int end, WhitespaceGap firstGutter)
    {
        var distances = new List<double>();
        var last = double.NaN;
        for (var k = start; k < end; k++)
        {
            if (text.Lines[k].Words[0].Right > firstGutter.Lo + 0.01)
            {
                continue;
            }

            if (!double.IsNaN(last))
            {
                distances.Add(last - text.Lines[k].Baseline);
            }

            last = text.Lines[k].Baseline;
        }

        if (distances.Count == 0)
        {
            return 0;
        }

        distances.Sort();
        return distances[distances.Count / 2];
    }

    /// <summary>The page's regions in reading order: one-column runs of lines whole, bands column by column.</summary>
    private static List<PageContent> Regions(PageContent page, PageWhitespace text, List<Band> bands)
    {
        var regions = new List<PageContent>();
        var pending = new List<TextLine>();
        var next = 0;
        for (var b = 0; b <= bands.Count; b++)
        {
            var bandStart = b < bands.Count ? bands[b].Start : text.Lines.Count;
            for (; next < bandStart; next++)
            {
                pending.Add(text.Lines[next]);
            }

            if (pending.Count > 0)
            {
                regions.Add(page with { Lines = [.. pending], Column = null });
                pending.Clear();
            }

            if (b == bands.Count)
            {
                break;
            }

            var band = bands[b];
            for (var c = 0; c <= band.Gutters.Count; c++)
            {
                var (from, to) = Bounds(band.Gutters, c);
                var pieces = new List<TextLine>();
                for (var k = band.Start; k < band.End; k++)
                {
                    if (text.Lines[k].Slice(w => w.CenterX >= from && w.CenterX < to) is { } piece)
                    {
                        pieces.Add(piece);
                    }
                }

                // Each column's left edge is where its own lines start, so indents (of a list set in
                // columns, say) count alike in every column; the last reaches the page's text edge.
                var left = pieces.Count == 0 ? text.Left : pieces.Min(l => l.Left);
                var right = c == band.Gutters.Count ? text.Right : band.Gutters[c].Lo;
                regions.Add(page with { Lines = pieces, Column = new TextColumn(left, right) });
            }

            next = band.End;
        }

        return regions;
    }

    /// <summary>The x-range of column <paramref name="c"/>, from the middle of one gutter to the next (open at the outer ends).</summary>
    private static (double From, double To) Bounds(List<WhitespaceGap> gutters, int c) =>
        (c == 0 ? double.NegativeInfinity : gutters[c - 1].Middle, c == gutters.Count ? double.PositiveInfinity : gutters[c].Middle);

    /// <summary>
    /// What no gutter may cross: the frame of each table or box (a table is read whole, in the
    /// region that holds it), and each horizontal rule not part of one. A lone vertical rule (a
    /// line between columns) is none.
    /// </summary>
    private List<PageWhitespace.Obstacle> Obstacles(PageContent page)
    {
        var obstacles = new List<PageWhitespace.Obstacle>();
        if (page.Rulings.Count == 0)
        {
            return obstacles;
        }

        foreach (var (left, bottom, right, top) in Options.Frames.Frames(page))
        {
            obstacles.Add(new PageWhitespace.Obstacle(left, bottom, right, top));
        }

        foreach (var group in RulingGroups.Connected(page.Rulings, Options.Frames.Options.Tolerance))
        {
            if (group.All(r => r.IsHorizontal))
            {
                obstacles.AddRange(group.Select(r => new PageWhitespace.Obstacle(r.X1, r.Y1, r.X2, r.Y2)));
            }
        }

        return obstacles;
    }

    /// <summary>The font size most of the page's characters have.</summary>
    private static double BodySize(IReadOnlyList<TextLine> lines) =>
        lines.GroupBy(l => l.FontSize).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;

    /// <summary>Lines [Start, End) set in columns, parted by the gutters.</summary>
    private sealed record Band(int Start, int End, List<WhitespaceGap> Gutters);
}
