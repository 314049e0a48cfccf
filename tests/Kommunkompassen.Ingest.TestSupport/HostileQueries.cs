using System.Globalization;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>
/// A search as someone may type it: the query and the filters, as the search library, the
/// application and `kk search` (<see cref="Args"/>) each take them. Without related texts unless
/// <see cref="Related"/>: the cases check the query's own answer.
/// </summary>
public sealed record QueryCase(string Text, int Top = 10, int? Area = null, string? Question = null, int? YearFrom = null, int? YearTo = null, string? Framework = null, string? Kind = null, bool Related = false)
{
    /// <summary>`kk search` with these options on this archive; the query after "--", so that "-x" is a query, not an option.</summary>
    public string[] Args(string archive)
    {
        var args = new List<string> { "search", "--archive", archive, "--top", Top.ToString(CultureInfo.InvariantCulture) };
        void Add(string option, object? value)
        {
            if (value is not null)
            {
                args.Add(option);
                args.Add(Convert.ToString(value, CultureInfo.InvariantCulture)!);
            }
        }

        Add("--area", Area);
        Add("--question", Question);
        Add("--framework", Framework);
        Add("--kind", Kind);
        if (YearFrom is not null || YearTo is not null)
        {
            Add("--year", YearFrom == YearTo ? $"{YearFrom}" : $"{YearFrom}..{YearTo}");
        }

        if (!Related)
        {
            args.Add("--no-related");
        }

        args.Add("--");
        args.Add(Text);
        return [.. args];
    }
}

/// <summary>
/// The odd and hostile searches of issue 15: each is refused with its one-line reason, or has a
/// documented meaning and is answered (README, Search: "Limits and odd queries"). The same table
/// runs through the search library, the application and the `kk` process, so a front end gets
/// the same answer as the command line.
/// </summary>
public static class HostileQueries
{
    /// <summary>What the syntax errors about operators go on to say.</summary>
    public const string OperatorHint = "in capitals, AND, OR and NOT join or exclude words; write them in lower case to search for them";

    /// <summary>A query of 10,000 characters.</summary>
    public static string TenThousandCharacters { get; } = new('a', 10_000);

    /// <summary>A thousand words of municipal vocabulary.</summary>
    public static string ThousandWords { get; } = string.Join(' ', Enumerable.Range(0, 1000).Select(i => Vocabulary[i % Vocabulary.Length]));

    /// <summary>A query just over the word limit and well under the length limit.</summary>
    public static string HundredAndOneWords { get; } = string.Join(' ', Enumerable.Repeat("ab", 101));

    private static string[] Vocabulary => ["styrning", "kommun", "medborgare", "ledarskap", "kvalitet", "utveckling", "synpunktshantering", "personal", "ekonomi", "uppföljning"];

    /// <summary>Searches refused: a short name, the search, and the one-line reason (after "kk: " on the command line).</summary>
    public static TheoryData<string, QueryCase, string> Refused() => new()
    {
        { "empty", new(string.Empty), "the query is empty: give a word to search for (or * for every text)" },
        { "blank", new("   "), "the query is empty: give a word to search for (or * for every text)" },
        { "stop words only", new("och att som"), "the query has only common words ('och', 'att', 'som'), which the search leaves out: add a word that says what to look for" },
        { "unclosed quote", new("\"abc"), "a quote (\") is not closed: close the phrase, or leave the quotes out" },
        { "unclosed bracket", new("(a OR b"), "a bracket '(' is not closed: close it, or leave the brackets out" },
        { "closing bracket alone", new("a)"), "a closing bracket ')' at character 2 has no opening one: remove it, or put a \\ before it to search for it" },
        { "regular expression", new("/ab.*/"), "regular expressions ('/ab.*/') are not supported: use * or ? in a word (styr*), or put a \\ before a slash to search for it" },
        { "regular expression of everything", new("/[a-z]+/"), "regular expressions ('/[a-z]+/') are not supported: use * or ? in a word (styr*), or put a \\ before a slash to search for it" },
        { "field syntax", new("foo:bar"), "field syntax ('foo:bar') is not supported: the query searches the text; to search for a colon, put the words in quotes or a \\ before the colon" },
        { "field syntax of a filter", new("area:3"), "field syntax ('area:3') is not supported: filter by area with the search's own area filter (kk search --area) instead" },
        { "range", new("[a TO z]"), "ranges ('[a TO z]') are not supported in the query: for years, use the search's year filter (kk search --year FROM..TO)" },
        { "AND alone", new("AND"), $"'AND' needs a word on each side (at 'AND', character 1): {OperatorHint}" },
        { "OR at the end", new("styrning OR"), $"'OR' needs a word on each side (at the end of the query): {OperatorHint}" },
        { "NOT alone", new("NOT"), $"'NOT' needs a word right after it (at the end of the query): {OperatorHint}" },
        { "plus alone", new("+"), $"'+' needs a word right after it (at the end of the query): {OperatorHint}" },
        { "boost without a word", new("^2"), "the query cannot be read at '^', character 1: put a \\ before a character such as ^ : ~ ! to search for it" },
        { "backslash at the end", new("styrning\\"), "the query has a character the search syntax reserves where it cannot stand (such as a \\ at its end): put a \\ before it to search for it" },
        { "10,000 characters", new(TenThousandCharacters), $"the query is 10,000 characters long, more than the 1,000 a query may have (it begins '{TenThousandCharacters[..30]}…')" },
        { "a thousand words", new(ThousandWords), $"the query is {ThousandWords.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long, more than the 1,000 a query may have (it begins '{ThousandWords[..30]}…')" },
        { "101 words", new(HundredAndOneWords), "the query has more than 100 words, the most a query may have: keep the words that say what to look for" },
        { "top 1,001", new("styrning", Top: 1001), "1,001 hits asked for: a search shows 1 to 1,000" },
        { "top a million", new("styrning", Top: 1_000_000), "1,000,000 hits asked for: a search shows 1 to 1,000" },
        { "years reversed", new("styrning", YearFrom: 2010, YearTo: 2005), "the years 2010..2005 run backwards: did you mean 2005..2010?" },
        { "year 0", new("styrning", YearFrom: 0, YearTo: 0), "0 is not a year of an evaluation (1900 to 2100)" },
        { "unknown kind", new("styrning", Kind: "finding"), "'finding' is not a kind of text (narrative, strength, improvement)" },
        { "unknown framework", new("styrning", Framework: "2011"), "'2011' is not a framework version (2002, 2010, 2016, 2020, unknown)" },
        { "unknown area", new("styrning", Area: 99), "there is no area 99: areas are numbered 1 to 8" },
        { "unknown sub-question", new("styrning", Question: "xyz"), "no framework version has a sub-question 'xyz', and no indexed text is under one (sub-questions are numbered as 3.2)" },
    };

    /// <summary>Odd searches with a documented meaning, answered: a short name and the search.</summary>
    public static TheoryData<string, QueryCase> Meant() => new()
    {
        { "every text", new("*") },
        { "leading wildcard", new("*tion") },
        { "only an excluded word", new("NOT styrning") },
        { "only an excluded word, minus", new("-styrning") },
        { "fuzzy", new("styrning~") },
        { "fuzzy, two edits", new("styrnig~2") },
        { "proximity", new("\"kommunens styrning\"~5") },
        { "boost", new("styrning^4 ledning") },
        { "slash between words", new("kvalitets-/verksamhetsutveckling") },
        { "years from", new("styrning", YearFrom: 2005) },
        { "years up to", new("styrning", YearTo: 2005) },
        { "catalogued framework with no report", new("styrning", Framework: "2016") },
    };
}
