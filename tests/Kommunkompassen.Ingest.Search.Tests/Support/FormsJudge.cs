using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kommunkompassen.Ingest.Search.Tests.Support;

/// <summary>
/// Judges whether a text speaks of a query's topic by the word forms listed for it
/// (Search/quality-set-forms.json). The rule, kept simple so anyone can predict it:
/// <list type="bullet">
/// <item>The text is put in Unicode form C, soft hyphens and zero-width characters are removed,
/// it is lower-cased (invariant culture; å, ä, ö, é stay letters of their own, never folded)
/// and split into words at every character that is not a letter, digit or hyphen (U+2010 and
/// U+2011 count as hyphens). Leading hyphens are dropped, a trailing one is kept ("synpunkts-").
/// A word with a hyphen inside also offers its hyphen-separated parts ("it-stöd": "it", "stöd").</item>
/// <item>A form is one word pattern or a phrase of several (consecutive words). "x" equals a
/// word, "x*" starts it, "*x" ends it, "*x*" is inside it; a lone "*" in a phrase is any one word.</item>
/// <item>A form "!x" is an exception: a word or part it matches counts for no form.</item>
/// </list>
/// Phrases run over the words of the whole text (punctuation between them does not break them).
/// </summary>
public sealed class FormsJudge
{
    private readonly List<Pattern[]> forms = [];
    private readonly List<string> formTexts = [];
    private readonly List<Pattern> exceptions = [];

    public FormsJudge(IEnumerable<string> forms)
    {
        foreach (var form in forms)
        {
            var text = Normalize(form).Trim();
            if (text.StartsWith('!'))
            {
                var patterns = Parse(text[1..], form);
                if (patterns.Length != 1)
                {
                    throw new FormatException($"exception '{form}' must be one word");
                }

                exceptions.Add(patterns[0]);
            }
            else
            {
                this.forms.Add(Parse(text, form));
                formTexts.Add(form);
            }
        }

        if (this.forms.Count == 0)
        {
            throw new FormatException("no forms");
        }
    }

    /// <summary>Whether one of the forms occurs in the text.</summary>
    public bool IsRelevant(string text) => FirstMatch(text) is not null;

    /// <summary>The first form (in list order) that occurs in the text, or null.</summary>
    public string? FirstMatch(string text)
    {
        var words = Words(text).Select(w => w.Where(c => !exceptions.Any(e => e.Matches(c))).ToArray()).ToArray();
        for (var f = 0; f < forms.Count; f++)
        {
            var phrase = forms[f];
            for (var i = 0; i + phrase.Length <= words.Length; i++)
            {
                var k = 0;
                while (k < phrase.Length && words[i + k].Any(phrase[k].Matches))
                {
                    k++;
                }

                if (k == phrase.Length)
                {
                    return formTexts[f];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The words of a text, each with what it offers to a pattern: the word itself, then its
    /// hyphen-separated parts when it has a hyphen.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Words(string text)
    {
        var clean = Normalize(text);
        var words = new List<IReadOnlyList<string>>();
        var current = new StringBuilder();
        foreach (var c in clean)
        {
            if (char.IsLetterOrDigit(c) || c == '-')
            {
                current.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            var word = current.ToString().TrimStart('-');
            current.Clear();
            if (!word.Any(char.IsLetterOrDigit))
            {
                return;
            }

            var offers = new List<string> { word };
            if (word.TrimEnd('-').Contains('-'))
            {
                offers.AddRange(word.Split('-', StringSplitOptions.RemoveEmptyEntries));
            }
            else if (word.EndsWith('-'))
            {
                offers.Add(word.TrimEnd('-'));
            }

            words.Add(offers);
        }
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\u2010' or '\u2011':
                    sb.Append('-');
                    break;
                default:
                    sb.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return sb.ToString();
    }

    private static Pattern[] Parse(string text, string original)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new FormatException($"empty form '{original}'");
        }

        var patterns = parts.Select(p => Pattern.Parse(p, original)).ToArray();
        if (patterns.Length == 1 && patterns[0].Core.Count(char.IsLetterOrDigit) < 2)
        {
            throw new FormatException($"form '{original}' needs at least two letters or digits");
        }

        if (patterns[0].IsGap || patterns[^1].IsGap)
        {
            throw new FormatException($"phrase '{original}' begins or ends with a lone '*'");
        }

        return patterns;
    }

    private sealed record Pattern(string Core, bool Start, bool End)
    {
        /// <summary>A lone "*": any one word.</summary>
        public bool IsGap => Core.Length == 0;

        public static Pattern Parse(string text, string original)
        {
            var start = text.StartsWith('*');
            var end = text.Length > 1 && text.EndsWith('*');
            var core = text.Trim('*');
            if (core.Contains('*'))
            {
                throw new FormatException($"'*' inside a word in form '{original}'");
            }

            if (core.Any(c => !char.IsLetterOrDigit(c) && c != '-'))
            {
                throw new FormatException($"form '{original}' holds a character a word cannot have");
            }

            // "x*" may match x itself; "*" alone matches any word.
            return new Pattern(core, Start: start, End: end || core.Length == 0);
        }

        public bool Matches(string word) => (Start, End) switch
        {
            (false, false) => word == Core,
            (false, true) => word.StartsWith(Core, StringComparison.Ordinal),
            (true, false) => word.EndsWith(Core, StringComparison.Ordinal),
            (true, true) => word.Contains(Core, StringComparison.Ordinal),
        };
    }
}

/// <summary>One query of the forms set.</summary>
public sealed record FormsQuery(
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("forms")] IReadOnlyList<string> Forms,
    [property: JsonPropertyName("original")] bool Original = false,
    [property: JsonPropertyName("note")] string? Note = null,
    [property: JsonPropertyName("heldOut")] bool HeldOut = false);

/// <summary>Search/quality-set-forms.json.</summary>
public sealed record FormsSet(
    [property: JsonPropertyName("_about")] string About,
    [property: JsonPropertyName("queries")] IReadOnlyList<FormsQuery> Queries)
{
    public const string FileName = "quality-set-forms.json";

    /// <summary>The file beside the running tests or benchmark (copied to Search/ in the output).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Search", FileName);

    public static FormsSet Load(string path) =>
        JsonSerializer.Deserialize<FormsSet>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"{path} is empty");
}
