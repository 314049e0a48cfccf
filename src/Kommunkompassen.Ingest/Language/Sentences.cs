namespace Kommunkompassen.Ingest.Language;

/// <summary>
/// Splits narrative text into sentences: a break after ".", "!" or "?" and white space before a
/// capital letter or a quotation mark, so abbreviations such as "bl.a. genom" stay inside theirs.
/// One pass over the text (it runs on every passage of every report).
/// </summary>
public static class Sentences
{
    /// <summary>The sentences of the text, trimmed, in order.</summary>
    public static IEnumerable<string> Of(string text)
    {
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) || text[i - 1] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var next = i;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && (char.IsUpper(text[next]) || text[next] is '"' or '”'))
            {
                if (Trimmed(text, start, i) is { } sentence)
                {
                    yield return sentence;
                }

                start = next;
            }

            i = next - 1;
        }

        if (Trimmed(text, start, text.Length) is { } last)
        {
            yield return last;
        }
    }

    private static string? Trimmed(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start).Trim();
        return span.Length > 0 ? span.ToString() : null;
    }
}
