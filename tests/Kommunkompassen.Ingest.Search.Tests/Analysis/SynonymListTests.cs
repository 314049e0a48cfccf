using Kommunkompassen.Ingest.Search.Analysis;
using Kommunkompassen.Ingest.Search.Analysis.Lexicon;
using Kommunkompassen.Ingest.Tests.Support;
using Lucene.Net.Analysis.Sv;

namespace Kommunkompassen.Ingest.Search.Tests.Analysis;

/// <summary>The municipal thesaurus (Analysis/swedish-synonyms.txt): its format, its words, and what each entry finds.</summary>
public sealed class SynonymListTests
{
    /// <summary>
    /// Words of the thesaurus the lexicon does not know, on purpose: abbreviations, loan words,
    /// and compounds the lexicon does not split (read as written, on the index side too). Any
    /// other unknown word is taken for a typo.
    /// </summary>
    public static TheoryData<string> DeliberatelyUnknown => new(Unknown.Order(StringComparer.Ordinal));

    private static readonly HashSet<string> Unknown = new(StringComparer.Ordinal)
    {
        // abbreviations
        "apt", "e-mail", "emas", "gdpr", "hme", "ifo", "ikt", "iop", "iup", "kkik", "kpr", "ks", "nki", "nmi", "npm",
        "pdca", "pdsa", "rsa", "skr", "syv",
        "ame", "aml", "apl", "digg", "ebp", "eruf", "finsam", "föp", "hsl", "kaa", "krf", "krl", "ksau", "lkbr", "lso", "mar", "nii", "npf", "nri", "osl", "posom", "rib", "rka", "rkr", "rpa", "rup", "rur", "sba", "sip", "siq", "sva", "säbo", "tqm", "usk", "uvas", "yh", "åvc",
        // loan words
        "balanced", "benchlearning", "branding", "coaching", "e-learning", "employer", "gender", "intranet", "kaizen", "mail",
        "onboarding", "open", "practice", "production", "resources", "scorecard",
        "chatbot", "chattbot", "first", "housing", "kolada", "livestreaming", "mystery", "quality", "robotic", "shopper", "sigma", "six",
        // compounds the lexicon does not split, and other forms it lacks
        "anhörigråd", "beställar-", "boråd", "exitsamtal", "företagarråd", "funktionshinderråd", "gatudrift",
        "hälso-", "jämtegrering", "kostavdelning", "kostservice",
        "måluppfyllnad", "närbibliotek", "ortsmarknadsföring", "sektornämnd", "självservice", "självschemaläggning",
        "samskapande", "självutvärdering", "självvärdering", "telearbete", "tillgänglighetsråd", "vänkommun", "24-timmarsmyndighet",
        "bygderåd", "företagareförening", "gatuhållning", "grönplan", "hospitering", "hälsotal", "lärportal", "mellanchef", "mellanledare", "seniorråd", "tillflyttning", "äldreråd", "årshjul",
        "biståndspröva", "budgetlägga", "delaktiggöra", "detaljplanelägga", "invånarnära", "kompetenshöja", "konkurrenspröva", "målstyra",
        "självskatta", "självutvärdera", "självvärdera", "underbudgeterad", "utkontraktera",
    };

    private static readonly SynonymList Thesaurus = SynonymList.Default;

    private static SynonymPhrase Read(string text) => SynonymList.Analyse(SwedishSearchAnalyzer.Default, text)!;

    private static IEnumerable<string> Words(SynonymEntry e) => e.Items.SelectMany(i => i.Split(' '));

    [Fact]
    public void Default_EmbeddedThesaurus_ParsesIntoAFewHundredEntries()
    {
        Assert.True(Thesaurus.Entries.Count >= 250, $"{Thesaurus.Entries.Count} entries");
        Assert.True(Thesaurus.Entries.Sum(e => e.Items.Count()) >= 800, $"{Thesaurus.Entries.Sum(e => e.Items.Count())} words and phrases");
        Assert.Contains(Thesaurus.Entries, e => e.OneWay);
        Assert.Contains(Thesaurus.Entries, e => e.Items.Any(i => i.Contains(' ', StringComparison.Ordinal)));
    }

    [Fact]
    public void Default_EveryWord_IsKnownToTheLexiconOrDeliberatelyUnknown()
    {
        var lexicon = SwedishLexicon.Default;
        var typos = Thesaurus.Entries.SelectMany(e => Words(e).Select(w => (e.Line, Word: w)))
            .Where(x => !Known(lexicon, x.Word) && !Unknown.Contains(x.Word))
            .Select(x => $"line {x.Line}: {x.Word}")
            .ToList();

        Assert.Empty(typos);
    }

    [Theory]
    [MemberData(nameof(DeliberatelyUnknown))]
    public void Default_DeliberatelyUnknownWord_IsInTheThesaurusAndUnknown(string word)
    {
        Assert.Contains(Thesaurus.Entries, e => Words(e).Contains(word));
        Assert.False(Known(SwedishLexicon.Default, word));
    }

    [Fact]
    public void Default_EveryItem_LeavesTermsAndNoLineRepeatsOne()
    {
        var empty = Thesaurus.Entries.SelectMany(e => e.Items.Where(i => SynonymList.Analyse(SwedishSearchAnalyzer.Default, i) is null).Select(i => $"line {e.Line}: {i}"));
        var twice = Thesaurus.Entries.Where(e => e.Items.Count() != e.Items.Select(i => Read(i).Key).Distinct().Count()).Select(e => $"line {e.Line}");

        Assert.Empty(empty);
        Assert.Empty(twice);
    }

    [Fact]
    public void Default_Words_AreLowerCaseBaseForms()
    {
        NonEmpty.All(Thesaurus.Entries.SelectMany(e => e.Items), i => Assert.Equal(i.ToLowerInvariant(), i));
    }

    public static TheoryData<string> BadLines => new()
    {
        "digitalisering =>",
        "=> it",
        "a, b => c => d",
        "bokslut",
        ", ,",
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Parse_LineWithoutAnEntry_ThrowsWithItsNumber(string line)
    {
        var ex = Assert.Throws<FormatException>(() => SynonymList.Parse(["# a comment", line]));

        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsBlanksAndSpaces_LeaveTheWordsAndPhrases()
    {
        var entries = SynonymList.Parse(["# heading", "", "  goda   exempel ,förebild  # a note", "digitalisering => it, e-tjänst"]);

        Assert.Equal(2, entries.Count);
        Assert.Equal(["goda exempel", "förebild"], entries[0].From);
        Assert.False(entries[0].OneWay);
        Assert.Equal(["digitalisering"], entries[1].From);
        Assert.Equal(["it", "e-tjänst"], entries[1].To);
        Assert.Equal(4, entries[1].Line);
    }

    public static TheoryData<string, string> EquivalentPairs => new()
    {
        { "årsredovisning", "bokslut" },
        { "arbetsgivarpolitik", "personalpolitik" },
        { "nyckeltal", "indikator" },
        { "innovation", "nytänkande" },
        { "brukare", "kund" },
        { "förskola", "daghem" },
        { "försörjningsstöd", "socialbidrag" },
        { "funktionsnedsättning", "handikapp" },
        { "digitalisering", "datorisering" },
    };

    [Theory]
    [MemberData(nameof(EquivalentPairs))]
    public void Of_Equivalents_EachFindsTheOtherAsAnEquivalent(string one, string other)
    {
        Assert.Contains(Thesaurus.Of(Read(one).Term!), s => s.Phrase.Term == Read(other).Term && !s.Narrower);
        Assert.Contains(Thesaurus.Of(Read(other).Term!), s => s.Phrase.Term == Read(one).Term && !s.Narrower);
    }

    public static TheoryData<string, string> OneWayPairs => new()
    {
        { "digitalisering", "e-tjänst" },
        { "digitalisering", "it" },
        { "äldreomsorg", "hemtjänst" },
        { "socialtjänst", "individ- och familjeomsorg" },
        { "servicedeklaration", "servicegaranti" },
        { "kompetensutveckling", "fortbildning" },
    };

    [Theory]
    [MemberData(nameof(OneWayPairs))]
    public void Of_OneWayEntry_BroaderFindsNarrowerOnlyThatWay(string broader, string narrower)
    {
        var narrow = Read(narrower);

        Assert.Contains(Thesaurus.Of(Read(broader).Term!), s => s.Phrase.Key == narrow.Key && s.Narrower);
        var back = narrow.Term is { } term ? Thesaurus.Of(term) : Thesaurus.PhrasesStartingWith(narrow.Terms[0][0]).Where(p => p.Phrase.Key == narrow.Key).SelectMany(p => p.Synonyms).ToList();
        Assert.DoesNotContain(back, s => s.Phrase.Term == Read(broader).Term);
    }

    [Fact]
    public void Of_OneWayLeftSide_WordsThereAreNotEquivalents()
    {
        var list = new SynonymList(["brukarundersökning, kundundersökning => nki"], SwedishSearchAnalyzer.Default);

        Assert.Equal([Read("nki").Term], list.Of(Read("brukarundersökning").Term!).Select(s => s.Phrase.Term));
        Assert.Empty(list.Of(Read("nki").Term!));
    }

    [Fact]
    public void Of_SameWordsAsEquivalentAndNarrower_EquivalentWins()
    {
        var list = new SynonymList(["bokslut => årsredovisning", "årsredovisning, bokslut"], SwedishSearchAnalyzer.Default);

        Assert.False(Assert.Single(list.Of(Read("bokslut").Term!)).Narrower);
    }

    [Fact]
    public void Equivalents_Default_LeaveOutTheOneWayEntries()
    {
        var equivalents = Thesaurus.Equivalents;

        Assert.DoesNotContain(equivalents.Of(Read("digitalisering").Term!), s => s.Narrower);
        Assert.Contains(equivalents.Of(Read("digitalisering").Term!), s => s.Phrase.Term == Read("datorisering").Term);
        Assert.Equal(Thesaurus.Entries.Count(e => !e.OneWay), equivalents.Entries.Count);
    }

    [Fact]
    public void Analyse_PhraseWithAStopWord_KeepsTheGapAsTheIndexDoes()
    {
        var phrase = Read("individ- och familjeomsorg");

        Assert.True(phrase.IsPhrase);
        Assert.Equal([0, 2], phrase.Positions);
        Assert.Contains(Read("familjeomsorg").Term, phrase.Terms[1]);
    }

    [Fact]
    public void Analyse_InflectedWord_IsItsLemmaAsTheIndexHasIt()
    {
        Assert.Equal(Read("bokslut").Term, Read("boksluten").Term);
        Assert.False(Read("boksluten").IsPhrase);
    }

    [Fact]
    public void PhrasesStartingWith_TypedPhraseFirstWord_GivesTheEntryLongestFirst()
    {
        var phrases = Thesaurus.PhrasesStartingWith(Read("goda").Term!);

        Assert.Contains(phrases, p => p.Phrase.Text == "goda exempel" && p.Synonyms.Any(s => s.Phrase.Term == Read("förebild").Term));
        Assert.Equal(phrases.OrderByDescending(p => p.Phrase.Terms.Count).Select(p => p.Phrase.Key), phrases.Select(p => p.Phrase.Key));
    }

    /// <summary>A word of the thesaurus the lexicon knows: a stop word, a number, a word with lemmas, or a hyphenated word whose last piece has them.</summary>
    private static bool Known(SwedishLexicon lexicon, string word)
    {
        if (SwedishAnalyzer.DefaultStopSet.Contains(word) || word.All(char.IsDigit))
        {
            return true;
        }

        var pieces = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return pieces.Length > 0 && lexicon.Analyse(pieces[^1]).Lemmas.Count > 0;
    }

    [Fact]
    public void Default_AnalysedWords_SameAsReadThroughTheAnalysisNow()
    {
        // The embedded thesaurus may come from the cache file of an earlier process.
        var fresh = new SynonymList(EmbeddedLines.Read(SynonymList.ResourceName), SwedishSearchAnalyzer.Default);

        Assert.Equal(fresh.Analysed.Keys.Order(StringComparer.Ordinal), Thesaurus.Analysed.Keys.Order(StringComparer.Ordinal));
        NonEmpty.All(fresh.Analysed, a => Assert.Equal(a.Value?.Key, Thesaurus.Analysed[a.Key]?.Key));
    }

    [Fact]
    public void TryReadCache_WrittenCache_GivesTheSamePhrases()
    {
        var list = new SynonymList(["individ- och familjeomsorg, ifo", "goda exempel, förebild", "och, det, att"], SwedishSearchAnalyzer.Default);
        using var temp = new TempArchive("kk-thesaurus-cache-");
        var file = Path.Combine(temp.Dir, "thesaurus.txt");
        SynonymList.TryWriteCache(list.Analysed, file);
        var read = SynonymList.TryReadCache(file);

        Assert.NotNull(read);
        Assert.Equal(list.Analysed.Count, read.Count);
        NonEmpty.All(list.Analysed, a => Assert.Equal(a.Value, read[a.Key], (x, y) => x?.Key == y?.Key && x?.Text == y?.Text && x?.IsPhrase == y?.IsPhrase));
        Assert.Null(read["och"]);
    }

    [Fact]
    public void TryReadCache_DamagedFile_Null()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "bokslut\tx:bokslut\n");

            Assert.Null(SynonymList.TryReadCache(file));
            Assert.Null(SynonymList.TryReadCache(file + ".missing"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
