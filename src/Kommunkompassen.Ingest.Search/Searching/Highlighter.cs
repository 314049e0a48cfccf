using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>
/// Marks the words of a text that a query matched, with offsets from the same analysis the
/// index used: a hit on a compound's part or on an expanded coordinated compound marks the
/// whole written word. Builds a snippet around the first marks.
/// </summary>
public static class Highlighter
{
    public const char Open = '«';
    public const char Close = '»';

    public static IReadOnlyList<TextSpan> Marks(Analyzer analyzer, string field, string text, IReadOnlySet<string> queryTerms, Func<string, bool>? matches = null)
    {
        var spans = new List<TextSpan>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var t = term.ToString();
            if (queryTerms.Contains(t) || (matches is not null && matches(t)))
            {
                spans.Add(WholeWord(text, offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return Merge(spans);
    }

    /// <summary>A window of about <paramref name="width"/> characters around the first mark, marks wrapped in «».</summary>
    public static string Snippet(string text, IReadOnlyList<TextSpan> marks, int width = 220)
    {
        var start = 0;
        if (marks.Count > 0 && text.Length > width)
        {
            start = Math.Max(0, marks[0].Start - (width / 3));
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
        }

        var end = Math.Min(text.Length, start + width);
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var sb = new System.Text.StringBuilder();
        if (start > 0)
        {
            sb.Append('…');
        }

        var pos = start;
        foreach (var m in marks.Where(m => m.Start >= start && m.End <= end))
        {
            sb.Append(text, pos, m.Start - pos).Append(Open).Append(text, m.Start, m.End - m.Start).Append(Close);
            pos = m.End;
        }

        sb.Append(text, pos, end - pos);
        if (end < text.Length)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }

    private static TextSpan WholeWord(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        var merged = new List<TextSpan>();
        foreach (var s in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, s.End));
            }
            else
            {
                merged.Add(s);
            }
        }

        return merged;
    }
}
