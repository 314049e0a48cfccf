using System.Globalization;
using Kommunkompassen.Ingest.Documents.Model;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Graphics.Operations.TextPositioning;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>
/// Lays out the block model on A4 pages and writes it with PdfPig: headings bold and larger by
/// level, paragraphs wrapped ragged-right, list items with a "•" and hanging indent, tables with
/// ruling lines round every cell (a row's cells as the spans say), wrapped cell text, tables
/// split between rows over pages, a running header and "Sida N (M)" footer. The layout keeps to
/// what the PDF reader reads back: a paragraph whose last line runs full width never ends a page
/// before another paragraph (it would read as one), and a table starting a page after another
/// table with the same columns is set 3 pt to the right (it would read as its continuation).
/// Text is written as content-stream operations directly (PdfPig's AddText measures every glyph,
/// which is slow); each font's character codes are registered once per document. Thread-safe.
/// </summary>
internal sealed class PdfRenderer
{
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double Left = 60;
    private const double Right = 535;
    private const double Top = 755;
    private const double Bottom = 90;
    private const double BodySize = 10;
    private const double BodyLeading = 13;
    private const double ParagraphGap = 6;
    private const double CellSize = 9;
    private const double CellLeading = 11.5;
    private const double CellPadding = 4;
    private const double BlockGapInCell = 5;
    private const double BulletIndent = 6;
    private const double BulletTextIndent = 12;
    private const double LevelIndent = 14;
    private const double TableGap = 10;

    private static readonly Lazy<PdfRenderer> Instance = new(() => new PdfRenderer(new PdfFonts()));

    private readonly PdfFonts fonts;

    private PdfRenderer(PdfFonts fonts)
    {
        this.fonts = fonts;
    }

    public static PdfRenderer Shared => Instance.Value;

    public byte[] Render(IReadOnlyList<Block> blocks, string header)
    {
        var units = new List<Unit>();
        var tableId = 0;
        foreach (var block in blocks)
        {
            AddBlock(block, units, ref tableId);
        }

        var pages = Paginate(units);
        OffsetAdjacentTables(pages);
        return Draw(pages, PdfFonts.Printable(header));
    }

    // ---- layout units -------------------------------------------------------------------

    /// <summary>A text line: its words already broken, position and style; for a list item's first line, where the bullet goes.</summary>
    private sealed record Line(string Text, double X, double Size, bool Bold, double? BulletX);

    private enum Kind
    {
        Heading,
        Paragraph,
        ListItem,
        Row,
    }

    /// <summary>One thing the paginator places: a body line or a table row.</summary>
    private sealed class Unit
    {
        public required Kind Kind { get; init; }

        public required double Height { get; init; }

        public double SpaceBefore { get; init; }

        public Line? Line { get; init; }

        /// <summary>The width of the line's text.</summary>
        public double Width { get; init; }

        public bool IsLastOfBlock { get; init; }

        public bool IsFirstOfBlock { get; init; }

        public double FirstWordWidth { get; init; }

        public int Table { get; init; } = -1;

        public double[] Edges { get; init; } = [];

        public IReadOnlyList<RowCell> Cells { get; init; } = [];

        public double Offset { get; set; }
    }

    /// <summary>A cell of a row: its left and right grid edges and its text lines with their offsets below the row top.</summary>
    private sealed record RowCell(int From, int To, IReadOnlyList<(Line Line, double Dy)> Lines);

    private void AddBlock(Block block, List<Unit> units, ref int tableId)
    {
        switch (block)
        {
            case Heading h:
                AddText(units, Kind.Heading, h.Content, Left, HeadingSize(h.Level), true, null, units.Count == 0 ? 0 : HeadingSize(h.Level) * 0.8);
                break;
            case ListItem li:
                var bulletX = Left + BulletIndent + (Math.Min(li.Level, 4) * LevelIndent);
                AddText(units, Kind.ListItem, li.Content, bulletX + BulletTextIndent, BodySize, false, bulletX, 2);
                break;
            case Paragraph p:
                AddText(units, Kind.Paragraph, p.Content, Left, BodySize, false, null, ParagraphGap);
                break;
            case Table t when t.Rows.Count > 0 && t.ColumnCount > 0:
                AddTable(t, units, tableId++);
                break;
        }
    }

    private static double HeadingSize(int level) => level switch
    {
        1 => 17,
        2 => 14.5,
        3 => 12.5,
        4 => 11.5,
        _ => 11,
    };

    private void AddText(List<Unit> units, Kind kind, string text, double x, double size, bool bold, double? bulletX, double spaceBefore)
    {
        var lines = Wrap(PdfFonts.Printable(text), Right - x, size, bold);
        if (lines.Count == 0)
        {
            return;
        }

        var leading = kind == Kind.Heading ? size * 1.25 : BodyLeading;
        for (var i = 0; i < lines.Count; i++)
        {
            var last = i == lines.Count - 1;
            var width = fonts.Width(lines[i], bold, size);
            units.Add(new Unit
            {
                Kind = kind,
                Height = leading,
                SpaceBefore = i == 0 ? spaceBefore : 0,
                Line = new Line(lines[i], x, size, bold, i == 0 ? bulletX : null),
                IsFirstOfBlock = i == 0,
                IsLastOfBlock = last,
                Width = width,
                FirstWordWidth = i == 0 ? fonts.Width(lines[i].Split(' ')[0], bold, size) : 0,
            });
        }
    }

    /// <summary>
    /// Greedy ragged-right line breaking at spaces. A word ending in a hyphen or slash is kept
    /// with the next word, since the reader joins a line ending so without a space.
    /// </summary>
    private List<string> Wrap(string text, double width, double size, bool bold)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var tokens = new List<string>();
        foreach (var w in words)
        {
            if (tokens.Count > 0 && tokens[^1][^1] is '-' or '/' or '\u00AD' && tokens[^1].Length > 1)
            {
                tokens[^1] += " " + w;
            }
            else
            {
                tokens.Add(w);
            }
        }

        var lines = new List<string>();
        var current = string.Empty;
        var currentWidth = 0.0;
        var space = fonts.Width(' ', bold) * size;
        foreach (var token in tokens)
        {
            var w = fonts.Width(token, bold, size);
            if (current.Length > 0 && currentWidth + space + w > width)
            {
                lines.Add(current);
                current = token;
                currentWidth = w;
            }
            else
            {
                currentWidth += (current.Length > 0 ? space : 0) + w;
                current = current.Length > 0 ? current + " " + token : token;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private void AddTable(Table table, List<Unit> units, int id)
    {
        var columns = table.ColumnCount;
        var edges = ColumnEdges(table, columns);
        var first = true;
        foreach (var row in table.Rows)
        {
            var cells = new List<RowCell>();
            var col = 0;
            var height = 0.0;
            foreach (var cell in row.Cells)
            {
                var span = Math.Max(1, cell.ColumnSpan);
                var to = Math.Min(columns, col + span);
                var lines = CellLines(cell, edges[col] + CellPadding, edges[to] - CellPadding, columns == 1);
                height = Math.Max(height, lines.Count == 0 ? 0 : lines[^1].Dy + CellLeading);
                cells.Add(new RowCell(col, to, lines));
                col = to;
                if (col >= columns)
                {
                    break;
                }
            }

            if (col < columns)
            {
                cells.Add(new RowCell(col, columns, []));
            }

            units.Add(new Unit
            {
                Kind = Kind.Row,
                Height = Math.Max(height, CellLeading) + (2 * CellPadding),
                SpaceBefore = first ? TableGap : 0,
                Table = id,
                Edges = edges,
                Cells = cells,
                IsFirstOfBlock = first,
            });
            first = false;
        }

    }

    /// <summary>The lines of a cell's blocks, each block's lines below the one before with a small gap.</summary>
    private List<(Line Line, double Dy)> CellLines(TableCell cell, double left, double right, bool box)
    {
        var result = new List<(Line, double)>();
        var dy = 0.0;
        foreach (var block in cell.Blocks)
        {
            var (x, size, bold, bulletX) = block switch
            {
                Heading h => (left, box ? Math.Min(HeadingSize(h.Level), 12.5) : CellSize, true, (double?)null),
                ListItem li => (left + BulletTextIndent + (Math.Min(li.Level, 4) * LevelIndent), CellSize, false, left + (Math.Min(li.Level, 4) * LevelIndent)),
                _ => (left, CellSize, false, null),
            };
            if (block is Table)
            {
                continue;
            }

            var leading = bold ? size * 1.25 : CellLeading;
            if (result.Count > 0)
            {
                dy += BlockGapInCell;
            }

            var lines = Wrap(PdfFonts.Printable(block.Text), Math.Max(right - x, 10), size, bold);
            for (var i = 0; i < lines.Count; i++)
            {
                result.Add((new Line(lines[i], x, size, bold, i == 0 ? bulletX : null), dy));
                dy += leading;
            }

            dy -= leading - CellLeading;
        }

        return result;
    }

    /// <summary>
    /// Column widths from the text each column holds (single-span cells): every column gets at
    /// least its longest word, and the room left goes to the columns by how much more their text wants.
    /// </summary>
    private double[] ColumnEdges(Table table, int columns)
    {
        var least = new double[columns];
        var want = new double[columns];
        foreach (var row in table.Rows)
        {
            var col = 0;
            foreach (var cell in row.Cells)
            {
                if (col >= columns)
                {
                    break;
                }

                if (cell.ColumnSpan <= 1)
                {
                    var text = PdfFonts.Printable(cell.Text);
                    var bold = cell.Blocks.Any(b => b is Heading);
                    var indent = cell.Blocks.Any(b => b is ListItem) ? BulletTextIndent + (4 * LevelIndent) : 0;
                    var longest = text.Split(' ').DefaultIfEmpty(string.Empty).Max(w => fonts.Width(w, bold, CellSize));
                    least[col] = Math.Max(least[col], longest + indent + (2 * CellPadding) + 2);
                    want[col] = Math.Max(want[col], Math.Min(fonts.Width(text, bold, CellSize), 260) + indent + (2 * CellPadding) + 2);
                }

                col += Math.Max(1, cell.ColumnSpan);
            }
        }

        for (var c = 0; c < columns; c++)
        {
            least[c] = Math.Max(least[c], 24);
            want[c] = Math.Max(want[c], least[c]);
        }

        var room = Right - Left;
        var widths = new double[columns];
        if (least.Sum() >= room)
        {
            var shrink = room / least.Sum();
            for (var c = 0; c < columns; c++)
            {
                widths[c] = least[c] * shrink;
            }
        }
        else
        {
            var extra = want.Sum() - least.Sum();
            var spare = room - least.Sum();
            for (var c = 0; c < columns; c++)
            {
                widths[c] = least[c] + (extra > 0 ? spare * (want[c] - least[c]) / extra : spare / columns);
            }
        }

        var edges = new double[columns + 1];
        edges[0] = Left;
        for (var c = 0; c < columns; c++)
        {
            edges[c + 1] = Math.Round(edges[c] + widths[c], 2);
        }

        edges[columns] = Right;
        return edges;
    }

    // ---- pagination ---------------------------------------------------------------------

    private sealed record Placed(Unit Unit, double Top);

    private static List<List<Placed>> Paginate(List<Unit> units)
    {
        var pages = new List<List<Unit>> { new() };
        var y = Top;
        foreach (var unit in units)
        {
            var page = pages[^1];
            var before = page.Count == 0 ? 0 : unit.SpaceBefore;
            if (page.Count > 0 && y - before - unit.Height < Bottom)
            {
                // Break before this unit, or earlier where a break here would join two paragraphs.
                var k = page.Count;
                var next = unit;
                while (k > 1 && JoinsOverBreak(page[k - 1], next))
                {
                    k--;
                    next = page[k];
                }

                var moved = page.Skip(k).ToList();
                page.RemoveRange(k, page.Count - k);
                pages.Add([.. moved]);
                y = Top;
                foreach (var m in moved)
                {
                    y -= (m == moved[0] ? 0 : m.SpaceBefore) + m.Height;
                }

                before = pages[^1].Count == 0 ? 0 : unit.SpaceBefore;
            }

            pages[^1].Add(unit);
            y -= before + unit.Height;
        }

        var result = new List<List<Placed>>();
        foreach (var page in pages.Where(p => p.Count > 0))
        {
            var placed = new List<Placed>();
            var top = Top;
            foreach (var unit in page)
            {
                top -= placed.Count == 0 ? 0 : unit.SpaceBefore;
                placed.Add(new Placed(unit, top));
                top -= unit.Height;
            }

            result.Add(placed);
        }

        return result;
    }

    /// <summary>True when a page break between these two would make the reader run the second paragraph on from the first.</summary>
    private static bool JoinsOverBreak(Unit before, Unit after) =>
        before.Kind == Kind.Paragraph && after.Kind == Kind.Paragraph && before.IsLastOfBlock && after.IsFirstOfBlock
        && before.Line is { } a && after.Line is { } b
        && Math.Abs(a.X - b.X) < 3 && Math.Abs(a.Size - b.Size) < 0.1
        && a.X + before.Width + (0.45 * a.Size) + after.FirstWordWidth + 2 > Right;

    /// <summary>A table opening a page right after another table with the same columns is shifted, so the reader does not take it for a continuation.</summary>
    private static void OffsetAdjacentTables(List<List<Placed>> pages)
    {
        for (var p = 1; p < pages.Count; p++)
        {
            var first = pages[p][0].Unit;
            var last = pages[p - 1][^1].Unit;
            if (first.Kind == Kind.Row && first.IsFirstOfBlock && last.Kind == Kind.Row && last.Table != first.Table
                && last.Edges.Length == first.Edges.Length)
            {
                var shift = last.Offset + 3;
                foreach (var unit in pages.SelectMany(pg => pg).Select(x => x.Unit).Where(u => u.Table == first.Table))
                {
                    unit.Offset = shift;
                }
            }
        }
    }

    // ---- drawing ------------------------------------------------------------------------

    private sealed class FontUse(PdfDocumentBuilder.AddedFont font)
    {
        public PdfDocumentBuilder.AddedFont Font { get; } = font;

        public HashSet<char> Chars { get; } = [' '];

        public Dictionary<char, byte> Codes { get; } = [];

        public NameToken? Name { get; set; }
    }

    private byte[] Draw(List<List<Placed>> pages, string header)
    {
        using var builder = new PdfDocumentBuilder();
        var regular = new FontUse(builder.AddTrueTypeFont(fonts.Regular));
        var bold = new FontUse(builder.AddTrueTypeFont(fonts.Bold));
        var total = pages.Count.ToString(CultureInfo.InvariantCulture);
        regular.Chars.UnionWith(header);
        regular.Chars.UnionWith("Sida 0123456789()•");
        foreach (var line in pages.SelectMany(p => p).SelectMany(p => LinesOf(p.Unit)))
        {
            (line.Bold ? bold : regular).Chars.UnionWith(line.Text);
        }

        for (var n = 0; n < pages.Count; n++)
        {
            var page = builder.AddPage(PageSize.A4);
            var ops = page.CurrentStream.Operations;
            foreach (var use in new[] { regular, bold })
            {
                Register(page, ops, use, n == 0);
            }

            Text(ops, regular, header, Left, 805, 8);
            Text(ops, regular, $"Sida {(n + 1).ToString(CultureInfo.InvariantCulture)} ({total})", Right - 50, 40, 8);
            foreach (var placed in pages[n])
            {
                DrawUnit(page, ops, placed, regular, bold);
            }
        }

        return builder.Build();
    }

    private static IEnumerable<Line> LinesOf(Unit unit) =>
        unit.Line is { } l ? [l] : unit.Cells.SelectMany(c => c.Lines.Select(x => x.Line));

    /// <summary>
    /// Adds the font to the page's resources through PdfPig's AddText and removes the text again;
    /// on the first page with every character the document uses, reading back the codes PdfPig gave them.
    /// </summary>
    private static void Register(PdfPageBuilder page, List<IGraphicsStateOperation> ops, FontUse use, bool allChars)
    {
        var chars = allChars ? use.Chars.Where(c => c != ' ').Order().ToArray() : ['a'];
        var start = ops.Count;
        page.AddText(new string(chars) + " ", 10, new PdfPoint(0, 0), use.Font);
        if (allChars)
        {
            var codes = ops.Skip(start).OfType<ShowText>().SelectMany(s => s.Bytes.ToArray()).ToArray();
            for (var i = 0; i < chars.Length; i++)
            {
                use.Codes[chars[i]] = codes[i];
            }

            use.Codes[' '] = codes[chars.Length];
            use.Name = ops.Skip(start).OfType<SetFontAndSize>().First().Font;
        }

        ops.RemoveRange(start, ops.Count - start);
    }

    private static void Text(List<IGraphicsStateOperation> ops, FontUse use, string text, double x, double baseline, double size)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = use.Codes[text[i]];
        }

        ops.Add(BeginText.Value);
        ops.Add(new SetFontAndSize(use.Name!, size));
        ops.Add(new MoveToNextLineWithOffset(Math.Round(x, 2), Math.Round(baseline, 2)));
        ops.Add(new ShowText(bytes));
        ops.Add(EndText.Value);
    }

    private static void DrawLine(List<IGraphicsStateOperation> ops, FontUse regular, FontUse bold, Line line, double dx, double baseline)
    {
        if (line.BulletX is { } bx)
        {
            Text(ops, regular, "•", bx + dx, baseline, line.Size);
        }

        Text(ops, line.Bold ? bold : regular, line.Text, line.X + dx, baseline, line.Size);
    }

    private static void DrawUnit(PdfPageBuilder page, List<IGraphicsStateOperation> ops, Placed placed, FontUse regular, FontUse bold)
    {
        var unit = placed.Unit;
        if (unit.Line is { } line)
        {
            DrawLine(ops, regular, bold, line, 0, placed.Top - (line.Size * 0.95));
            return;
        }

        var dx = unit.Offset;
        var top = placed.Top;
        var bottom = top - unit.Height;
        var edges = unit.Edges;
        page.DrawLine(new PdfPoint(edges[0] + dx, top), new PdfPoint(edges[^1] + dx, top), 0.5);
        page.DrawLine(new PdfPoint(edges[0] + dx, bottom), new PdfPoint(edges[^1] + dx, bottom), 0.5);
        page.DrawLine(new PdfPoint(edges[0] + dx, top), new PdfPoint(edges[0] + dx, bottom), 0.5);
        foreach (var cell in unit.Cells)
        {
            var x = edges[cell.To] + dx;
            page.DrawLine(new PdfPoint(x, top), new PdfPoint(x, bottom), 0.5);
            foreach (var (l, dy) in cell.Lines)
            {
                DrawLine(ops, regular, bold, l, dx, top - CellPadding - dy - (l.Size * 0.95));
            }
        }
    }
}
