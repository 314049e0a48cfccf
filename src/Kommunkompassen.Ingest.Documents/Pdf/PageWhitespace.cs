namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// A page's lines as the <see cref="ColumnSegmenter"/> measures them: the free x-ranges between
/// their words, less what table frames and rules take, within the extent of the page's text, and
/// the body font size distances are judged by.
/// </summary>
internal sealed class PageWhitespace(IReadOnlyList<TextLine> lines, List<PageWhitespace.Obstacle> obstacles, double em)
{
    public IReadOnlyList<TextLine> Lines { get; } = lines;

    public List<Obstacle> Obstacles { get; } = obstacles;

    /// <summary>The page's body font size.</summary>
    public double Em { get; } = em;

    public double Left { get; } = lines.Min(l => l.Left);

    public double Right { get; } = lines.Max(l => l.Right);

    /// <summary>The gaps wide enough for a gutter that all of lines [start, end) keep free.</summary>
    public List<WhitespaceGap> CommonGaps(int start, int end, double minWidth)
    {
        if (start >= end)
        {
            return [];
        }

        var free = FreeGaps(start, Lines[start].Top, minWidth);
        for (var k = start + 1; k < end && free.Count > 0; k++)
        {
            free = Intersect(free, FreeGaps(k, Lines[k - 1].Top, minWidth), minWidth);
        }

        return free;
    }

    /// <summary>
    /// The gaps of line <paramref name="index"/> at least <paramref name="minWidth"/> wide inside the
    /// page's text, less what frames and rules take from the line's height up to <paramref name="top"/>.
    /// </summary>
    public List<WhitespaceGap> FreeGaps(int index, double top, double minWidth)
    {
        var line = Lines[index];
        var taken = new List<WhitespaceGap>(line.Words.Count + 2);
        foreach (var word in line.Words)
        {
            taken.Add(new WhitespaceGap(word.Left, word.Right));
        }

        foreach (var obstacle in Obstacles)
        {
            if (obstacle.Bottom <= top && obstacle.Top >= line.Bottom)
            {
                taken.Add(new WhitespaceGap(obstacle.Left, obstacle.Right));
            }
        }

        taken.Sort((a, b) => a.Lo.CompareTo(b.Lo));
        var free = new List<WhitespaceGap>();
        var cursor = Left;
        foreach (var span in taken)
        {
            if (span.Lo - cursor >= minWidth)
            {
                free.Add(new WhitespaceGap(cursor, span.Lo));
            }

            cursor = Math.Max(cursor, span.Hi);
        }

        if (Right - cursor >= minWidth)
        {
            free.Add(new WhitespaceGap(cursor, Right));
        }

        return free;
    }

    /// <summary>The parts common to two sorted lists of gaps that are at least <paramref name="minWidth"/> wide.</summary>
    public static List<WhitespaceGap> Intersect(List<WhitespaceGap> a, List<WhitespaceGap> b, double minWidth)
    {
        var result = new List<WhitespaceGap>();
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var lo = Math.Max(a[i].Lo, b[j].Lo);
            var hi = Math.Min(a[i].Hi, b[j].Hi);
            if (hi - lo >= minWidth)
            {
                result.Add(new WhitespaceGap(lo, hi));
            }

            if (a[i].Hi < b[j].Hi)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }

    /// <summary>A frame or rule's box, which no gutter crosses.</summary>
    public readonly record struct Obstacle(double Left, double Bottom, double Right, double Top);
}

/// <summary>A free x-range, from <see cref="Lo"/> to <see cref="Hi"/>.</summary>
internal readonly record struct WhitespaceGap(double Lo, double Hi)
{
    public double Middle => (Lo + Hi) / 2;

    public double Width => Hi - Lo;
}
