namespace Kommunkompassen.Ingest.Search.Analysis.Lexicon;

/// <summary>
/// The word class of a lemma, told by how the dictionary inflects it (sv_SE tags no parts of
/// speech): a noun has a definite form ("budget": budgeten; "skola": skolan; "möte": mötet), an
/// adjective its -t and -a forms ("trygg": tryggt, trygga), a verb two of its present,
/// imperative and past tense forms ("möta": möter, möt, mötte). A lemma may be of more than one
/// class ("möte" is a noun, "möta" a verb). Thread-safe.
/// </summary>
public sealed class WordClasses
{
    private readonly SwedishLexicon lexicon;

    public WordClasses(SwedishLexicon lexicon)
    {
        this.lexicon = lexicon;
    }

    /// <summary>
    /// Inflected as a noun: a definite singular form is a form of it ("budgeten", "skolan",
    /// "mötet"; a stressed final vowel takes -et: "partiet", "bageriet"; an unstressed -el, -er
    /// or -en takes -n or drops its e: "trivseln", "numret"; -or takes -n: "datorn", "revisorn"; not -at after -a, which is a verb's
    /// supine: "planerat"; a Latin noun in -um drops it: "museet", "mediet", "kriteriet").
    /// </summary>
    public bool IsNoun(string lemma)
    {
        string[] forms = lemma.EndsWith('a') ? [lemma + "n"] : EndsInVowel(lemma) ? [lemma + "n", lemma + "t", lemma + "et"] : [lemma + "en", lemma + "et", .. Unstressed(lemma), .. Latin(lemma)];
        return forms.Any(f => Inflects(f, lemma));

        // An unstressed -el, -er or -en takes -n, or drops its e before -et ("trivseln", "regeln", "numret", "exemplet").
        // A Latin agent noun in unstressed -or takes -n ("datorn", "revisorn", "rektorn", "sektorn").
        static IEnumerable<string> Unstressed(string lemma) =>
            lemma.Length > 3 && (lemma.EndsWith("el", StringComparison.Ordinal) || lemma.EndsWith("er", StringComparison.Ordinal) || lemma.EndsWith("en", StringComparison.Ordinal))
                ? [lemma + "n", lemma[..^2] + lemma[^1] + "et"]
                : lemma.Length > 4 && lemma.EndsWith("or", StringComparison.Ordinal) ? [lemma + "n"] : [];

        static IEnumerable<string> Latin(string lemma) =>
            lemma.Length > 4 && lemma.EndsWith("um", StringComparison.Ordinal) ? [lemma[..^2] + "et"] : [];
    }

    /// <summary>Inflected as an adjective: its -t and -a forms are forms of it ("tryggt", "trygga"); "kommun" is not.</summary>
    public bool IsAdjective(string lemma) => Inflects(lemma + "t", lemma) && Inflects(lemma + "a", lemma);

    /// <summary>Inflected as a verb: at least two of its present, imperative and past tense forms are forms of it ("möta": möter, möt, mötte; "styra": styr, styrde).</summary>
    public bool IsVerb(string lemma)
    {
        if (lemma.Length < 2 || !lemma.EndsWith('a'))
        {
            return false;
        }

        var stem = lemma[..^1];
        string[] forms = [lemma + "r", stem + "er", stem, lemma + "de", stem + "de", stem + "te"];
        return forms.Count(f => Inflects(f, lemma)) >= 2;
    }

    /// <summary>
    /// Whether a lower-case word typed names a thing or a quality, the words a topic is made of:
    /// one the lexicon reads as a noun or adjective, a compound, or one it does not know (a
    /// name, a term of the trade). Not so a verb form, an adverb or a particle the lexicon knows
    /// ("planeras", "tas", "fram", "emot"), which in a query of several words say what is done
    /// with the topic rather than what it is.
    /// </summary>
    public bool NamesThing(string word)
    {
        var analysis = lexicon.Analyse(word);
        return analysis.Lemmas.Count == 0 || analysis.IsCompound || analysis.Lemmas.Any(l => IsNoun(l) || IsAdjective(l));
    }

    /// <summary>
    /// Whether a lower-case word typed is a verb in the active voice ("jämför", "välja",
    /// "starta"), not in the passive in -s ("planeras", "följs"): in a question typed as a query,
    /// an active verb with a general subject ("hur jämför sig kommunen", "kan man välja") is often
    /// what the question is about, a passive one says what is done with the topic, its subject
    /// ("hur följs nämndernas arbete upp").
    /// </summary>
    public bool IsActiveVerb(string word) =>
        !word.EndsWith('s') && lexicon.Analyse(word).Lemmas.Any(l => IsVerb(l) && !LightVerbs.Contains(l));

    /// <summary>
    /// Verbs that say too little to be what a question asks about ("vad säger revisorerna", "hur
    /// gör kommunen", "vad får man"): in a query they weigh as the words that name no thing.
    /// </summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "säga", "göra", "ha", "få", "ge", "gå", "komma", "bli", "vara", "finnas", "ta", "sätta", "lägga", "hålla", "se", "hitta", "finna", "veta",
    };

    private bool Inflects(string form, string lemma) => lexicon.Analyse(form).Lemmas.Contains(lemma);

    private static bool EndsInVowel(string word) => word.Length > 0 && "aeiouyåäöé".Contains(word[^1], StringComparison.Ordinal);
}
