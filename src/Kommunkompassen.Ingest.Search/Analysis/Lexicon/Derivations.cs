namespace Kommunkompassen.Ingest.Search.Analysis.Lexicon;

/// <summary>
/// Words of the same family that inflection does not join: an adjective and its noun in -het or
/// -itet ("trygg", "trygghet", the adjective told by its inflection; "effektiv", "effektivitet"), a verb in -era and its noun in
/// -ation ("informera", "information"; "kommunicera", "kommunikation"), a verb and its noun in
/// -ning, -ing or -e ("styra", "styrning"; "utveckla", "utveckling"; "möta", "möte"; the verb
/// told by its inflection; the noun in -ning also finds the agent noun in -are, "samordning",
/// "samordnare", "handledning", "handledare"; for a compound only a verb the dictionary lists whole: "webbsändning",
/// "webbsända"), and a verb's noun in -else or -ande from the verb only ("jämföra" finds
/// "jämförelse", "bemöta" finds "bemötande"; the noun typed does not bring in the verb, whose
/// texts are seldom about the practice), a noun and the verb in -era made of it, from the noun only
/// ("arvode" finds "heltidsarvoderade"; "rapporterar" does not bring in every "rapport"), and a noun
/// in -ion and its agent noun in -or ("revision", "revisor"). Each is offered only
/// where the other is a word of the dictionary, and never for nouns whose meaning has left the
/// adjective's ("myndighet" is not "myndig", "verksamhet" not "verksam"). The query side weighs
/// them like a narrower term, below the word typed, so they bring in texts that speak of the
/// concept in the other word class without reordering those that use the word itself.
/// Thread-safe.
/// </summary>
public sealed class Derivations
{
    /// <summary>Shortest stem a suffix is taken off ("nyhet" → "ny", "enhet" → "en" are not).</summary>
    public const int MinStem = 4;

    /// <summary>Shortest noun stem taken with a verb in -era: "rapport", "arvod"; not "mark" (markera), "park", "pass".</summary>
    private const int NounStem = 5;

    /// <summary>Nouns in -het/-itet whose sense is not the adjective's.</summary>
    private static readonly HashSet<string> Apart = new(StringComparer.Ordinal)
    {
        "myndighet", "verksamhet", "lägenhet", "befogenhet", "enhet", "nyhet", "kvalitet", "menighet", "kristenhet", "egenhet", "station", "nation", "ration",
        // an agent noun in -or and a noun in -ion of other senses
        "lokal", "lok", // local, not of the locomotive
        "motor", "motion", "sektor", "sektion", "faktor", "faktion", "reaktor", "reaktion", "divisor", "division", "professor", "profession",
    };

    private readonly SwedishLexicon lexicon;
    private readonly WordClasses classes;

    public Derivations(SwedishLexicon lexicon)
    {
        this.lexicon = lexicon;
        classes = new WordClasses(lexicon);
    }

    /// <summary>The other members of the lemma's family that are words of the dictionary (without the agent nouns in -are of a noun in -ning unless <paramref name="agents"/>).</summary>
    public IEnumerable<string> Of(string lemma, bool agents = true)
    {
        return agents ? All(lemma) : All(lemma).Where(w => !IsAgentOf(w, lemma));

        static bool IsAgentOf(string word, string lemma) => word.EndsWith("are", StringComparison.Ordinal) && lemma.EndsWith("ing", StringComparison.Ordinal);
    }

    private IEnumerable<string> All(string lemma)
    {
        if (Apart.Contains(lemma))
        {
            yield break;
        }

        // A compound's family are compounds too ("rättssäkerhet", "rättssäker"); a simple word's must be in the dictionary as it is.
        var compound = lexicon.Analyse(lemma).IsCompound;
        foreach (var candidate in Candidates(lemma, compound))
        {
            if (candidate.Length >= MinStem && !Apart.Contains(candidate) && IsWord(candidate, compound))
            {
                yield return candidate;
            }
        }
    }

    private IEnumerable<string> Candidates(string lemma, bool compound)
    {
        if (lemma.EndsWith("het", StringComparison.Ordinal))
        {
            yield return lemma[..^3];
        }
        else if (lemma.EndsWith("itet", StringComparison.Ordinal))
        {
            yield return lemma[..^4];
        }
        else if (lemma.EndsWith("ikation", StringComparison.Ordinal))
        {
            yield return lemma[..^7] + "icera";
        }
        else if (lemma.EndsWith("ation", StringComparison.Ordinal))
        {
            yield return lemma[..^5] + "era";
        }
        else if (lemma.EndsWith("icera", StringComparison.Ordinal))
        {
            yield return lemma[..^5] + "ikation";
        }
        else if (lemma.EndsWith("era", StringComparison.Ordinal))
        {
            yield return lemma[..^3] + "ation"; // not the noun the verb is made of: "rapporterar" would bring in every "rapport"
        }
        else if (lemma.EndsWith("ion", StringComparison.Ordinal))
        {
            yield return lemma[..^3] + "or"; // "revision", "revisor"
        }
        else if (lemma.EndsWith("or", StringComparison.Ordinal))
        {
            yield return lemma[..^2] + "ion";
        }
        else if (compound)
        {
            // A compound's verb is seldom a word ("verksamhetsutveckling" has no "verksamhetsutveckla"):
            // only one the dictionary lists whole ("webbsändning", "webbsända"), or one it does not
            // know at all whose head is a verb of its own ("konkurrenspröva": "konkurrensprövning";
            // such a word is indexed by its stem, which the verb's stem then finds).
            foreach (var verb in VerbsOf(lemma))
            {
                if (lexicon.Dictionary.HasStem(verb) || UnknownWithVerbHead(verb))
                {
                    yield return verb;
                    yield return verb[..^1] + "are"; // "handledning", "handledare"
                }
            }
        }
        else if (lemma.EndsWith("ing", StringComparison.Ordinal))
        {
            foreach (var verb in VerbsOf(lemma))
            {
                yield return verb;
                if (IsWord(verb, compound: false))
                {
                    yield return verb[..^1] + "are"; // "samordning", "samordnare"
                }
            }
        }
        else if (lemma.EndsWith('e'))
        {
            yield return lemma[..^1] + "a"; // "möte", "möta"
            if (lemma.Length - 1 >= NounStem)
            {
                yield return lemma[..^1] + "era"; // "arvode", "arvodera"
            }
        }
        else if (classes.IsVerb(lemma))
        {
            yield return lemma[..^1] + "ning";
            yield return lemma[..^1] + "ing";
            yield return lemma[..^1] + "e";
            yield return lemma[..^1] + "else"; // "jämföra", "jämförelse": from the verb only
            yield return lemma[..^1] + "ande"; // "bemöta", "bemötande": the dictionary lists few such nouns whole
        }
        else if (classes.IsAdjective(lemma))
        {
            yield return lemma + "het";
            yield return lemma + "itet";
            foreach (var noun in NounsOf(lemma))
            {
                yield return noun;
            }
        }
        else if (classes.IsNoun(lemma))
        {
            foreach (var adjective in AdjectivesOf(lemma))
            {
                yield return adjective;
            }

            // The verb in -era made of the noun ("rapport", "rapportera"; "arvode", "arvodera"; "analys", "analysera").
            var stem = lemma.EndsWith('e') || lemma.EndsWith('a') ? lemma[..^1] : lemma;
            if (stem.Length >= NounStem)
            {
                yield return stem + "era";
            }
        }
    }

    /// <summary>
    /// The verbs a noun in -ning or -ing may be made of: the stem before -ning ("styrning", "styra")
    /// or before -ing ("utveckling", "utveckla"; "belöning", "belöna"; "öppning", "öppna"); the
    /// dictionary tells which is a word.
    /// </summary>
    private static IEnumerable<string> VerbsOf(string noun)
    {
        if (noun.EndsWith("ning", StringComparison.Ordinal))
        {
            yield return noun[..^4] + "a";
        }

        if (noun.EndsWith("ing", StringComparison.Ordinal))
        {
            yield return noun[..^3] + "a";
        }
    }

    /// <summary>The adjectives a noun makes with -lig, -isk or -ell ("fack", "facklig"; "kvinna", "kvinnlig"; "politik", "politisk"; "ekonomi", "ekonomisk"; "kultur", "kulturell").</summary>
    private static IEnumerable<string> AdjectivesOf(string noun)
    {
        yield return noun + "lig";
        if (noun.EndsWith('a'))
        {
            yield return noun[..^1] + "lig"; // "kvinna", "kvinnlig": the noun's -a goes
        }

        yield return noun + "ell";
        yield return noun.EndsWith("ik", StringComparison.Ordinal) ? noun[..^2] + "isk" : noun.EndsWith('i') ? noun + "sk" : noun + "isk";
    }

    /// <summary>The nouns an adjective in -lig, -isk, -ell or -al is made of (the reverse of <see cref="AdjectivesOf"/>, which makes no -al: "kommun" stays alone).</summary>
    private IEnumerable<string> NounsOf(string adjective)
    {
        if (adjective.EndsWith("lig", StringComparison.Ordinal))
        {
            yield return adjective[..^3];
            if (classes.IsNoun(adjective[..^3] + "a"))
            {
                yield return adjective[..^3] + "a"; // "kvinnlig", "kvinna"; not "tydlig", "tyda", a verb
            }
        }
        else if (adjective.EndsWith("ell", StringComparison.Ordinal))
        {
            yield return adjective[..^3];
        }
        else if (adjective.EndsWith("al", StringComparison.Ordinal))
        {
            yield return adjective[..^2]; // "regional", "region"; "kommunal", "kommun": one way, "kommun" is in nearly every text
        }
        else if (adjective.EndsWith("isk", StringComparison.Ordinal))
        {
            yield return adjective[..^3] + "ik";
            yield return adjective[..^2];
            yield return adjective[..^3];
        }
    }

    /// <summary>A base form of the dictionary, or where <paramref name="compound"/>, one the splitter builds of dictionary words, or a compound verb the dictionary does not know (<see cref="UnknownWithVerbHead"/>).</summary>
    private bool IsWord(string word, bool compound)
    {
        var analysis = lexicon.Analyse(word);
        return (analysis.Lemmas.Contains(word) && (compound || !analysis.IsCompound)) || (compound && UnknownWithVerbHead(word));
    }

    /// <summary>
    /// A verb the dictionary does not know, made of a word it allows first in a compound and a verb
    /// of its own ("konkurrens" + "pröva"): Swedish makes such verbs freely, and Hunspell's
    /// compounding covers nouns only.
    /// </summary>
    private bool UnknownWithVerbHead(string verb)
    {
        if (lexicon.Analyse(verb).Lemmas.Count > 0)
        {
            return false;
        }

        for (var split = MinStem; split <= verb.Length - MinStem; split++)
        {
            var head = verb[split..];
            var modifier = verb[..split];
            if (classes.IsVerb(head) && lexicon.Analyse(head) is { IsCompound: false } && (lexicon.Analyse(modifier).Lemmas.Count > 0 || (modifier.EndsWith('s') && lexicon.Analyse(modifier[..^1]).Lemmas.Count > 0)))
            {
                return true;
            }
        }

        return false;
    }
}
