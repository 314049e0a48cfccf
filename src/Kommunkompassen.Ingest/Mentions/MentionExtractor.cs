using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Language;

namespace Kommunkompassen.Ingest.Mentions;

/// <summary>
/// Finds the municipalities a report's narrative names, resolved to the registry: plain, genitive
/// and "kommun"/"stad" forms ("Kungsbacka", "Södertäljes", "Marks kommun", "Göteborgs stad"). Not
/// mentions: the evaluated municipality itself, counties ("Stockholms län"), city districts
/// ("… stadsdel"), compounds ("Umeådialogen"), and names inside other proper names ("Visit
/// Sundsvall Timrå", "Näringslivet Sundsvall/Timrå"), institutions located in a place ("musikhögskolan
/// i Piteå"). Names that are also ordinary words ("Mark", "Vara", "Ale") count only with
/// "kommun"/"stad", a year in brackets, a preposition of place or a comparison ("i Ale", "som Ale"), as the subject that opens
/// a sentence with an active verb ("Lund redovisar …", "Mark har …"), capitalised inside a sentence ("Så gör även Bjuv"),
/// or beside other mentions.
/// </summary>
public static partial class MentionExtractor
{
    private static readonly HashSet<string> Ambiguous = new(StringComparer.Ordinal)
    {
        "Mark", "Vara", "Ale", "Boden", "Bjuv", "Nora", "Sala", "Lund", "Habo", "Salem", "Hylte", "Bräcke", "Åre",
    };

    /// <summary>Names of municipalities that are also Swedish first names: before a capitalised word that is no municipality they name a person ("demenssjuksköterskan Dorotea Holm").</summary>
    private static readonly HashSet<string> FirstNames = new(StringComparer.Ordinal) { "Dorotea", "Nora", "Vilhelmina" };

    /// <summary>
    /// A name of a municipality that is also a common Swedish surname, beside the ambiguous names
    /// (Lund, Mark, Nora …): before a year and a page it names a writer ("(Berg 2012, s. 41)"), where
    /// another municipality's name names its report ("(jfr Härryda 2013, avsnitt 5.2, …)").
    /// </summary>
    private static readonly HashSet<string> CommonSurnames = new(StringComparer.Ordinal) { "Berg" };

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "I", "På", "Från", "Till", "Hos", "Vid", "Med", "Av", "Som", "Liksom", "Enligt", "Både", "Även", "Jämfört", "Efter", "För", "Och", "Men", "Inom", "Utanför", "Bland",
        // Adverbs that open a sentence before its subject ("Dessutom Upplands Väsby …", "Numera Torsby …").
        "Också", "Dessutom", "Likaså", "Sedan", "Numera", "Redan", "Endast", "Bara", "Exempelvis", "Där", "Här", "Då", "Nu", "Dock",
        "Tidigare", "Samtidigt", "Däremot", "Slutligen", "Särskilt", "Framför", "Förutom", "Utom",
        // An evaluator's imperatives that point the reader to a place ("Se Tibros styrmodell …", "Jämför Lerum").
        "Se", "Jämför", "Jfr", "Titta", "Studera", "Notera",
    };

    /// <summary>Whether the word is one that opens a sentence before a name without being part of it ("I", "Även", "Se").</summary>
    internal static bool IsSentenceOpener(string word) => SentenceOpeners.Contains(word);

    public static IReadOnlyList<Mention> Extract(ReportRecord record, MunicipalityRegistry registry) =>
        Extract(record.Passages, record.Municipality.Code, registry);

    /// <summary>The mentions in these passages of every municipality but the one with <paramref name="exceptCode"/>.</summary>
    public static IReadOnlyList<Mention> Extract(IReadOnlyList<Passage> passages, string? exceptCode, MunicipalityRegistry registry)
    {
        var list = new List<Mention>();
        foreach (var passage in passages)
        {
            foreach (var sentence in Sentences.Of(passage.Text))
            {
                foreach (var municipality in InSentence(sentence, registry, exceptCode))
                {
                    list.Add(new Mention(new MunicipalityRef(municipality.Name, municipality.Code), passage.Area, passage.Question, sentence, passage.Page));
                }
            }
        }

        return list;
    }

    /// <summary>The municipalities one sentence names, in order, once per naming.</summary>
    internal static IReadOnlyList<Municipality> InSentence(string sentence, MunicipalityRegistry registry, string? exceptCode)
    {
        var hits = new List<(Municipality M, bool Ambiguous, bool Marked)>();
        var taken = 0; // where the last name of two words ended: its second word is no name of its own
        foreach (Match m in Name().Matches(sentence))
        {
            if (m.Index < taken)
            {
                continue;
            }

            // The second word is only looked at, not taken: when the two are no name together
            // ("Även Ovanåker", "Region Gotland" read as one), the second is tried on its own.
            var two = m.Groups["two"].Success ? registry.Find(m.Groups["one"].Value + " " + m.Groups["two"].Value) : null;
            var surface = two is not null ? m.Groups["one"].Value + " " + m.Groups["two"].Value : m.Groups["one"].Value;
            var municipality = two ?? registry.Find(m.Groups["one"].Value) ?? ModelOf(m.Groups["one"].Value, registry);
            if (two is not null)
            {
                taken = m.Index + surface.Length;
            }

            if (municipality is null || municipality.Code == exceptCode)
            {
                continue;
            }

            var start = m.Index;
            var end = m.Index + surface.Length;
            var after = sentence.AsSpan(end).TrimStart();
            var before = sentence.AsSpan(0, start);
            if (NotAMunicipality().IsMatch(after) || (FirstNames.Contains(municipality.Name) && two is null && m.Groups["two"].Success && registry.Find(m.Groups["two"].Value) is null) || (AuthorReference().IsMatch(after) && (Ambiguous.Contains(municipality.Name) || CommonSurnames.Contains(municipality.Name))) || (end < sentence.Length && sentence[end] is '/' or '-' && !ModelAfter().IsMatch(sentence.AsSpan(end)))
                || (start > 0 && sentence[start - 1] is '/' or '-') || InsideProperName(before) || InstitutionIn().IsMatch(before))
            {
                continue;
            }

            // A capital inside a sentence, with no capitalised word after it, can only be a name's
            // ("Så gör även Bjuv", "enligt Vara"); at the start, or after a word that opens
            // sentences ("Likaså Sala, vars …"), the verb that follows tells.
            var marked = MarkedAsMunicipality().IsMatch(after) || PlacePreposition().IsMatch(before)
                || (before.IsWhiteSpace() || Opener(before) ? ActiveVerbAfter().IsMatch(after) : !m.Groups["two"].Success);
            hits.Add((municipality, Ambiguous.Contains(municipality.Name) && surface == municipality.Name, marked));
        }

        var clear = hits.Count(h => !h.Ambiguous);
        return hits.Where(h => !h.Ambiguous || h.Marked || clear >= 1).Select(h => h.M).ToList();
    }

    /// <summary>The municipality a model is named after, written as one word ("Trelleborgsmodellen", "Eksjömetoden"); null for any other word.</summary>
    private static Municipality? ModelOf(string word, MunicipalityRegistry registry) =>
        ModelWord().Match(word) is { Success: true } model ? registry.Find(model.Groups["name"].Value) ?? registry.Find(model.Groups["name"].Value + "s") : null;

    /// <summary>Whether the text before the name is only a word that opens sentences ("Även ", "Dessutom "), after which a capital tells nothing.</summary>
    private static bool Opener(ReadOnlySpan<char> before)
    {
        var word = before.Trim();
        return word.Length > 0 && !word.ContainsAny(' ', '\t') && SentenceOpeners.Contains(word.ToString());
    }

    /// <summary>
    /// A capitalised word right before (not after punctuation) means the name is part of another
    /// proper name; a preposition or conjunction that opens the sentence ("I Orust finns", "Liksom
    /// Ale har", also after a bracket, a quote or a colon: "(I Orust …", "Han sa: ”I Orust …") is only
    /// capitalised because it comes first.
    /// </summary>
    private static bool InsideProperName(ReadOnlySpan<char> before)
    {
        // The word that ends one white-space character before the name.
        if (before.Length < 2 || !char.IsWhiteSpace(before[^1]))
        {
            return false;
        }

        var first = before.Length - 1;
        while (first > 0 && char.IsLetter(before[first - 1]))
        {
            first--;
        }

        var word = before[first..^1];
        if (word.EndsWith("kommunen", StringComparison.Ordinal))
        {
            return false; // an apposition: "Jämtlandskommunen Berg"
        }

        return word.Length > 0 && char.IsUpper(word[0])
            && !(StartsAnew(before[..first]) && SentenceOpeners.Contains(word.ToString()));
    }

    /// <summary>Whether what stands before a word leaves it first in its sentence: nothing, or an opening bracket or quote, or a colon ("(I Stenungsund …", "Han sa: ”I Orust …").</summary>
    private static bool StartsAnew(ReadOnlySpan<char> before)
    {
        var text = before.TrimEnd();
        return text.IsEmpty || text[^1] is '(' or '[' or '"' or '”' or '“' or '»' or '\'' or ':';
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<one>\p{Lu}[\p{Ll}åäö]+(?:-\p{Lu}[\p{Ll}]+)?)(?![\p{L}])(?:(?=\s(?<two>\p{Lu}[\p{Ll}]+)(?![\p{L}])))?", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex(@"^(?:läns?|län\b|stadsdel|stadsdelsnämnd|stadsdelsförvaltning|landsting|region|universitet\b|university\b|universitetssjukhus|tekniska\s+universitet|högskola\b|lasarett\b|tingsrätt\b|stift\b)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotAMunicipality();

    /// <summary>A reference to a writer's work after a name that is also a surname: "(Berg 2012, s. 41 ff.)".</summary>
    [GeneratedRegex(@"^(?:19|20)\d{2}[a-z]?\s*,\s*(?:s|sid)\.\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorReference();

    [GeneratedRegex(@"^(?:kommun|stad|\((?:19|20)\d{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MarkedAsMunicipality();

    /// <summary>A model or method named after a place, one word: "Trelleborgsmodellen", "Eksjömetoden".</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}+?)s?(?:modellen|modell|metoden|metod)$", RegexOptions.CultureInvariant)]
    private static partial Regex ModelWord();

    /// <summary>A model or method named after the place before the hyphen: "-modellen" of "Eksjö-modellen".</summary>
    [GeneratedRegex(@"^-(?:modellen|modell|metoden|metod)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ModelAfter();

    /// <summary>"musikhögskolan i Piteå", "universitetet i Umeå", "Kammarrätten i Jönköping": an institution located there, not the municipality.</summary>
    [GeneratedRegex(@"(?:högskolan|universitetet|skolan|sjukhuset|lasarettet|akademien|kammarrätten|förvaltningsrätten|tingsrätten|hovrätten|landsarkivet|stiftet)\s+i\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex InstitutionIn();

    // The patterns that look at the text before a name end at its end and are matched right to
    // left, so they cost the length of the match, not of the sentence before it.

    /// <summary>
    /// "Lund redovisar …", "Vara erbjuder …", "Habo utbildade …": a name that opens its sentence as the subject of a verb
    /// in the active present or past (a word in -ar/-er/-ir or -ade/-de/-te of four letters or more, or "har": "Mark har en
    /// medborgarpanel") is the place, not the common noun, which would take the definite form there
    /// ("Lunden", "Marken"). "är" counts only before an example ("Lund är ett bra exempel på detta"):
    /// "Mark är en bristvara" is the noun. So does a relative clause set off by a comma, about what
    /// the place is or does ("Vara, vars arbete …", "Sala, som är en av de kommuner …"): the common
    /// noun at a sentence's start takes a restrictive clause without one ("Mark som ägs av kommunen").
    /// </summary>
    [GeneratedRegex(@"^(?:\p{Ll}{2,}[aei]r|\p{Ll}{2,}(?:ade|de|te)|har|är\s+(?:ett|en)\s+(?:\p{Ll}+\s+){0,2}(?:exempel|förebild|föredöme)|,\s*(?:vars|som\s+(?:(?:även|också|sedan\s+\d{4}|sedan\s+länge|redan|länge|numera|i\s+dag|idag|ofta|(?:år\s+)?\d{4})\s+){0,2}(?:är|var|har|hade|blev|blir|\p{Ll}{2,}[aei]r|\p{Ll}{2,}(?:ade|de|te))))(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex ActiveVerbAfter();

    /// <summary>
    /// "i Ale", "från Vara", and at the start of a sentence "I Boden": a preposition of place makes an
    /// ambiguous name a place; so does a comparison with it ("samma upplägg som Ale", "liksom Sala"),
    /// where the capital can only be a name's; and so does a noun for a municipality before it in
    /// apposition ("grannkommunen Vara", "Jämtlandskommunen Berg").
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:[iI]|[fF]rån|[tT]ill|[hH]os|[sS]om|[lL]iksom|[sS]åsom)|\p{L}*kommunen)\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex PlacePreposition();
}
