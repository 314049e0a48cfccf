using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Language;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Insights;

/// <summary>
/// The text a citation is judged by: the sentence that names the municipality, or where that
/// sentence refers back ("Sådana kanaler finns även i Sollentuna", "Ett gott exempel på detta
/// finns i …") the sentence before it and the sentence itself. The sentence before is found in
/// the passage that holds the mention's sentence, split as the mention extractor splits it; a
/// sentence that opens its passage has none.
/// </summary>
public static partial class CitingSentence
{
    /// <summary>The citing sentence, with the sentence before it where it refers back.</summary>
    public static string Of(Mention mention, IReadOnlyList<Passage> passages)
    {
        if (!RefersBack(mention.Sentence))
        {
            return mention.Sentence;
        }

        var previous = Previous(mention, passages);
        return previous is null ? mention.Sentence : previous + " " + mention.Sentence;
    }

    /// <summary>
    /// Whether the sentence points back to what was said before it. The words (whole words, any
    /// case) are Swedish anaphora a report uses to cite another municipality for what the previous
    /// sentence described: demonstratives that stand for a thing said before ("detta", "dessa",
    /// "denna", "det/den/de här", "detsamma"), "sådan(a/t)" (a thing of the kind just named),
    /// comparison words with nothing to compare with in their own sentence ("liknande",
    /// "motsvarande", "likaså", "likadant", "på samma/liknande sätt" not followed by "som …"),
    /// "här" ("kommunen kan här ta intryck av …") and the elliptic "så gör/har/är …", "så även",
    /// "även där/här". Not in the list: a bare "även"/"också". They mark an addition, and a sentence
    /// with them usually names its own practice ("Även Haninge har en medborgarpanel"), which the
    /// previous sentence's practice would then be credited to.
    /// </summary>
    /// The word must stand in the sentence's first clause: in a later one ("Biblioteket samarbetar
    /// kring läsfrämjande, och Sundbyberg har ett liknande samarbete …") it points into the
    /// sentence's own earlier clause, not to the sentence before.
    public static bool RefersBack(string sentence) => Anaphor().IsMatch(FirstClause(sentence));

    /// <summary>The sentence up to its first clause break: a semicolon, or a comma before a conjunction that opens a new clause.</summary>
    private static string FirstClause(string sentence)
    {
        var m = ClauseBreak().Match(sentence);
        return m.Success ? sentence[..m.Index] : sentence;
    }

    private static string? Previous(Mention mention, IReadOnlyList<Passage> passages)
    {
        // The passage of the mention: same area and sub-question first, any passage as a fallback.
        foreach (var sameFirst in new[] { true, false })
        {
            foreach (var p in passages)
            {
                if ((p.Area == mention.Area && p.Question == mention.Question) != sameFirst || !p.Text.Contains(mention.Sentence, StringComparison.Ordinal))
                {
                    continue;
                }

                string? before = null;
                foreach (var s in Sentences.Of(p.Text))
                {
                    if (s == mention.Sentence)
                    {
                        return before;
                    }

                    before = s;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@";|,\s+(?:och|men|medan|samtidigt\s+som|där|vilket)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(
        @"(?<!\p{L})(?:sådan|sådana|sådant|detta|dessa|denna|detsamma|densamma|desamma|(?:det|den|de)\s+här|här|liknande|motsvarande|likaså|likadant|på\s+(?:samma|liknande)\s+sätt(?!\s+som)|så\s+(?:gör|har|är|även|också)|(?:även|också)\s+(?:där|här))(?!\p{L})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();
}
