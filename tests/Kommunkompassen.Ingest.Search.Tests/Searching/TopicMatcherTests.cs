using Kommunkompassen.Ingest.Search.Searching;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Tests.Searching;

public sealed class TopicMatcherTests
{
    public static TheoryData<string, string> Speaking => new()
    {
        { "digitala kanaler", "Kommunen har byggt upp en digital kanal för frågor från föräldrar." },
        { "digitala kanaler", "Kanalerna är digitala och öppna dygnet runt." },
        { "medborgarpanel", "Medborgarpanelen tillfrågas tre gånger om året." },
        { "synpunktshantering", "Ett gemensamt system för synpunkts- och klagomålshantering infördes i fjol." },
        { "e-tjänster", "Flera e-tjänster för bygglov har tagits i bruk." },
        { "E-TJÄNSTER", "Kommunen erbjuder e-tjänster." },
        { "årsredovisning", "Bokslutet visar ett litet överskott." }, // an equivalent in the thesaurus
        { "goda exempel", "Kommunen är en förebild för andra." }, // a phrase of the thesaurus
        { "klagomålshantering", "Inkomna klagomål analyseras två gånger om året." }, // a light head: the first part speaks of it
        { "föreningsliv", "Föreningarna får en tydligare roll." },
        { "miljöarbete", "Miljön står högt på dagordningen." },
        { "målstyrning", "Kommunen styr med tydliga mål." }, // the head as the verb it is made of
        { "kombinationstjänster", "Undersköterskorna kan kombinera sin tjänst med arbete i köket." }, // the first part as the verb of its family
        { "lättläst information", "Tre kommuner har tagit fram lättlästa versioner av sin viktigaste samhällsinformation." }, // the modifier a few words before its noun
        { "kompetensutveckling", "Kommunen utvecklar personalens kompetens." },
        { "lokalbokning", "Föreningarna bokar lokaler i en webbtjänst." }, // a first part that is also an adjective ("lokal") is one part, not two
        { "chefsintroduktion", "Där får varje ny chef en egen mentor och ett halvårslångt introduktionsprogram." }, // parts far apart in one sentence
        { "lean", "Kommunen arbetar sedan 2008 med leanmetodik på alla enheter." }, // a loan word inside a compound the dictionary lacks
        { "e-förslag", "De elektroniska förslagen kan kommenteras av andra invånare." }, // an "e-" word said in full
        { "e-förslag", "Invånarna kan lämna förslag digitalt sedan 2015." }, // in either order, the adjective as an adverb
        { "konkurrensprövning", "Beslut om att konkurrenspröva verksamhet fattas från fall till fall." }, // its verb, which the dictionary does not know
        { "analysenhet", "Kommunen har en liten enhet för analys av verksamhetens nyckeltal." }, // the parts as words of their own
        { "simskola", "Alla barn får simundervisning på skoltid." }, // the parts as first parts of other compounds
        { "aspirantprogram", "Torsby har ett program för chefsaspiranter." }, // a first part as the head of another compound, not a genitive before the head
        { "e-postsvar", "Kommunen ger svar på e-post inom en dag." }, // an "e-" compound's first split near each other
    };

    public static TheoryData<string, string> NotSpeaking => new()
    {
        { "digitala kanaler", "Kommunen har digitala tjänster för bygglov." }, // one topic word missing
        { "medborgarpanel", "Kommunen har ett ungdomsråd som träffas varje månad." },
        { "e-tjänster", "Servicen vid kontaktcenter får goda omdömen." },
        { "och det", "Kommunen har e-tjänster och det fungerar väl." }, // stop words only: no topic left
        { "synpunktshantering", "" },
        { "digitalisering", "Kommunen erbjuder många e-tjänster." }, // a narrower term: one way, search only
        { "förslagsverksamhet", "Ett e-förslag går direkt till nämnden." }, // not a light head: "förslag" alone is not it
        { "klagomålshantering", "Hanteringen av ärenden är snabb." }, // the light head alone says nothing
        { "målstyrning", "Kommunen styr bolagen genom ägardirektiv." }, // the verb without the other part
        { "kombinationstjänster", "Kommunen vill kombinera flera insatser för de äldre." }, // the first part's verb without the head
        { "äldre medarbetare", "Utförarna anpassar sig efter de äldres önskemål, till exempel när det gäller tiderna för besöken och kontinuiteten i personalen." }, // the modifier of another noun
        { "egen tid", "Lokalerna kan användas efter skoltid, med egen entré." }, // the modifier after the noun, of another
        { "e-förslag", "Förslag till nämnden lämnas på papper, men protokollen finns digitalt." }, // the two too far apart
        { "analysenhet", "Båstad har trots en liten inköpsenhet tagit fram en enkel spendanalys." }, // each part only the head of another compound
        { "tjänstebil", "En fotterapeut åker med i hemtjänstens bil en dag i veckan." }, // the first part only in the genitive of the head's owner
        { "tjänstebil", "En fotterapeut åker med i hemtjänstens bil, och hemtjänstpersonalen anmäler behovet." }, // nor as a middle part ("hem|tjänst|personalen")
    };

    [Theory]
    [MemberData(nameof(Speaking))]
    public void Speaks_TextWithEveryTopicWordInSomeForm_True(string topic, string text)
    {
        Assert.True(new TopicMatcher(topic).Speaks(text));
    }

    [Theory]
    [MemberData(nameof(NotSpeaking))]
    public void Speaks_TextLackingATopicWord_False(string topic, string text)
    {
        Assert.False(new TopicMatcher(topic).Speaks(text));
    }

    [Theory]
    [InlineData("e-tjänster (nya")]
    [InlineData("\"medborgarpanel")]
    [InlineData("e-tjänster AND")]
    public void Speaks_TopicTheQuerySyntaxCannotRead_TakenAsPlainWords(string topic)
    {
        var matcher = new TopicMatcher(topic);

        Assert.False(matcher.Speaks("Kommunen har ett ungdomsråd."));
        Assert.True(matcher.Speaks("Kommunen har nya e-tjänster och en medborgarpanel, and so on."));
    }

    [Theory]
    [InlineData("medborgardialog", "Dialogerna har inte återkopplats.", true)] // the head in the definite plural
    [InlineData("innovationsfond", "Fonden är okänd för de flesta.", true)]
    [InlineData("trygghetsvandring", "Inget bättre exempel än de vandringar som genomförs i Torsby.", true)] // made definite by "de … som"
    [InlineData("trygghetsvandring", "Torsbys vandringar är välbesökta.", true)] // made definite by a municipality's genitive
    [InlineData("vård- och omsorgscollege", "Collegets idéer har blivit vardag i Torsby.", true)] // the head of a coordination's compound, in the genitive
    [InlineData("medborgardialog", "Dialoger förs med företagen.", false)] // indefinite
    [InlineData("medborgardialog", "Kommunens dialoger förs med företagen.", false)] // a common noun's genitive, not a municipality's
    [InlineData("medborgardialog", "Företagsdialogen är uppskattad.", false)] // another compound with the head
    [InlineData("klagomålshantering", "Hanteringen är snabb.", false)] // a light head says nothing alone
    [InlineData("digitala kanaler", "Kanalerna är många.", false)] // not one compound word
    [InlineData("budget", "Budgeten är i balans.", false)] // not a compound
    [InlineData("sinnesträdgård", "Trädgården är öppen hela året.", true)] // a head that is a compound of the dictionary itself (träd|gård)
    public void SpeaksByHead_Text_TrueOnlyForTheDefiniteHeadOfACompoundTopic(string topic, string text, bool expected)
    {
        Assert.Equal(expected, new TopicMatcher(topic).SpeaksByHead(text));
    }

    [Theory]
    [InlineData("miljöbokslut", "Rapporten redovisar miljön varje år.", true)] // the modifier, by its lemma
    [InlineData("värmeavtal", "Avtalet gäller i tio år.", true)] // the head, by its lemma
    [InlineData("värmeavtal", "Priset på fjärrvärme är högt.", true)] // the head of a compound of the text
    [InlineData("spillvärme", "Priset på fjärrvärme är högt.", false)] // a word of the dictionary, not split: no parts
    [InlineData("miljöbokslut", "Kommunen redovisar sin budget.", false)]
    [InlineData("kommunvägledare", "Kommunen har en vägledning i kommunhuset.", false)] // "kommun" is everywhere; vägledning is no vägledare
    [InlineData("äldre medarbetare", "Medarbetarna är äldre.", false)] // not one compound word
    public void SharesPart_Text_TrueWhereAWordIsAPartOfACompoundTopic(string topic, string text, bool expected)
    {
        Assert.Equal(expected, new TopicMatcher(topic).SharesPart(text));
    }

    [Theory]
    [InlineData("Arvidsjaur har måltidsvänner som äter lunch med en äldre.", "Överkalix låter pensionärer sitta med vid lunchen.", 1)] // lunch, by lemma
    [InlineData("I Mölndal får ungdomar fördela en del av fritidsbudgeten.", "Lerum har goda erfarenheter av medborgarbudget.", 0)] // a shared part is no shared word
    [InlineData("Borås låter obehöriga lärare studera på halvtid.", "I Falköping har lärarna fått assistenter, och färre lärartjänster behöver tillsättas.", 1)]
    [InlineData("Det är så bra nu.", "Det är så bra nu.", 0)] // short and stop words do not count
    [InlineData("Lindesberg minskade antalet mål från 26 till sex.", "Kommunen behöver färre mål.", 1)] // a short noun does ("kommun" is everywhere and does not)
    public void SharedWords_TwoTexts_CountsTheContentLemmasBothHold(string text, string other, int expected)
    {
        Assert.Equal(expected, new TopicMatcher("måltidsvänner").SharedWords(text, other));
    }

    [Theory]
    [InlineData("platsannons", "Annonsen anger tid, plats och diarienummer.", true, false)] // parts apart: speaks, not by its words themselves
    [InlineData("platsannons", "Platsannonserna publiceras på webben.", true, true)]
    [InlineData("budget", "Budgeten är i balans.", true, true)] // no compound: the same as Speaks
    public void SpeaksWhole_Text_OnlyByTheTopicsWordsThemselves(string topic, string text, bool speaks, bool whole)
    {
        var matcher = new TopicMatcher(topic);

        Assert.Equal(speaks, matcher.Speaks(text));
        Assert.Equal(whole, matcher.SpeaksWhole(text));
    }

    [Fact]
    public void Speaks_SharedBetweenThreads_SameAnswerEveryCall()
    {
        var matcher = new TopicMatcher("digitala kanaler");
        string[] texts = ["Sådana digitala kanaler finns i flera kommuner.", "Kommunen har en medborgarpanel."];

        var answers = new bool[400];
        Parallel.For(0, answers.Length, i => answers[i] = matcher.Speaks(texts[i % 2]));

        NonEmpty.All(answers.Where((_, i) => i % 2 == 0), Assert.True);
        NonEmpty.All(answers.Where((_, i) => i % 2 == 1), Assert.False);
    }

    [Fact]
    public void Speaks_OtherAnalyzers_UsedForTextAndTopic()
    {
        // Lucene's stock Swedish analysis does not split compounds: the compound alone does not speak of its last part.
        var stock = new SwedishAnalyzer(LuceneVersion.LUCENE_48);

        Assert.True(new TopicMatcher("panel").Speaks("Medborgarpanelen tillfrågas."));
        Assert.False(new TopicMatcher("panel", stock).Speaks("Medborgarpanelen tillfrågas."));
        Assert.True(new TopicMatcher("panel", stock).Speaks("Panelen tillfrågas."));
    }
}
