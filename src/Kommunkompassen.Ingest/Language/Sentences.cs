using System.Text.RegularExpressions;

namespace Kommunkompassen.Ingest.Language;

/// <summary>
/// Splits narrative text into sentences: a break after ".", "!" or "?" and white space before a
/// capital letter or a quotation mark, so abbreviations such as "bl.a. genom" stay inside theirs.
/// </summary>
public static partial class Sentences
{
    /// <summary>The sentences of the text, trimmed, in order.</summary>
    public static IEnumerable<string> Of(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}""”])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
