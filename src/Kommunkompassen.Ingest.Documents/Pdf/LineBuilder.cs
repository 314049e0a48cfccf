using System.Text;
using Kommunkompassen.Ingest.Documents.Text;
using UglyToad.PdfPig.Content;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Groups letters into lines by baseline and splits each line into words at space glyphs and at
/// gaps; a bullet glyph opening a line is a word of its own even when set tight to its text. Works on horizontal text; a page of a single column reads top to bottom, and letters of
/// table cells that share a baseline share a line until the table detector splits them by cell.
/// Immutable and thread-safe.
/// </summary>
public sealed class LineBuilder : ILineBuilder
{
    public LineBuilder(LineBuilderOptions options)
    {
        Options = options;
    }

    public static LineBuilder Default { get; } = new(LineBuilderOptions.Default);

    public LineBuilderOptions Options { get; }

    public IReadOnlyList<TextLine> Build(IReadOnlyList<Letter> letters, int pageNumber)
    {
        var sorted = letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && l.Value.Length > 0)
            .OrderByDescending(l => l.StartBaseLine.Y)
            .ThenBy(l => l.StartBaseLine.X)
            .ToList();

        var groups = new List<List<Letter>>();
        var groupBaseline = 0.0;
        foreach (var letter in sorted)
        {
            var tolerance = Options.BaselineTolerance * Math.Max(letter.PointSize, 1);
            if (groups.Count == 0 || Math.Abs(letter.StartBaseLine.Y - groupBaseline) > tolerance)
            {
                groups.Add([]);
                groupBaseline = letter.StartBaseLine.Y;
            }

            groups[^1].Add(letter);
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
    private void MergeRaisedAndLowered(List<List<Letter>> groups)
    {
        for (var i = 0; i + 1 < groups.Count;)
        {
            var above = groups[i];
            var below = groups[i + 1];
            var aboveSize = above.Max(l => l.PointSize);
            var belowSize = below.Max(l => l.PointSize);
            var distance = above[0].StartBaseLine.Y - below[0].StartBaseLine.Y;
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

    private void AddLine(List<Letter> group, int pageNumber, List<TextLine> lines)
    {
        if (group.Count == 0)
        {
            return;
        }

        group.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var words = new List<TextWord>();
        var word = new List<Letter>();
        var previousEnd = double.NegativeInfinity;
        foreach (var letter in group)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                AddWord(word, words);
                previousEnd = letter.EndBaseLine.X;
                continue;
            }

            // A new word starts after a gap, and after a bullet glyph that opens the line.
            var gap = letter.StartBaseLine.X - previousEnd;
            var afterBullet = words.Count == 0 && word.Count == 1 && word[0].Value.Length == 1 && BulletGlyphs.IsGlyph(word[0].Value[0]);
            if (word.Count > 0 && (gap > Options.WordGap * Math.Max(letter.PointSize, 1) || afterBullet))
            {
                AddWord(word, words);
            }

            word.Add(letter);
            previousEnd = Math.Max(letter.EndBaseLine.X, letter.StartBaseLine.X + letter.Width);
        }

        AddWord(word, words);
        if (words.Count > 0)
        {
            lines.Add(new TextLine(words, pageNumber));
        }
    }

    private void AddWord(List<Letter> letters, List<TextWord> words)
    {
        if (letters.Count == 0)
        {
            return;
        }

        var text = new StringBuilder(letters.Count + 2);
        double left = double.MaxValue, right = double.MinValue, bottom = double.MaxValue, top = double.MinValue, size = 0;
        var boldLetters = 0;
        foreach (var letter in letters)
        {
            AppendUnligated(letter.Value, text);
            left = Math.Min(left, letter.StartBaseLine.X);
            right = Math.Max(right, letter.EndBaseLine.X);
            var glyph = letter.BoundingBox;
            bottom = Math.Min(bottom, Math.Min(glyph.Bottom, letter.StartBaseLine.Y));
            top = Math.Max(top, Math.Max(glyph.Top, letter.StartBaseLine.Y + (letter.PointSize * 0.7)));
            size = Math.Max(size, letter.PointSize);
            if (IsBold(letter))
            {
                boldLetters++;
            }
        }

        var baseline = letters[0].StartBaseLine.Y;
        words.Add(new TextWord(text.ToString(), left, right, bottom, top, baseline, size, boldLetters * 2 > letters.Count, FontFamily(letters[0].FontName)));
        letters.Clear();
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
}
