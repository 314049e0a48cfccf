using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Documents.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// One walk over a document body, in reading order. Headings come from the style name or
/// outline level (a paragraph's own <c>w:outlineLvl</c> first; 9 is body text), or from direct
/// formatting (bold and larger than body text, never inside a table of several columns, where a
/// bold row is a header or total); list items from numbering (direct, through the style, or
/// through a custom list style; numbered items carry their number) or a literal bullet glyph; a
/// heading paragraph that a line break splits becomes two headings. Paragraphs that tabs lay out
/// as columns become tables (<see cref="ITabTableDetector"/>). Text boxes (DrawingML, and VML
/// where Word wrote no DrawingML), also in groups, ordered by position there, are read once,
/// each as a box (a one-cell table) right after the paragraph that anchors them; a drop cap rejoins its word.
/// Content controls are read in place; what happens inside a paragraph (fields, tracked changes,
/// drawings, notes) is <see cref="DocxInlineReader"/>'s. Holds per-document state (the inline
/// reader's page counter and open fields, the drop cap waiting for its word), so one walker
/// reads one document.
/// </summary>
internal sealed class DocxWalker(
    MainDocumentPart main,
    DocxStyles styles,
    DocxNumbering numbering,
    DocxSettings settings,
    ITabTableDetector tabTables,
    TabTableDetectorOptions tabLayout)
{
    private readonly DocxInlineReader inline = new(main);

    /// <summary>Inside a table-of-contents content control.</summary>
    private int tocDepth;

    /// <summary>Inside a cell of a table with several cells in a row.</summary>
    private bool inGridCell;

    /// <summary>The letters of a drop cap waiting for the paragraph they begin.</summary>
    private string? dropCap;

    /// <summary>The page the walk has got to (1 without Word's rendered page breaks).</summary>
    public int Page => inline.Page;

    /// <summary>The document has Word's rendered page breaks, so the pages mean something.</summary>
    public bool SawRenderedPageBreak => inline.SawRenderedPageBreak;

    public List<ReadNote> Notes => inline.Notes;

    /// <summary>Tab tables shaped like a typed table of contents, to be checked against the headings once all are read.</summary>
    public List<ContentsCandidate> ContentsCandidates { get; } = [];

    public void ReadContainer(OpenXmlElement container, List<Block> into)
    {
        var run = new List<ParagraphReading>();
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph p:
                    run.Add(ReadParagraph(p));
                    break;
                case W.Table t:
                    Flush(run, into);
                    into.Add(ReadTable(t));
                    break;
                case W.SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                    Flush(run, into);
                    var toc = IsTableOfContents(sdt);
                    tocDepth += toc ? 1 : 0;
                    ReadContainer(sdtContent, into);
                    tocDepth -= toc ? 1 : 0;
                    break;
                case W.CustomXmlBlock or W.InsertedRun or W.MoveToRun:
                    Flush(run, into);
                    ReadContainer(child, into);
                    break;
                case W.AltChunk:
                    Notes.Add(new ReadNote(ReadNoteCodes.TextUnread, "an imported document part (altChunk) is not read", Page));
                    break;
            }
        }

        Flush(run, into);
    }

    /// <summary>Writes a run of paragraphs, those that make a tab table as that table (their text boxes after it).</summary>
    private void Flush(List<ParagraphReading> run, List<Block> into)
    {
        if (run.Count == 0)
        {
            return;
        }

        IReadOnlyList<TabTable> tables = run.Any(r => r.Tab is { CanBeRow: true }) ? tabTables.Detect(run.Select(r => r.ForDetector()).ToList()) : [];
        var k = 0;
        foreach (var table in tables)
        {
            for (; k < table.First; k++)
            {
                run[k].WriteTo(into);
            }

            into.Add(table.Table);
            if (TypedContents.HasShape(table.Table))
            {
                var paragraphs = new List<Block>();
                for (var m = table.First; m <= table.Last; m++)
                {
                    paragraphs.AddRange(run[m].Blocks);
                }

                ContentsCandidates.Add(new ContentsCandidate(into, table.Table, paragraphs));
            }

            for (; k <= table.Last; k++)
            {
                into.AddRange(run[k].Boxes);
            }
        }

        for (; k < run.Count; k++)
        {
            run[k].WriteTo(into);
        }

        run.Clear();
    }

    private static bool IsTableOfContents(W.SdtBlock sdt) =>
        sdt.SdtProperties?.GetFirstChild<W.SdtContentDocPartObject>()?.GetFirstChild<W.DocPartGallery>()?.Val?.Value is { } gallery
        && gallery.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase);

    private Table ReadTable(W.Table table)
    {
        var startPage = Page;
        var rows = DocxTables.RowsOf(table).ToList();

        // A bold first or last row of a table with columns is its header or total, not a heading.
        var wasGridCell = inGridCell;
        inGridCell = rows.Any(r => DocxTables.CellsOf(r).Skip(1).Any());
        var read = new List<TableRow>(rows.Count);
        foreach (var tr in rows)
        {
            var cells = new List<TableCell>();
            foreach (var tc in DocxTables.CellsOf(tr))
            {
                var props = tc.TableCellProperties;
                var span = props?.GridSpan?.Val?.Value ?? 1;
                var merge = props?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue);
                var blocks = new List<Block>();
                ReadContainer(tc, blocks);
                cells.Add(new TableCell(continues ? [] : blocks, Math.Max(1, span)));
            }

            read.Add(new TableRow(cells));
        }

        inGridCell = wasGridCell;
        return new Table(read, startPage);
    }

    private ParagraphReading ReadParagraph(W.Paragraph p)
    {
        var text = new StringBuilder();
        var boxes = new List<OpenXmlElement>();
        var stats = new ParagraphStats();
        var pageBefore = Page;
        inline.Collect(p, text, boxes, stats);
        var props = p.ParagraphProperties;

        // A drop cap is a framed paragraph holding the first letters of the next one.
        if (props?.FrameProperties?.DropCap?.Value is { } drop && drop != W.DropCapLocationValues.None)
        {
            dropCap = (dropCap ?? string.Empty) + text.ToString().Trim();
            return new ParagraphReading([], ReadBoxes(boxes), null, null);
        }

        var raw = text.ToString();
        if (dropCap is not null)
        {
            raw = dropCap + raw;
            dropCap = null;
        }

        // The paragraph's page is the one its first character is on: a rendered page break
        // before any text moves the whole paragraph to the next page.
        var page = stats.FirstTextPage ?? pageBefore;
        var style = styles.Resolve(props?.ParagraphStyleId?.Val?.Value);
        var styledLevel = style.HeadingLevel;
        if (props?.OutlineLevel?.Val?.Value is { } outline)
        {
            styledLevel = outline is >= 0 and < 9 ? outline + 1 : null;
        }

        var numId = props?.NumberingProperties?.NumberingId?.Val?.Value ?? style.NumId;
        var hasNumbering = numId is > 0;
        var listLevel = Math.Clamp(
            props?.NumberingProperties?.NumberingLevelReference?.Val?.Value
                ?? style.NumLevel
                ?? (hasNumbering ? numbering.LevelOfStyle(numId!.Value, style.StyleId) : null)
                ?? (style.HeadingLevel is { } hl ? hl - 1 : 0),
            0,
            8);
        var label = hasNumbering ? numbering.Next(numId!.Value, listLevel) : string.Empty;
        if (hasNumbering && numbering.ShowsNothing(numId!.Value, listLevel))
        {
            // Numbered with no marker at all: an ordinary paragraph (or heading) to the eye.
            hasNumbering = false;
        }

        var isBullet = hasNumbering && numbering.IsBullet(numId!.Value, listLevel);

        var level = styledLevel;
        if (level is null && !hasNumbering && !inGridCell)
        {
            level = DirectFormattingHeadingLevel(raw, stats, style);
        }

        var blocks = Blocks(raw, label, level, hasNumbering || (style.IsList && style.NumId is null), listLevel, page);
        var isToc = stats.IsTocEntry || style.IsToc || tocDepth > 0;
        TabParagraph? tab = null;
        int? continuationStart = null;
        if (styledLevel is null && !isToc && !isBullet && !(style.IsList && style.NumId is null))
        {
            var indent = props?.Indentation;
            var left = DocxStyles.ParseInt(indent?.Start?.Value ?? indent?.Left?.Value) ?? style.IndentLeft ?? 0;
            var firstLine = DocxStyles.ParseInt(indent?.Hanging?.Value) is { } hanging ? -hanging
                : DocxStyles.ParseInt(indent?.FirstLine?.Value) ?? style.FirstLineIndent ?? 0;
            var plain = blocks.Count == 1 && blocks[0] is Paragraph;
            if (raw.Contains('\t') && raw.Trim().Length == 0)
            {
                // Tabs and nothing else (an empty second header line): a blank line to the eye.
                tab = TabParagraph.Blank;
            }
            else if (raw.Contains('\t'))
            {
                tab = Tabbed(label.Length > 0 ? label + " " + raw : raw, plain, props, style, stats, page, left, firstLine);
            }
            else if (plain)
            {
                continuationStart = left + firstLine;
            }
        }

        return new ParagraphReading(blocks, ReadBoxes(boxes), tab, continuationStart);
    }

    /// <summary>
    /// The paragraph's own blocks: headings (one per line, the automatic number in front of the
    /// first), a list item (its number in front, a bullet glyph dropped), or a paragraph.
    /// </summary>
    private static List<Block> Blocks(string raw, string label, int? level, bool isList, int listLevel, int page)
    {
        var blocks = new List<Block>(1);
        if (level is { } headingLevel && !BulletGlyphs.StartsWithGlyph(TextNormalizer.Clean(raw)))
        {
            var first = true;
            foreach (var part in raw.Split('\n'))
            {
                var clean = TextNormalizer.Clean(first && label.Length > 0 ? label + " " + part : part);
                first = false;
                if (clean.Length > 0)
                {
                    blocks.Add(new Heading(headingLevel, clean, page));
                }
            }

            return blocks;
        }

        var text = TextNormalizer.Clean(raw.Replace('\n', ' '));
        if (isList)
        {
            text = BulletGlyphs.StripLeading(text);
            if (text.Length > 0)
            {
                blocks.Add(new ListItem(label.Length > 0 ? TextNormalizer.Clean(label + " " + text) : text, listLevel, page));
            }
        }
        else if (BulletGlyphs.StartsWithGlyph(text))
        {
            blocks.Add(new ListItem(BulletGlyphs.StripLeading(text), 0, page));
        }
        else if (text.Length > 0)
        {
            blocks.Add(new Paragraph(text, page));
        }

        return blocks;
    }

    /// <summary>A paragraph with tabs as the tab-table detector sees it: its lines laid out by its tab stops.</summary>
    private TabParagraph Tabbed(string text, bool plain, W.ParagraphProperties? props, ResolvedStyle style, ParagraphStats stats, int page, int left, int firstLine)
    {
        var geometry = new ParagraphGeometry(
            style.Tabs.Apply(DirectTabs(props?.Tabs)),
            left,
            firstLine,
            settings.DefaultTabStop,
            stats.MaxSizePt ?? style.FontSizePt ?? styles.BodyFontSizePt,
            settings.DecimalSymbol,
            tabLayout.CharWidthScale,
            tabLayout.AlternativeWidthFactors);
        return new TabParagraph(TabLayout.Lay(text, geometry), true, plain, page);
    }

    private static List<TabDefinition> DirectTabs(W.Tabs? tabs)
    {
        var list = new List<TabDefinition>();
        if (tabs is null)
        {
            return list;
        }

        foreach (var stop in tabs.Elements<W.TabStop>())
        {
            if (stop.Position?.Value is { } pos)
            {
                list.Add(new TabDefinition(stop.Val?.InnerText, pos, stop.Leader?.InnerText));
            }
        }

        return list;
    }

    /// <summary>
    /// The text boxes a paragraph anchors, each read as a body of its own and kept together as a
    /// box: a table of one cell, as a shaded one-cell table is, so the parser can tell the box's
    /// text from the text around it. Empty boxes add nothing.
    /// </summary>
    private IReadOnlyList<Block> ReadBoxes(List<OpenXmlElement> boxes)
    {
        if (boxes.Count == 0)
        {
            return Array.Empty<Block>();
        }

        var blocks = new List<Block>();
        var wasGridCell = inGridCell;
        inGridCell = false;
        foreach (var box in boxes)
        {
            var inner = new List<Block>();
            ReadContainer(box, inner);
            if (inner.Count > 0)
            {
                blocks.Add(new Table([new TableRow([new TableCell(inner)])], inner[0].Page));
            }
        }

        inGridCell = wasGridCell;
        return blocks;
    }

    /// <summary>
    /// A paragraph counts as a heading by direct formatting when every visible run is bold, the
    /// text is short and does not end like a sentence, and it is set no smaller than body text.
    /// Level from size: much larger is 1, larger is 2, body-sized bold is 3.
    /// </summary>
    private int? DirectFormattingHeadingLevel(string raw, ParagraphStats stats, ResolvedStyle style)
    {
        var text = TextNormalizer.Clean(raw.Replace('\n', ' '));
        if (text.Length == 0 || text.Length > 120 || stats.VisibleRuns == 0 || style.IsList)
        {
            return null;
        }

        var allBold = stats.BoldRuns == stats.VisibleRuns || (style.Bold && stats.NotBoldRuns == 0);
        if (!allBold || text.EndsWith('.') || text.EndsWith(',') || text.EndsWith(':'))
        {
            return null;
        }

        var size = stats.MaxSizePt ?? style.FontSizePt ?? styles.BodyFontSizePt;
        var body = styles.BodyFontSizePt;
        if (size >= body * 1.5)
        {
            return 1;
        }

        return size >= body * 1.15 ? 2 : 3;
    }

    /// <summary>
    /// A paragraph as read: its own blocks, the blocks of the text boxes it anchors, and what the
    /// tab-table detector needs: its tab layout when it has tabs, else where a plain paragraph
    /// starts (it may continue a wrapped cell); neither for a paragraph that ends any table.
    /// </summary>
    private sealed record ParagraphReading(IReadOnlyList<Block> Blocks, IReadOnlyList<Block> Boxes, TabParagraph? Tab, int? ContinuationStart)
    {
        public void WriteTo(List<Block> into)
        {
            into.AddRange(Blocks);
            into.AddRange(Boxes);
        }

        /// <summary>Built only for runs that hold a tabbed paragraph.</summary>
        public TabParagraph ForDetector() =>
            Tab ?? (ContinuationStart is { } start
                ? new TabParagraph([new TabLine([new TabCell(Blocks[0].Text, start, start, start)], start, false)], false, true, Blocks[0].Page)
                : Blocks.Count == 0 && Boxes.Count == 0 ? TabParagraph.Blank : TabParagraph.Barrier);
    }
}

/// <summary>A tab table that may be a typed table of contents: the block list holding it, and the paragraphs it replaced.</summary>
internal sealed record ContentsCandidate(List<Block> Container, Table Table, IReadOnlyList<Block> Paragraphs);
