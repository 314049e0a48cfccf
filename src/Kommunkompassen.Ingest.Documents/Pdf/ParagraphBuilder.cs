using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Documents.Text;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Groups lines into blocks. A line continues the block above unless it opens with a bullet,
/// changes font size or weight, starts at another indent, lies a paragraph gap below, or the line
/// above was short (the next line's first word would have fit on it, judged against the edges of
/// that line's own column). Over a page or column break only the last rule can tell, and indents
/// are measured from each line's column, so a paragraph whose last line in a column runs full
/// width goes on at the top of the next column or page. A bullet's wrapped lines, indented to its
/// text, stay in the item. Blocks that are bold (or much larger than body text), short and stand
/// alone are headings, level by size rank. Lines are joined with the <see cref="Dehyphenator"/>.
/// Immutable and thread-safe.
/// </summary>
public sealed class ParagraphBuilder : IParagraphBuilder
{
    public ParagraphBuilder(ParagraphBuilderOptions options)
    {
        Options = options;
    }

    public static ParagraphBuilder Default { get; } = new(ParagraphBuilderOptions.Default);

    public ParagraphBuilderOptions Options { get; }

    /// <summary>The blocks of lines that all run in one column.</summary>
    public IReadOnlyList<Block> Build(IReadOnlyList<TextLine> lines, TextColumn column, DocumentStyle style) =>
        Build([.. lines.Select(l => new PlacedLine(l, column))], style);

    public IReadOnlyList<Block> Build(IReadOnlyList<PlacedLine> lines, DocumentStyle style)
    {
        var drafts = new List<Draft>();
        Draft? current = null;
        foreach (var placed in lines)
        {
            if (current is not null && Continues(current, placed.Line, placed.Column))
            {
                current.Add(placed.Line, placed.Column);
            }
            else
            {
                current = new Draft(placed.Line, placed.Column);
                drafts.Add(current);
            }
        }

        var bulletIndents = ListIndents(drafts);
        var blocks = new List<Block>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (ToBlock(draft, style, bulletIndents) is { } block)
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    private bool Continues(Draft draft, TextLine line, TextColumn column)
    {
        var prev = draft.Last;
        if (line.StartsWithBullet || line.IsBold != prev.IsBold || Math.Abs(line.FontSize - prev.FontSize) > DocumentStyle.SizeTolerance)
        {
            return false;
        }

        var size = Math.Max(line.FontSize, prev.FontSize);
        var sameColumn = line.Page == prev.Page && column == draft.LastColumn;
        if (sameColumn)
        {
            var spacing = prev.Baseline - line.Baseline;
            if (spacing <= 0 || spacing > Options.MaxLineSpacing * size)
            {
                return false;
            }
        }

        // A paragraph whose first line is indented goes on at the margin; indents count from each line's column.
        var indent = line.Left - column.Left;
        var prevIndent = prev.Left - draft.LastColumn.Left;
        var belowIndentedFirstLine = draft.Lines.Count == 1 && !draft.IsListItem && indent < prevIndent && prevIndent - indent < 4 * size;
        if (Math.Abs(indent - draft.TextIndent) > Options.IndentTolerance && !belowIndentedFirstLine)
        {
            return false;
        }

        // A word broken at a hyphen goes on; otherwise, had the next line's first word fitted on
        // the line above, that line ended on purpose.
        if (EndsInBrokenWord(prev) && char.IsLower(line.Text[0]))
        {
            return true;
        }

        var fits = prev.Right + ((Options.SpaceWidth + Options.FitSlack) * size) + line.Words[0].Width <= draft.LastColumn.Right;
        return !fits;
    }

    /// <summary>
    /// True when the line ends in a word broken at a hyphen: '-', a soft hyphen, a Unicode hyphen,
    /// or a soft hyphen followed by the hyphen shown for it, as browsers write them.
    /// </summary>
    private static bool EndsInBrokenWord(TextLine line)
    {
        var last = line.Words[^1].Text.AsSpan();
        if (last.Length > 1 && last[^1] == '\u2010' && last[^2] == '\u00AD')
        {
            last = last[..^1];
        }

        return last.Length > 1 && last[^1] is '-' or '\u00AD' or '\u2010' && char.IsLetter(last[^2]);
    }

    private Block? ToBlock(Draft draft, DocumentStyle style, IReadOnlyList<double> bulletIndents)
    {
        var texts = draft.Lines.Select(l => l.Text).ToList();
        if (draft.IsListItem)
        {
            texts[0] = BulletGlyphs.StripLeading(texts[0]);
        }

        var text = TextNormalizer.Clean(Options.Dehyphenator.JoinLines(texts, style.Evidence));
        if (text.Length == 0 || (text.Length == 1 && BulletGlyphs.IsGlyph(text[0])))
        {
            return null;
        }

        var first = draft.Lines[0];
        if (draft.IsListItem)
        {
            var level = bulletIndents.Count(indent => draft.BulletIndent > indent + Options.ListIndentStep);
            return new ListItem(text, level, first.Page);
        }

        return IsHeading(draft, text, style)
            ? new Heading(style.HeadingLevel(first.FontSize), text, first.Page)
            : new Paragraph(text, first.Page);
    }

    private bool IsHeading(Draft draft, string text, DocumentStyle style)
    {
        var first = draft.Lines[0];
        if (draft.Lines.Count > Options.MaxHeadingLines || text.Length > Options.MaxHeadingLength)
        {
            return false;
        }

        var bold = draft.Lines.All(l => l.IsBold);
        if (!bold && first.FontSize < style.BodyFontSize * Options.NonBoldHeadingRatio)
        {
            return false;
        }

        var sentenceEnd = text[^1] is '.' or ',' or ':' or ';';
        // Bold text in the body font, or smaller than body text (a caption), ending like a sentence is text.
        var bodyLike = first.FontSize < style.BodyFontSize * Options.SmallHeadingRatio &&
            (first.FontFamily == style.BodyFontFamily || first.FontSize < style.BodyFontSize - DocumentStyle.SizeTolerance);
        return !(sentenceEnd && bodyLike);
    }

    /// <summary>The distinct indents of the bullets from their columns' left edges, outermost first.</summary>
    private List<double> ListIndents(List<Draft> drafts)
    {
        var indents = new List<double>();
        foreach (var left in drafts.Where(d => d.IsListItem).Select(d => d.BulletIndent).Order())
        {
            if (indents.Count == 0 || left > indents[^1] + Options.ListIndentStep)
            {
                indents.Add(left);
            }
        }

        return indents;
    }

    /// <summary>A block being gathered: its lines, the column of the last, and the indent its text runs at.</summary>
    private sealed class Draft
    {
        public Draft(TextLine first, TextColumn column)
        {
            Lines.Add(first);
            LastColumn = column;
            IsListItem = first.StartsWithBullet;
            var textLeft = IsListItem && first.Words.Count > 1 && first.Words[0].Text.Length == 1
                ? first.Words[1].Left
                : first.Left;
            TextIndent = textLeft - column.Left;
            BulletIndent = first.Left - column.Left;
        }

        /// <summary>How far the first line (the bullet of a list item) stands in from its column's left edge.</summary>
        public double BulletIndent { get; }

        public List<TextLine> Lines { get; } = [];

        public bool IsListItem { get; }

        /// <summary>Where the block's text lines start, from their column's left edge: after the bullet, or at the second line of a paragraph.</summary>
        public double TextIndent { get; private set; }

        public TextColumn LastColumn { get; private set; }

        public TextLine Last => Lines[^1];

        public void Add(TextLine line, TextColumn column)
        {
            if (Lines.Count == 1 && !IsListItem)
            {
                TextIndent = line.Left - column.Left;
            }

            Lines.Add(line);
            LastColumn = column;
        }
    }
}
