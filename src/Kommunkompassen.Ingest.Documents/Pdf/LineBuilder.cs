using System.Text;
using Kommunkompassen.Ingest.Documents.Text;
using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Groups letters into lines by baseline and splits each line into words at space glyphs and at
/// gaps; a bullet glyph opening a line is a word of its own even when set tight to its text. It
/// reads the letters of one orientation in a <see cref="PageFrame"/> where they run left to right,
/// so a page or table set sideways reads like any other. A space glyph drawn where the next letter
/// starts (a browser marks a soft hyphen inside a word so) takes no room and splits no word. A page
/// of a single column reads top to bottom, and letters of table cells or columns that share a
/// baseline share a line until a later step splits them. Immutable and thread-safe.
/// </summary>
public sealed class LineBuilder : ILineBuilder
{
    public LineBuilder(LineBuilderOptions options)
    {
        Options = options;
    }

    public static LineBuilder Default { get; } = new(LineBuilderOptions.Default);

    public LineBuilderOptions Options { get; }

    /// <summary>The lines of the page's horizontal text, in the page's own frame.</summary>
    public IReadOnlyList<TextLine> Build(IReadOnlyList<Letter> letters, int pageNumber) =>
        Build(letters, pageNumber, PageFrame.Upright(0, 0));

    public IReadOnlyList<TextLine> Build(IReadOnlyList<Letter> letters, int pageNumber, PageFrame frame)
    {
        var sorted = new List<Glyph>(letters.Count);
        foreach (var letter in letters)
        {
            if (letter.TextOrientation == frame.Orientation && letter.Value.Length > 0)
            {
                sorted.Add(Glyph.From(letter, frame, sorted.Count));
            }
        }

        // Top to bottom, then left to right; ties keep the content stream's order.
        sorted.Sort(static (a, b) =>
            a.Baseline != b.Baseline ? b.Baseline.CompareTo(a.Baseline) :
            a.Start != b.Start ? a.Start.CompareTo(b.Start) :
            a.Order.CompareTo(b.Order));

        var groups = new List<List<Glyph>>();
        var groupBaseline = 0.0;
        foreach (var glyph in sorted)
        {
            var tolerance = Options.BaselineTolerance * Math.Max(glyph.PointSize, 1);
            if (groups.Count == 0 || Math.Abs(glyph.Baseline - groupBaseline) > tolerance)
            {
                groups.Add([]);
                groupBaseline = glyph.Baseline;
            }

            groups[^1].Add(glyph);
        }

        MergeRaisedAndLowered(groups);
        var lines = new List<TextLine>(groups.Count);
        foreach (var group in groups)
        {
            AddLine(group, pageNumber, lines);
        }

        return lines;
    }

    /// <summary>
    /// Puts a superscript or subscript (small letters set just above or below a line, such as a
    /// footnote mark) into the line it belongs to, so it does not split that line's paragraph.
    /// </summary>
    private void MergeRaisedAndLowered(List<List<Glyph>> groups)
    {
        for (var i = 0; i + 1 < groups.Count;)
        {
            var above = groups[i];
            var below = groups[i + 1];
            var aboveSize = above.Max(l => l.PointSize);
            var belowSize = below.Max(l => l.PointSize);
            var distance = above[0].Baseline - below[0].Baseline;
            var small = Math.Min(aboveSize, belowSize) <= Options.ScriptSizeRatio * Math.Max(aboveSize, belowSize);
            if (small && distance <= Options.ScriptShift * Math.Max(aboveSize, belowSize))
            {
                below.AddRange(above);
                groups.RemoveAt(i);
                continue;
            }

            i++;
        }
    }

    private void AddLine(List<Glyph> group, int pageNumber, List<TextLine> lines)
    {
        if (group.Count == 0)
        {
            return;
        }

        // Ties keep the content stream's order: a space drawn at the very place of the next letter may tie with it.
        group.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        var words = new List<TextWord>();
        var word = new List<Glyph>();
        var previousEnd = double.NegativeInfinity;
        for (var i = 0; i < group.Count; i++)
        {
            var glyph = group[i];
            if (glyph.IsSpace)
            {
                if (!TakesNoRoom(group, i))
                {
                    AddWord(word, words);
                    previousEnd = glyph.End;
                }

                continue;
            }

            // A new word starts after a gap, and after a bullet glyph that opens the line.
            var gap = glyph.Start - previousEnd;
            var afterBullet = words.Count == 0 && word.Count == 1 && word[0].Value.Length == 1 && BulletGlyphs.IsGlyph(word[0].Value[0]);
            if (word.Count > 0 && (gap > Options.WordGap * Math.Max(glyph.PointSize, 1) || afterBullet))
            {
                AddWord(word, words);
            }

            word.Add(glyph);
            previousEnd = glyph.End;
        }

        AddWord(word, words);
        if (words.Count > 0)
        {
            lines.Add(new TextLine(words, pageNumber));
        }
    }

    /// <summary>True for a space glyph that another letter of the line starts at (it advances nothing).</summary>
    private bool TakesNoRoom(List<Glyph> group, int index)
    {
        var space = group[index];
        var tolerance = Options.OverdrawnSpace * Math.Max(space.PointSize, 1);
        for (var k = index + 1; k < group.Count && group[k].Start <= space.Start + tolerance; k++)
        {
            if (!group[k].IsSpace)
            {
                return true;
            }
        }

        for (var k = index - 1; k >= 0 && group[k].Start >= space.Start - tolerance; k--)
        {
            if (!group[k].IsSpace)
            {
                // A letter sorted before the space but starting where it does: the space is drawn over it.
                return Math.Abs(group[k].Start - space.Start) <= tolerance;
            }
        }

        return false;
    }

    private void AddWord(List<Glyph> glyphs, List<TextWord> words)
    {
        if (glyphs.Count == 0)
        {
            return;
        }

        var text = new StringBuilder(glyphs.Count + 2);
        double left = double.MaxValue, right = double.MinValue, bottom = double.MaxValue, top = double.MinValue, size = 0;
        var boldLetters = 0;
        foreach (var glyph in glyphs)
        {
            AppendUnligated(glyph.Value, text);
            left = Math.Min(left, glyph.Start);
            right = Math.Max(right, glyph.BaselineEnd);
            bottom = Math.Min(bottom, glyph.Bottom);
            top = Math.Max(top, glyph.Top);
            size = Math.Max(size, glyph.PointSize);
            if (IsBold(glyph.Letter))
            {
                boldLetters++;
            }
        }

        var baseline = glyphs[0].Baseline;
        words.Add(new TextWord(text.ToString(), left, right, bottom, top, baseline, size, boldLetters * 2 > glyphs.Count, FontFamily(glyphs[0].Letter.FontName)));
        glyphs.Clear();
    }

    /// <summary>Appends the letter's text with typographic ligatures (ﬁ, ﬂ, ﬀ, ...) spelled out, as a Word file has them.</summary>
    private static void AppendUnligated(string value, StringBuilder text)
    {
        foreach (var c in value)
        {
            if (c is >= '\uFB00' and <= '\uFB06')
            {
                text.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
            else
            {
                text.Append(c);
            }
        }
    }

    /// <summary>"ABCDEF+LiberationSerif-Bold" gives "LiberationSerif".</summary>
    private static string FontFamily(string? fontName)
    {
        var name = fontName ?? string.Empty;
        var plus = name.IndexOf('+');
        if (plus >= 0)
        {
            name = name[(plus + 1)..];
        }

        var style = name.IndexOfAny(['-', ',']);
        return style > 0 ? name[..style] : name;
    }

    private bool IsBold(Letter letter)
    {
        if (letter.FontDetails is { IsBold: true })
        {
            return true;
        }

        var name = letter.FontName ?? string.Empty;
        foreach (var part in Options.BoldNameParts)
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A letter placed in the frame: where it starts and ends on its baseline, and its box.
    /// <see cref="Order"/> is its place in the content stream among the letters read.
    /// </summary>
    private sealed class Glyph
    {
        private Glyph(Letter letter, int order, double start, double baselineEnd, double end, double baseline, double bottom, double top)
        {
            Letter = letter;
            Order = order;
            Start = start;
            BaselineEnd = baselineEnd;
            End = end;
            Baseline = baseline;
            Bottom = bottom;
            Top = top;
        }

        public Letter Letter { get; }

        public int Order { get; }

        public string Value => Letter.Value;

        public double PointSize => Letter.PointSize;

        public bool IsSpace => string.IsNullOrWhiteSpace(Letter.Value);

        public double Start { get; }

        public double BaselineEnd { get; }

        /// <summary>Where the letter's advance ends (at least its width past its start).</summary>
        public double End { get; }

        public double Baseline { get; }

        public double Bottom { get; }

        public double Top { get; }

        public static Glyph From(Letter letter, PageFrame frame, int order)
        {
            if (frame.IsUpright)
            {
                var s = letter.StartBaseLine;
                var e = letter.EndBaseLine;
                var glyph = letter.BoundingBox;
                return new Glyph(
                    letter,
                    order,
                    s.X,
                    e.X,
                    Math.Max(e.X, s.X + letter.Width),
                    s.Y,
                    Math.Min(glyph.Bottom, s.Y),
                    Math.Max(glyph.Top, s.Y + (letter.PointSize * 0.7)));
            }

            var start = frame.Map(letter.StartBaseLine);
            var end = frame.Map(letter.EndBaseLine);
            var box = frame.Map(letter.BoundingBox);
            return new Glyph(
                letter,
                order,
                start.X,
                end.X,
                end.X,
                start.Y,
                Math.Min(box.Bottom, start.Y),
                Math.Max(box.Top, start.Y + (letter.PointSize * 0.7)));
        }
    }
}
