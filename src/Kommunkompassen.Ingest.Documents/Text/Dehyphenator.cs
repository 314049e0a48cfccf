namespace Kommunkompassen.Ingest.Documents.Text;

/// <summary>
/// Joins lines that a layout engine broke, undoing Swedish line-end hyphenation while keeping real
/// hyphens: "Sentralfor-" + "bund" gives "Sentralforbund", but "synpunkts-" + "och" keeps the
/// hyphen and the space, "Hässelby-" + "Vällingby", "14-" + "16", "IT-" + "stöd" and "e-" +
/// "tjänster" keep the hyphen, and a line ending in "/" or "-/" joins without a space. A Unicode
/// hyphen (U+2010) at a line end counts as '-'; a soft hyphen (U+00AD), alone or followed by the
/// U+2010 a browser shows for it, always joins the word. When the document's own word forms are
/// given as <see cref="HyphenationEvidence"/>, they decide first.
/// Immutable and thread-safe.
/// </summary>
public sealed class Dehyphenator
{
    public Dehyphenator(DehyphenatorOptions options)
    {
        Options = options;
    }

    public static Dehyphenator Default { get; } = new(DehyphenatorOptions.Default);

    public DehyphenatorOptions Options { get; }

    /// <summary>Joins a sequence of lines into one string.</summary>
    public string JoinLines(IEnumerable<string> lines, HyphenationEvidence? evidence = null)
    {
        var text = string.Empty;
        foreach (var line in lines)
        {
            text = Join(text, line, evidence);
        }

        return text;
    }

    /// <summary>Joins one line to the text before it.</summary>
    public string Join(string left, string right, HyphenationEvidence? evidence = null)
    {
        left = left.TrimEnd();
        right = right.TrimStart();
        if (left.Length == 0 || right.Length == 0)
        {
            return left.Length == 0 ? right : left;
        }

        if (left[^1] == '/')
        {
            return left + right;
        }

        if (!Options.Hyphens.Contains(left[^1]))
        {
            return left + " " + right;
        }

        if (left[^1] == '\u00AD')
        {
            // A soft hyphen marks a place the word may break: always a syllable break.
            return left[..^1] + right;
        }

        if (left.Length > 1 && left[^1] == '\u2010' && left[^2] == '\u00AD')
        {
            // A browser writes the soft hyphen it broke at followed by the hyphen it shows there.
            return left[..^2] + right;
        }

        var lastWord = left[(left.LastIndexOf(' ') + 1)..];
        if (lastWord.Length == 1)
        {
            // A free-standing dash ("Resultat -") is punctuation, not hyphenation.
            return left + " " + right;
        }

        var spaceAt = right.IndexOf(' ');
        var nextWord = spaceAt < 0 ? right : right[..spaceAt];
        var stem = left[..^1];
        return Decide(lastWord[..^1], nextWord, evidence) switch
        {
            HyphenJoin.RemoveHyphen => stem + right,
            HyphenJoin.KeepHyphen => stem + "-" + right,
            _ => stem + "- " + right,
        };
    }

    /// <summary>
    /// Decides how a word ending in a line-end hyphen (given without it, <paramref name="stem"/>)
    /// joins the first word of the next line.
    /// </summary>
    public HyphenJoin Decide(string stem, string nextWord, HyphenationEvidence? evidence = null)
    {
        var next = HyphenationEvidence.Normalize(nextWord);
        if (Options.Conjunctions.Contains(nextWord) || Options.Conjunctions.Contains(next))
        {
            return HyphenJoin.KeepHyphenAndSpace;
        }

        var stemCore = HyphenationEvidence.Normalize(stem);
        if (evidence is not null && Options.UseEvidence && stemCore.Length > 0 && next.Length > 0)
        {
            var hyphenated = evidence.Contains(stemCore + "-" + next);
            var joined = evidence.Contains(stemCore + next);
            if (hyphenated != joined)
            {
                return hyphenated ? HyphenJoin.KeepHyphen : HyphenJoin.RemoveHyphen;
            }
        }

        if (next.Length > 0 && (char.IsUpper(next[0]) || char.IsDigit(next[0])))
        {
            return HyphenJoin.KeepHyphen;
        }

        if (stemCore.Length == 0 || char.IsDigit(stemCore[^1]) || IsAbbreviation(stemCore))
        {
            return HyphenJoin.KeepHyphen;
        }

        return HyphenJoin.RemoveHyphen;
    }

    /// <summary>
    /// A single letter ("e-tjänster") or an upper-case acronym ("IT-stöd", "SKL:s") before the
    /// hyphen; the part after an inner hyphen counts ("Gävle-IT").
    /// </summary>
    private static bool IsAbbreviation(string stem)
    {
        var part = stem[(stem.LastIndexOfAny(['-', '/']) + 1)..];
        if (part.Length == 1)
        {
            return char.IsLetter(part[0]);
        }

        var letters = 0;
        foreach (var c in part)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
