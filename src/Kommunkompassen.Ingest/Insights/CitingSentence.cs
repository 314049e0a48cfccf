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
    /// <summary>Most sentences a chain of referring sentences is followed back over.</summary>
    public const int MaxChain = 3;

    /// <summary>
    /// The citing text: the statement that names the municipality, with the sentence before it
    /// where it refers back, and so on while the sentence before refers back too ("Kommunen kan här
    /// ta intryck av Örebro, som mäter svarstiderna. Likaså har Uppsala kortat dem." is Uppsala cited
    /// for what the sentence before Örebro's described), at most <see cref="MaxChain"/> sentences back.
    /// A sentence of coordinated statements, each with its own subject ("I Varberg finns ett
    /// förbättringsråd, och Enköping har inrättat en innovationssluss"), cites each municipality for
    /// its own statement; a later statement that refers back ("…, och Umeå har en liknande ordning")
    /// is read with the whole sentence.
    /// </summary>
    public static string Of(Mention mention, IReadOnlyList<Passage> passages)
    {
        var sentence = mention.Sentence;
        var statements = Statements(sentence);
        var at = statements.Count < 2 ? -1 : statements.FindIndex(st => Names(st, mention.Municipality.Name));
        if (at > 0 && !Anaphor().IsMatch(statements[at]))
        {
            return statements[at];
        }

        var own = at == 0 ? statements[0] : sentence;
        var before = Before(mention, passages);
        return before.Count == 0 ? own : string.Join(" ", before) + " " + own;
    }

    /// <summary>The sentences a citing sentence refers back over, in text order (none when it does not refer back).</summary>
    private static List<string> Before(Mention mention, IReadOnlyList<Passage> passages)
    {
        var chain = new List<string>();
        var text = PassageOf(mention, passages);
        if (text is null)
        {
            return chain;
        }

        var all = Sentences.Of(text).ToList();
        var at = all.IndexOf(mention.Sentence);
        while (at > 0 && chain.Count < MaxChain && RefersBack(all[at]))
        {
            at--;
            chain.Insert(0, all[at]);
        }

        return chain;
    }

    /// <summary>The coordinated statements of a sentence: split at a semicolon or at a comma before "och".</summary>
    internal static List<string> Statements(string sentence) =>
        StatementBreak().Split(sentence).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>Whether the text names the municipality (the name as a word, or its genitive in -s).</summary>
    private static bool Names(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if (end < text.Length && text[end] == 's')
            {
                end++;
            }

            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence points back to what was said before it. The words (whole words, any
    /// case) are Swedish anaphora a report uses to cite another municipality for what the previous
    /// sentence described: demonstratives that stand for a thing said before ("detta", "dessa",
    /// "denna", "det/den/de här", "detsamma"), "sådan(a/t)" (a thing of the kind just named),
    /// comparison words with nothing to compare with in their own sentence ("liknande",
    /// "motsvarande", "likaså", "likadant", "på samma/liknande sätt" not followed by "som …"),
    /// "här" ("kommunen kan här ta intryck av …"), the elliptic "så gör/har/är …", "så även",
    /// "även där/här", and a comparative of success with no "än" to say what it is compared with
    /// ("Arvika har lyckats bättre genom …", "har kommit längre"): it is measured against what the
    /// sentence before described. Not in the list: a bare "även"/"också". They mark an addition, and a sentence
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

    /// <summary>The text of the passage that holds the mention's sentence: same area and sub-question first, any passage as a fallback.</summary>
    private static string? PassageOf(Mention mention, IReadOnlyList<Passage> passages) =>
        passages.FirstOrDefault(p => p.Area == mention.Area && p.Question == mention.Question && p.Text.Contains(mention.Sentence, StringComparison.Ordinal))?.Text
        ?? passages.FirstOrDefault(p => p.Text.Contains(mention.Sentence, StringComparison.Ordinal))?.Text;

    [GeneratedRegex(@";|,\s+(?=och\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatementBreak();

    [GeneratedRegex(@";|,\s+(?:och|men|medan|samtidigt\s+som|där|vilket)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(
        @"(?<!\p{L})(?:sådan|sådana|sådant|detta|dessa|denna|detsamma|densamma|desamma|(?:det|den|de)\s+här|här|liknande|motsvarande|likaså|likadant|på\s+(?:samma|liknande)\s+sätt(?!\s+som)|så\s+(?:gör|har|är|även|också)|det\s+gör\s+(?:även|också)|(?:även|också)\s+(?:där|här)|(?:lyckats|kommit|nått|hunnit)\s+(?:\p{L}+\s+)?(?:bättre|längre|längst|bäst)(?!.*(?<!\p{L})än(?!\p{L})))(?!\p{L})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();
}
