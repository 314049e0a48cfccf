namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Recovers ruled tables: rulings that cross or touch form a group; a group with at least two
/// horizontal and two vertical edges is a grid whose rows and columns lie between its edges. Where
/// an inner edge is missing the cells are merged (a column span, or a vertical merge whose lower
/// part holds no text). A one-cell box (a bordered or shaded "ruta") is a one-cell table; a frame
/// the page break left open at the top or bottom (its sides run on past its last edge) is closed
/// where its sides end. Each word goes to the cell that holds its centre; the rest stay body text.
/// Immutable and thread-safe.
/// </summary>
public sealed class RuledTableDetector : ITableDetector
{
    public RuledTableDetector(RuledTableDetectorOptions options)
    {
        Options = options;
    }

    public static RuledTableDetector Default { get; } = new(RuledTableDetectorOptions.Default);

    public RuledTableDetectorOptions Options { get; }

    public PageLayout Detect(PageContent page)
    {
        var grids = Grids(page);
        if (grids.Count == 0)
        {
            return new PageLayout(page.Number, page.Lines, []);
        }

        var body = new List<TextLine>();
        foreach (var line in page.Lines)
        {
            var outside = line.Slice(w => !grids.Any(g => g.TryAdd(w)));
            if (outside is not null)
            {
                body.Add(outside);
            }

            foreach (var grid in grids)
            {
                grid.EndLine(page.Number);
            }
        }

        var tables = grids.Select(g => g.Build(page.Number)).Where(t => t.Rows.Any(r => r.Cells.Any(c => c.Lines.Count > 0))).ToList();
        return new PageLayout(page.Number, body, tables);
    }

    /// <summary>The boxes (left, bottom, right, top) of the page's tables and boxes, whether or not they hold text.</summary>
    public IReadOnlyList<(double Left, double Bottom, double Right, double Top)> Frames(PageContent page) =>
        [.. Grids(page).Select(g => g.Box)];

    private List<GridBuilder> Grids(PageContent page)
    {
        var grids = new List<GridBuilder>();
        foreach (var group in RulingGroups.Connected(page.Rulings, Options.Tolerance))
        {
            if (GridBuilder.TryCreate(group, page, Options) is { } grid)
            {
                grids.Add(grid);
            }
        }

        return grids;
    }

    /// <summary>Mutable, per-call state of one grid while words are handed out.</summary>
    private sealed class GridBuilder
    {
        private readonly double[] xs;
        private readonly double[] ys;
        private readonly CellBuilder[,] anchorAt;
        private readonly List<CellBuilder> cells = [];

        private GridBuilder(double[] xs, double[] ys, IReadOnlyList<Ruling> rulings, double tol)
        {
            this.xs = xs;
            this.ys = ys;
            var rows = ys.Length - 1;
            var cols = xs.Length - 1;
            anchorAt = new CellBuilder[rows, cols];

            for (var r = 0; r < rows; r++)
            {
                var midY = (ys[r] + ys[r + 1]) / 2;
                var c = 0;
                while (c < cols)
                {
                    var end = c + 1;
                    while (end < cols && !HasVertical(rulings, xs[end], midY, tol))
                    {
                        end++;
                    }

                    var midX = (xs[c] + xs[end]) / 2;
                    var above = r > 0 ? anchorAt[r - 1, c] : null;
                    var mergedFromAbove = above is not null && above.FirstColumn == c && above.LastColumn == end - 1 && !HasHorizontal(rulings, ys[r], midX, tol);
                    var cell = new CellBuilder(r, c, end - 1, mergedFromAbove ? above : null);
                    cells.Add(cell);
                    for (var k = c; k < end; k++)
                    {
                        anchorAt[r, k] = mergedFromAbove ? above! : cell;
                    }

                    if (mergedFromAbove)
                    {
                        above!.LastRow = r;
                    }

                    c = end;
                }
            }
        }

        public (double Left, double Bottom, double Right, double Top) Box => (xs[0], ys[^1], xs[^1], ys[0]);

        public static GridBuilder? TryCreate(List<Ruling> group, PageContent page, RuledTableDetectorOptions options)
        {
            var tol = options.Tolerance;
            var xs = Cluster(group.Where(r => !r.IsHorizontal).Select(r => r.Position), tol, options.MinCellSize);
            var ys = Cluster(group.Where(r => r.IsHorizontal).Select(r => r.Position).Concat(OpenEnds(group, options)), tol, options.MinCellSize);
            if (xs.Length < 2 || ys.Length < 2)
            {
                return null;
            }

            Array.Reverse(ys);
            var width = xs[^1] - xs[0];
            var height = ys[0] - ys[^1];
            if (width >= page.Width * options.PageFrameFraction && height >= page.Height * options.PageFrameFraction)
            {
                return null;
            }

            return new GridBuilder(xs, ys, group, tol);
        }

        /// <summary>
        /// Where a frame open at the top or bottom ends: the page break cut a bordered box, whose
        /// outer sides (at least two verticals) run on together past its last horizontal edge.
        /// </summary>
        private static IEnumerable<double> OpenEnds(List<Ruling> group, RuledTableDetectorOptions options)
        {
            var verticals = group.Where(r => !r.IsHorizontal).ToList();
            var horizontals = group.Where(r => r.IsHorizontal).ToList();
            if (verticals.Count < 2 || horizontals.Count == 0)
            {
                yield break;
            }

            var bottom = verticals.Min(r => r.Y1);
            var top = verticals.Max(r => r.Y2);
            if (horizontals.Min(r => r.Position) - bottom > options.MinCellSize && verticals.Count(r => r.Y1 <= bottom + options.Tolerance) >= 2)
            {
                yield return bottom;
            }

            if (top - horizontals.Max(r => r.Position) > options.MinCellSize && verticals.Count(r => r.Y2 >= top - options.Tolerance) >= 2)
            {
                yield return top;
            }
        }

        /// <summary>Gives the word to its cell when the grid holds its centre.</summary>
        public bool TryAdd(TextWord word)
        {
            var x = word.CenterX;
            var y = word.CenterY;
            if (x < xs[0] || x > xs[^1] || y > ys[0] || y < ys[^1])
            {
                return false;
            }

            var col = Math.Clamp(Array.FindLastIndex(xs, e => e <= x), 0, xs.Length - 2);
            var row = Math.Clamp(Array.FindIndex(ys, e => e < y) - 1, 0, ys.Length - 2);
            anchorAt[row, col].Pending.Add(word);
            return true;
        }

        /// <summary>Closes the current page line: the words each cell got from it become one cell line.</summary>
        public void EndLine(int page)
        {
            foreach (var cell in cells)
            {
                if (cell.Pending.Count > 0)
                {
                    cell.Lines.Add(new TextLine([.. cell.Pending], page));
                    cell.Pending.Clear();
                }
            }
        }

        public TableGrid Build(int page)
        {
            var rows = new List<GridRow>();
            for (var r = 0; r < ys.Length - 1; r++)
            {
                var rowCells = cells
                    .Where(c => c.Row == r)
                    .OrderBy(c => c.FirstColumn)
                    .Select(c =>
                    {
                        var anchor = c.MergedInto ?? c;
                        return new GridCell(
                            xs[c.FirstColumn],
                            ys[anchor.LastRow + 1],
                            xs[c.LastColumn + 1],
                            ys[anchor.Row],
                            c.LastColumn - c.FirstColumn + 1,
                            c.MergedInto is not null,
                            c.MergedInto is null ? c.Lines : []);
                    })
                    .ToList();
                rows.Add(new GridRow(rowCells));
            }

            return new TableGrid(page, xs[0], ys[^1], xs[^1], ys[0], xs, rows);
        }

        private static bool HasVertical(IReadOnlyList<Ruling> rulings, double x, double y, double tol) =>
            rulings.Any(r => !r.IsHorizontal && Math.Abs(r.Position - x) <= tol && y >= r.Y1 - tol && y <= r.Y2 + tol);

        private static bool HasHorizontal(IReadOnlyList<Ruling> rulings, double y, double x, double tol) =>
            rulings.Any(r => r.IsHorizontal && Math.Abs(r.Position - y) <= tol && x >= r.X1 - tol && x <= r.X2 + tol);

        /// <summary>Sorted distinct positions; positions within the tolerance or closer than a cell are one edge.</summary>
        private static double[] Cluster(IEnumerable<double> positions, double tol, double minGap)
        {
            var result = new List<double>();
            foreach (var p in positions.Order())
            {
                if (result.Count > 0 && p - result[^1] <= Math.Max(tol, minGap))
                {
                    continue;
                }

                result.Add(p);
            }

            return [.. result];
        }
    }

    /// <summary>A cell while it collects lines; a vertically merged cell points at the cell above.</summary>
    private sealed class CellBuilder(int row, int firstColumn, int lastColumn, CellBuilder? mergedInto)
    {
        public int Row { get; } = row;

        public int LastRow { get; set; } = row;

        public int FirstColumn { get; } = firstColumn;

        public int LastColumn { get; } = lastColumn;

        public CellBuilder? MergedInto { get; } = mergedInto;

        public List<TextWord> Pending { get; } = [];

        public List<TextLine> Lines { get; } = [];
    }
}
