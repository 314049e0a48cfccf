using Kommunkompassen.Ingest.Mentions;
using Kommunkompassen.Ingest.Municipalities;

namespace Kommunkompassen.Ingest.Tests.Mentions;

public sealed class MentionExtractorTests
{
    public static TheoryData<string, string[]> Sentences => new()
    {
        { "Botkyrka, Kungsbacka och Uddevalla är några kommuner med erfarenhet.", ["Botkyrka", "Kungsbacka", "Uddevalla"] },
        { "Exempel är Marks kommun som utbildat alla anställda.", ["Mark"] },
        { "Södertäljes gemensamma värdegrund är ett exempel.", ["Södertälje"] },
        { "Trollhättans stad och Göteborgs stad har webbsidor.", ["Trollhättan", "Göteborg"] },
        { "Falu kommun har en plan.", ["Falun"] },
        { "Upplands Väsby och Malung-Sälen deltar.", ["Upplands Väsby", "Malung-Sälen"] },
        { "Kommunen ligger i Stockholms län.", [] },
        { "Politikercaféer som i Hässelby-Vällingby stadsdel.", [] },
        { "Botkyrkadialogen och Stockholmsregionen är begrepp.", [] },
        { "Via bolaget Visit Falun Borlänge deltar kommunen.", [] },
        { "Näringslivet Falun/Borlänge samverkar.", [] },
        { "Mark och vatten ska planeras.", [] },
        { "Vara en förebild är svårt.", [] },
        { "Mark och Lomma har båda arbetat med detta.", ["Mark", "Lomma"] },
        { "Mora (2004) utvärderades tidigare.", ["Mora"] },
        { "Kvalitetstrappan i Ale kan vara ett exempel.", ["Ale"] },
        { "I Sala får varje ny medarbetare en mentor.", ["Sala"] }, // the preposition capitalised at the start of the sentence
        { "(I Sala gör man likadant.)", ["Sala"] }, // also after an opening bracket
        { "Han sa: ”I Sala har alla en mentor.”", ["Sala"] }, // or a colon and a quote
        { "Rockhögskolan drivs med musikhögskolan i Piteå.", [] },
        { "Skolchefen har gått en kurs vid Umeå universitet och vid Luleå tekniska universitet.", [] }, // an institution named after its town
        { "Frågan har prövats av Kammarrätten i Jönköping och av Jönköping University.", [] }, // a court located there, a university named after it
        { "”Askersund är bäst”, säger demenssjuksköterskan Dorotea Holm.", ["Askersund"] }, // a first name before a surname is a person
        { "Statsvetaren har framhållit det i en studie (Berg 2012, s. 41 ff.).", [] }, // a writer's work: a name that is also a surname, a year and a page
        { "Webbplatsen används som t.ex. Mora gör.", ["Mora"] },
        { "Lund redovisar resultaten i ett öppet webbverktyg.", ["Lund"] },
        { "Mark är en bristvara i tätorten.", [] },
        { "Mark används för nya bostäder.", [] },
        { "Även Torsby har ett servicecenter.", ["Torsby"] }, // a capitalised opener before the name is no part of it
        { "Liksom Arjeplog har kommunen en jourtjänst.", ["Arjeplog"] },
        { "Detta har Region Gotland ordnat med en gemensam nämnd.", ["Gotland"] }, // Gotland's municipality by its own name
        { "Region Skåne och Region Halland driver sjukhusen.", [] },
        { "Dessutom Upplands Väsby deltar.", ["Upplands Väsby"] }, // a name of two words after a capitalised word
        { "Se Tibros styrmodell med sju övergripande mål.", ["Tibro"] }, // an imperative opening the sentence is no part of the name
        { "Kommunen har valt samma upplägg som Ale.", ["Ale"] }, // a comparison with an ambiguous name makes it the place
        { "Jämför Lerum, där varje ärende länkas.", ["Lerum"] },
        { "Jfr Tidaholm, vars styrkort är förebildligt.", ["Tidaholm"] }, // the abbreviation too
        { "Mark har en medborgarpanel med 600 invånare.", ["Mark"] }, // an ambiguous name before "har" at the start
        { "Så gör även Bjuv, i mindre skala.", ["Bjuv"] }, // an ambiguous name capitalised inside a sentence
        { "Lund är ett bra exempel på detta.", ["Lund"] }, // "är" before an example
        { "Vara, vars arbete med heltid har uppmärksammats, har visat vägen.", ["Vara"] }, // a relative clause set off by a comma
        { "Sala, som är en av de kommuner där en fond funnits längst, har förenklat ansökan.", ["Sala"] },
        { "Mark som ägs av kommunen säljs sällan.", [] }, // the common noun takes its relative clause without a comma
        { "Nora, som sedan 2015 tillsätter en beredning per år, får goda omdömen.", ["Nora"] }, // an adverbial before the verb of the clause
        { "Habo utbildade 2019 sina första förbättringsledare.", ["Habo"] }, // a verb in the past
        { "Likaså Sala, vars beredning ledde till ett enigt beslut.", ["Sala"] }, // after a word that opens sentences, the same test
        { "Nästa steg är försörjningsstöd enligt Trelleborgsmodellen.", ["Trelleborg"] }, // a model named after the place, one word
        { "Kommunen har infört Eksjö-modellen för hemtjänsten.", ["Eksjö"] }, // or with a hyphen
        { "Ale, som 2011 blev en av de första kommunerna med ett e-arkiv, har avvecklat pappersarkivet.", ["Ale"] }, // a year and a past tense in the clause
        { "Jämtlandskommunen Berg har i nio år fördelat en bygdepeng.", ["Berg"] }, // a noun for a municipality in apposition
        { "På Hammarö genomförs en gemensam elevenkät varje vår.", ["Hammarö"] }, // a preposition that opens the sentence
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void InSentence_ReportWording_FindsTheMunicipalitiesMeant(string sentence, string[] expected)
    {
        Assert.Equal(expected, MentionExtractor.InSentence(sentence, MunicipalityRegistry.Default, exceptCode: null).Select(m => m.Name));
    }

    [Fact]
    public void InSentence_EvaluatedMunicipality_IsNotItsOwnMention()
    {
        var sentence = "Dessutom samarbetar Botkyrka och Huddinge kommuner.";

        Assert.Equal(["Huddinge"], MentionExtractor.InSentence(sentence, MunicipalityRegistry.Default, exceptCode: "0127").Select(m => m.Name));
    }
}
