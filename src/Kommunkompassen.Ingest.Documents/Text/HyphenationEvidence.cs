namespace Kommunkompassen.Ingest.Documents.Text;

/// <summary>
/// The word forms a document uses away from line ends, so the <see cref="Dehyphenator"/> can see
/// whether "max-poäng" or "maxpoäng" is the document's own spelling. Case-insensitive; surrounding
/// punctuation is ignored. Immutable once built.
/// </summary>
public sealed class HyphenationEvidence
{
    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '”', '“', '’', '»', '«', '*'];

    private readonly HashSet<string> words;

    private HyphenationEvidence(HashSet<string> words)
    {
        this.words = words;
    }

    /// <summary>Evidence that knows no words.</summary>
    public static HyphenationEvidence Empty { get; } = new([]);

    /// <summary>Collects every word of the lines except a hyphenated fragment at a line end.</summary>
    public static HyphenationEvidence FromLines(IEnumerable<string> lines)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                var raw = tokens[i].Trim(Punctuation);
                var word = WithoutSoftHyphens(raw);
                var lineEndFragment = i == tokens.Length - 1 && raw.Length > 0 && raw[^1] is '-' or '\u2010' or '\u00AD';
                if (word.Length > 1 && !lineEndFragment)
                {
                    set.Add(word);
                }
            }
        }

        return new HyphenationEvidence(set);
    }

    /// <summary>True when the document uses this word form somewhere other than at a line end.</summary>
    public bool Contains(string word) => words.Contains(Normalize(word));

    /// <summary>The token without surrounding punctuation and without soft hyphens (places a word may break).</summary>
    internal static string Normalize(string token) => WithoutSoftHyphens(token.Trim(Punctuation));

    private static string WithoutSoftHyphens(string word) =>
        word.Contains('\u00AD') ? word.Replace("\u00AD", string.Empty, StringComparison.Ordinal) : word;
}
