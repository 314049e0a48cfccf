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
                var word = Normalize(tokens[i]);
                var lineEndFragment = i == tokens.Length - 1 && word.EndsWith('-');
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

    internal static string Normalize(string token) => token.Trim(Punctuation);
}
