using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Language;
using Kommunkompassen.Ingest.Mentions;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Insights;

public sealed class GoodExamplesTests : IDisposable
{
    private static readonly IReadOnlyList<ReportRecord> Records = [SampleRecords.Of(Corpus.Report2005Docx), SampleRecords.Of(Corpus.Report2010Docx)];
    private readonly TempArchive temp = new("kk-examples-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Rank_Synpunktshantering_ListsTheThreeCitedWithTheSentenceAndBotkyrkasOwnScore()
    {
        new ArchiveIndex(temp.Dir).Rebuild(Records);
        using var searcher = new ArchiveSearcher(temp.Dir);
        var hits = searcher.Search(new SearchRequest("synpunktshantering", Top: 1000)).Hits.Select(h => new TopicHit(h.ReportId, h.Kind, h.Text)).ToList();
        HashSet<QuestionKey> questions = [new("2002", "2.5"), new("2010", "2.6")];

        var examples = GoodExamples.Rank(Records, questions, hits, new TopicMatcher("synpunktshantering"));

        Assert.Equal(["Botkyrka", "Kungsbacka", "Uddevalla"], examples.Select(e => e.Municipality.Name));
        // The citing sentence with the recommendation it answers ("… ett förbättringsområde att utveckla … Botkyrka, Kungsbacka och Uddevalla är …").
        NonEmpty.All(examples, e => Assert.Contains(e.Evidence, ev => ev.Kind == "cited" && ev.Report == "2081-2010"
            && ev.Text.StartsWith("Därför kan det vara ett förbättringsområde", StringComparison.Ordinal)
            && ev.Text.EndsWith("Botkyrka, Kungsbacka och Uddevalla är några kommuner som har erfarenheter av kommunövergripande synpunkts- och klagomålshanteringssystem.", StringComparison.Ordinal)));
        var botkyrka = examples[0];
        Assert.Contains(botkyrka.Evidence, ev => ev is { Kind: "score", Report: "0127-2005", Framework: "2002", Question: "2.5", Score: 9.5, Max: 10.0 });
        Assert.Contains(botkyrka.Evidence, ev => ev.Kind == "narrative" && ev.Text.StartsWith("Botkyrka kommun har en synpunktspolicy", StringComparison.Ordinal));
        Assert.Equal(3 + 0.95, botkyrka.Rank, 6);
        Assert.DoesNotContain(examples, e => e.Municipality.Name == "Borlänge"); // its 2.6 score is 1.5 of 15 and nobody cites it
    }

    [Fact]
    public void Rank_Rule_CitationsOutweighStrengthsOutweighScore()
    {
        // Strengths on 2010 2.5 of the 2010 sample ("Brukarundersökningar genomförs ...") count 2 each, its score 5.7/15.
        var examples = GoodExamples.Rank(Records, new HashSet<QuestionKey> { new("2010", "2.5") }, [new TopicHit("2081-2010", "strength", "Brukarundersökningar genomförs i nästan alla verksamheter")]);

        var borlange = Assert.Single(examples);
        Assert.Equal((2 * 1) + (5.7 / 15), borlange.Rank, 6);
    }

    private static readonly MunicipalityRef Evaluated = new("Aby", "9900");
    private static readonly MunicipalityRef X = new("Xköping", "9901");
    private static readonly MunicipalityRef Y = new("Yköping", "9902");
    private static readonly MunicipalityRef Z = new("Zköping", "9903");

    /// <summary>A report of <see cref="Evaluated"/> with these passages, each citing the named municipalities in the sentences that name them.</summary>
    private static ReportRecord Report(IReadOnlyList<Passage> passages, IReadOnlyList<QuestionResult>? questions = null, IReadOnlyList<AreaResult>? areas = null, IReadOnlyList<ClassifiedFinding>? findings = null) =>
        new("9900-2013", Evaluated, 2013, null, "2010", [], new TotalScore(null, 800, null), null, areas ?? [], questions ?? [], passages, [], [], [])
        {
            Mentions = [.. passages.SelectMany(p => Sentences.Of(p.Text).SelectMany(s => new[] { X, Y, Z }.Where(m => s.Contains(m.Name, StringComparison.Ordinal)).Select(m => new Mention(m, p.Area, p.Question, s, null))))],
            Findings = findings ?? [],
        };

    private static List<string> Cited(IReadOnlyList<GoodExample> examples) =>
        [.. examples.Where(e => e.Evidence.Any(ev => ev.Kind == "cited")).Select(e => e.Municipality.Name)];

    public static TheoryData<string, string, string[]> TakenBackOrHeldUp => new()
    {
        { "medborgarpanel", "Xköping har en medborgarpanel med tusen deltagare. Xköpings siffra är hög, men vi ser den inte som ett föredöme i sig.", [] }, // a later sentence says it is no example
        { "medborgarpanel", "Xköping har en medborgarpanel med tusen deltagare. Xköpings siffra är hög.", ["Xköping"] },
        { "kungörelse", "Xköping publicerar kungörelserna bara på webben. Xköping fick därefter kritik och har nu återinfört annonsen.", [] }, // what came of it afterwards, right after
        { "kungörelse", "Xköping publicerar kungörelserna bara på webben. Xköping fick därefter många nya läsare.", ["Xköping"] },
        { "seniorgym", "Kommunen har inget seniorgym. U3 lyfter fram Xköping, där kommunen har inrett en del av sporthallen.", ["Xköping"] }, // held up, read with what it answers
        { "seniorgym", "Kommunen har inget seniorgym. Xköping har inrett en del av sporthallen åt föreningarna.", [] }, // not held up: only told
    };

    [Theory]
    [MemberData(nameof(TakenBackOrHeldUp))]
    public void Rank_TopicInWords_TakenBackOrHeldUpAsTheSentencesAroundSay(string topic, string text, string[] expected)
    {
        var record = Report([new Passage(7, "7.1", text, null)]);

        Assert.Equal(expected, Cited(GoodExamples.Rank([record], new HashSet<QuestionKey>(), [], new TopicMatcher(topic))));
    }

    public static TheoryData<string, string, string[]> OneMoreExample => new()
    {
        // Kungsbacka is cited by the lack its sentence answers; Tranås, opening the next sentence and sharing "ungdomar", is one more.
        { "ungdomsinflytande", "Kommunen saknar ett fast forum för ungdomsinflytande. Ett gott exempel är Kungsbacka, där ungdomar väljer representanter till ett ungdomsforum. Även i Tranås har man goda erfarenheter av att låta ungdomarna fördela pengar.", ["Kungsbacka", "Tranås"] },
        // No content word shared: another practice.
        { "ungdomsinflytande", "Kommunen saknar ett fast forum för ungdomsinflytande. Ett gott exempel är Kungsbacka, där ungdomar väljer representanter till ett ungdomsforum. I Tranås har man byggt en ny simhall.", ["Kungsbacka"] },
        // Called the first of two by the sentence after it ("på liknande sätt").
        { "företagarträffar", "Kommunens företagarträffar lockar få. I Hultsfred bjuder kommunledningen in företagarna till frukost varje månad. Mullsjö har på liknande sätt förlagt sina företagarträffar ute hos företagen.", ["Hultsfred", "Mullsjö"] },
    };

    [Theory]
    [MemberData(nameof(OneMoreExample))]
    public void Rank_TopicInWords_OneMoreExampleReadWithTheExampleBeforeIt(string topic, string text, string[] expected)
    {
        var passages = new List<Passage> { new(1, "1.2", text, null) };
        var record = new ReportRecord("1381-2005", new MunicipalityRef("Laholm", "1381"), 2005, null, "2002", [], new TotalScore(null, 800, null), null, [], [], passages, [], [], [])
        {
            Mentions = MentionExtractor.Extract(passages, "1381", MunicipalityRegistry.Default),
        };

        Assert.Equal(expected, Cited(GoodExamples.Rank([record], new HashSet<QuestionKey>(), [], new TopicMatcher(topic))).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string[]> OnePassageTwoPractices => new()
    {
        { "e-tjänster", ["Yköping"] },
        { "medborgarpanel", ["Xköping"] },
        { "medborgardialog", [] }, // in the paragraph, but neither citing sentence speaks of it
        { "medborgarbudget", [] }, // nowhere
    };

    [Theory]
    [MemberData(nameof(OnePassageTwoPractices))]
    public void Rank_TopicInWords_CitedOnlyWhereTheCitingSentenceSpeaksOfIt(string topic, string[] expected)
    {
        var record = Report([new Passage(1, "1.4", "Medborgardialogen är en prioriterad fråga i kommunen. Xköping har en medborgarpanel som tillfrågas varje kvartal. Yköping har samlat sina e-tjänster för föreningar på ett ställe.", null)]);

        // The topic resolves to 1.4 where both citations sit: the sub-question alone no longer makes a citation.
        var examples = GoodExamples.Rank([record], new HashSet<QuestionKey> { new("2010", "1.4") }, [], new TopicMatcher(topic));

        Assert.Equal(expected, Cited(examples));
    }

    public static TheoryData<string, string[]> HeadAlone => new()
    {
        { "Kommunen har genomfört flera medborgardialoger. Dialogerna i Xköping återkopplas alltid till deltagarna. Yköping har en dialog med företagen.", ["Xköping"] }, // the definite head after the whole
        { "Dialogerna i Xköping återkopplas alltid till deltagarna. Kommunen har genomfört flera medborgardialoger.", [] }, // the whole only after it
        { "Kommunen har genomfört flera medborgardialoger. Kommunen har också en plan för dem. Dialoger med företagen förs i Xköping.", [] }, // indefinite, and not right after it
        { "Kommunen har genomfört flera medborgardialoger. Xköping för en dialog per år om budgeten.", ["Xköping"] }, // any form right after the sentence that named it
        { "Kommunen har inga regler för dialoger. Xköping har infört dem, och dialogerna i Xköping återkopplas alltid. Vi rekommenderar att kommunen inför medborgardialoger.", ["Xköping"] }, // the definite head, the whole named after it
        { "Dialogerna i Xköping återkopplas alltid till deltagarna. Vi rekommenderar att kommunen inför medborgardialoger.", [] }, // ... not where the sentence opens the passage
    };

    [Theory]
    [MemberData(nameof(HeadAlone))]
    public void Rank_CompoundTopicCalledByItsHead_CitedInTheDefiniteAfterTheWholeOrRightAfterIt(string text, string[] expected)
    {
        var record = Report([new Passage(1, "1.4", text, null)]);

        Assert.Equal(expected, Cited(GoodExamples.Rank([record], new HashSet<QuestionKey>(), [], new TopicMatcher("medborgardialog"))));
    }

    [Fact]
    public void Rank_CitingSentenceRefersBack_JudgedWithThePreviousSentenceWhichIsTheEvidence()
    {
        var record = Report([new Passage(1, "1.2", "Kommunen har byggt upp flera digitala kanaler för dialog med unga. Sådana kanaler finns även i Xköping. Yköping har en välskött webbplats.", null)]);

        var examples = GoodExamples.Rank([record], new HashSet<QuestionKey>(), [], new TopicMatcher("digitala kanaler"));

        var x = Assert.Single(examples);
        Assert.Equal("Xköping", x.Municipality.Name);
        var cited = Assert.Single(x.Evidence);
        Assert.Equal("Kommunen har byggt upp flera digitala kanaler för dialog med unga. Sådana kanaler finns även i Xköping.", cited.Text);
        Assert.Equal(GoodExamples.CitationWeight, x.Rank, 6);
    }

    [Fact]
    public void Rank_OwnNarrativeFoundBySearch_ShownOnlyWhereItSpeaksOfTheTopic()
    {
        const string OnTopic = "Kommunen har inrättat en medborgarpanel med tvåhundra deltagare.";
        const string PartOnly = "Medborgarna kan lämna synpunkter via webbplatsen.";
        var strengths = new AreaResult(1, "Område 1", null, 100, null, null, ["Väl fungerande medborgarpanel"], []);
        var record = Report([new Passage(1, "1.2", OnTopic, null), new Passage(1, "1.2", PartOnly, null)], areas: [strengths]);
        TopicHit[] hits = [new(record.Id, "narrative", OnTopic), new(record.Id, "narrative", PartOnly)];

        var examples = GoodExamples.Rank([record], new HashSet<QuestionKey>(), hits, new TopicMatcher("medborgarpanel"));

        Assert.Equal([OnTopic], Assert.Single(examples).Evidence.Where(e => e.Kind == "narrative").Select(e => e.Text));
    }

    [Fact]
    public void Rank_CitingSentenceOpensItsPassage_JudgedAlone()
    {
        var record = Report(
        [
            new Passage(1, "1.2", "Kommunen har digitala kanaler för dialog.", null),
            new Passage(1, "1.2", "Sådana finns även i Xköping, som dessutom har en medborgarpanel.", null),
        ]);

        Assert.Empty(GoodExamples.Rank([record], new HashSet<QuestionKey>(), [], new TopicMatcher("digitala kanaler")));
        Assert.Equal(["Xköping"], Cited(GoodExamples.Rank([record], new HashSet<QuestionKey>(), [], new TopicMatcher("medborgarpanel"))));
    }

    [Theory]
    [InlineData("medborgarråd", "Utvärderarna pekade 2011 på Xköping, som hade inrättat ett medborgarråd med utvalda invånare. Xköpings medborgarråd lades ned 2013. Yköping har ett medborgarråd vars förslag alltid besvaras.", new[] { "Yköping" })] // held up, then said to have failed
    [InlineData("medborgarråd", "Xköpings första medborgarråd lades ned 2009. Sedan 2012 har Xköping ett medborgarråd vars förslag alltid besvaras.", new[] { "Xköping" })] // failed first, then held up
    [InlineData("hörselslinga", "Flera höll upp Xköping som förebild, eftersom kommunen satte in hörselslingor i alla receptioner 2010. Hälften av slingorna fungerar inte längre, så Xköping kan vi inte rekommendera.", new string[0])] // the topic's head in the definite
    public void Rank_PracticeSaidToHaveFailedLaterInThePassage_Withdrawn(string topic, string text, string[] expected)
    {
        var record = Report([new Passage(1, "1.3", text, null)]);

        Assert.Equal(expected, Cited(GoodExamples.Rank([record], new HashSet<QuestionKey>(), [], new TopicMatcher(topic))));
    }

    [Fact]
    public void Rank_TopicNobodyIsCitedFor_ListsNoCitation()
    {
        var record = Report([new Passage(2, "2.6", "Synpunkter sammanställs till nämnderna. Ett gott exempel på detta är Xköping. Zköping har servicedeklarationer i äldreomsorgen.", null)]);

        var examples = GoodExamples.Rank([record], new HashSet<QuestionKey> { new("2010", "2.6") }, [], new TopicMatcher("brukarundersökningar"));

        Assert.Empty(examples);
    }

    [Fact]
    public void Rank_SubQuestionId_KeepsTheSubQuestionRule()
    {
        var record = Report(
        [
            new Passage(1, "1.4", "Xköping har en medborgarpanel. Yköping har e-tjänster.", null),
            new Passage(2, "2.3", "Zköping har e-tjänster.", null),
        ]);

        var examples = GoodExamples.Rank([record], new HashSet<QuestionKey> { new("2010", "1.4") }, []);

        Assert.Equal(["Xköping", "Yköping"], Cited(examples));
    }

    [Fact]
    public void Rank_TopicInWords_OwnStrengthCountsWhenItSpeaksOfTheTopicNotByPredictedSubQuestion()
    {
        string[] strengths = ["Väl utvecklade e-tjänster för företag", "Tydlig delegationsordning"];
        var record = Report(
            [],
            areas: [new AreaResult(2, "Område 2", null, 100, null, null, strengths, [])],
            findings: [new ClassifiedFinding(2, "strength", strengths[0], "2.2", 0.6), new ClassifiedFinding(2, "strength", strengths[1], "2.3", 0.4)]);

        var examples = GoodExamples.Rank([record], new HashSet<QuestionKey> { new("2010", "2.3") }, [], new TopicMatcher("e-tjänster"));

        var own = Assert.Single(examples);
        Assert.Equal("Aby", own.Municipality.Name);
        Assert.Equal(strengths[0], Assert.Single(own.Evidence).Text);
        Assert.Equal(GoodExamples.StrengthWeight, own.Rank, 6);
    }

    public static TheoryData<string, bool> ReferringBack => new()
    {
        { "Sådana kanaler finns även i Xköping.", true },
        { "Ett gott exempel på detta är Xköping.", true },
        { "Så gör även Xköping.", true },
        { "Detsamma gäller Xköping.", true },
        { "Likaså har Xköping kortat svarstiderna.", true },
        { "Kommunen kan här ta intryck av Xköping.", true },
        { "Xköping arbetar på samma sätt.", true },
        { "Dessa finns i Xköping.", true },
        { "Även Xköping har en medborgarpanel.", false },
        { "Xköping har också infört e-tjänster.", false },
        { "Mallen följs på samma sätt som i Xköping.", false },
        { "Xköping har en medborgarpanel.", false },
        { "Xköpings härad är stort.", false },
    };

    [Theory]
    [MemberData(nameof(ReferringBack))]
    public void RefersBack_Sentence_TrueForAnaphoraOnly(string sentence, bool expected)
    {
        Assert.Equal(expected, CitingSentence.RefersBack(sentence));
    }
}
