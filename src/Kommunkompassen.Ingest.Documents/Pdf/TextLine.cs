using Kommunkompassen.Ingest.Documents.Text;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Words that share a baseline, left to right, on one page. The line's font size is the size of
/// most of its characters, and its baseline theirs (not a superscript's); it is bold when every
/// word but a bullet glyph is bold.
/// </summary>
public sealed record TextLine
{
    public TextLine(IReadOnlyList<TextWord> words, int page)
    {
        if (words.Count == 0)
        {
            throw new ArgumentException("A line needs at least one word.", nameof(words));
        }

        Words = words;
        Page = page;
        Left = words.Min(w => w.Left);
        Right = words.Max(w => w.Right);
        Top = words.Max(w => w.Top);
        Bottom = words.Min(w => w.Bottom);
        Text = string.Join(' ', words.Select(w => w.Text));
        (FontSize, IsBold) = Style(words);
        Baseline = words.FirstOrDefault(w => Math.Abs(w.FontSize - FontSize) < 0.5)?.Baseline ?? words[0].Baseline;
        FontFamily = words.FirstOrDefault(w => !(w.Text.Length == 1 && BulletGlyphs.IsGlyph(w.Text[0])))?.FontFamily ?? words[0].FontFamily;
    }

    public IReadOnlyList<TextWord> Words { get; }

    /// <summary>1-based page number.</summary>
    public int Page { get; }

    public double Left { get; }

    public double Right { get; }

    public double Top { get; }

    public double Bottom { get; }

    public double Baseline { get; }

    public double FontSize { get; }

    public bool IsBold { get; }

    /// <summary>The font family of the first word that is not a bullet.</summary>
    public string FontFamily { get; }

    /// <summary>The words joined by single spaces.</summary>
    public string Text { get; }

    /// <summary>
    /// True when the line opens with a bullet glyph. A dash counts only as a word of its own
    /// followed by a tab-like gap, so a wrapped line that starts with a dash stays text.
    /// </summary>
    public bool StartsWithBullet
    {
        get
        {
            var first = Words[0].Text;
            if (first.Length == 0 || !BulletGlyphs.StartsWithGlyph(Text))
            {
                return false;
            }

            if (first[0] is not ('-' or '–'))
            {
                return true;
            }

            return first.Length == 1 && Words.Count > 1 && Words[1].Left - Words[0].Right > Words[0].FontSize * 0.6;
        }
    }

    /// <summary>The line made of the words that pass the filter, or null when none does.</summary>
    public TextLine? Slice(Func<TextWord, bool> keep)
    {
        var kept = Words.Where(keep).ToList();
        return kept.Count == 0 ? null : kept.Count == Words.Count ? this : new TextLine(kept, Page);
    }

    private static (double Size, bool Bold) Style(IReadOnlyList<TextWord> words)
    {
        var bySize = new Dictionary<double, int>();
        var bold = true;
        var any = false;
        foreach (var word in words)
        {
            if (word.Text.Length == 1 && BulletGlyphs.IsGlyph(word.Text[0]))
            {
                continue;
            }

            any = true;
            bold &= word.IsBold;
            var size = Math.Round(word.FontSize * 2) / 2;
            bySize[size] = bySize.GetValueOrDefault(size) + word.Text.Length;
        }

        if (!any)
        {
            return (words[0].FontSize, words[0].IsBold);
        }

        return (bySize.MaxBy(p => p.Value).Key, bold);
    }
}
