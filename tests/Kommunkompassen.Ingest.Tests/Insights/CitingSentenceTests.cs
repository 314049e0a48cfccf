using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Mentions;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Tests.Insights;

public sealed class CitingSentenceTests
{
    [Theory]
    [InlineData("Sådana kanaler finns även i Ljusdal.", true)]
    [InlineData("Likaså har Mjölby kortat väntetiderna.", true)]
    [InlineData("Ett gott exempel på detta är Torsby.", true)]
    [InlineData("Även Ljusdal har en medborgarpanel.", false)]
    [InlineData("Mjölby har en medborgarpanel med tusen deltagare.", false)]
    [InlineData("Skolan samarbetar med biblioteket kring läsning, och Torsby har ett liknande samarbete med föreningarna.", false)]
    [InlineData("Biblioteket läser för äldre; Mjölby gör detsamma.", false)]
    [InlineData("En av oss arbetar i Torsby, där ett liknande servicecenter öppnades 2002.", true)] // ", där" after a name tells of the place named
    [InlineData("Sammanfattningarna har där enligt kommunikationschefen blivit mycket lästa.", true)] // "där" after the verb of the first clause
    [InlineData("Resultaten redovisas där i en samlad tabell.", true)]
    [InlineData("Torsby har ett system där alla föreningar kan boka lokaler.", false)] // a relative "där"
    [InlineData("Skolan samarbetar med biblioteket, där ett liknande samarbete finns med föreningarna.", false)]
    [InlineData("Torsby har lyckats bättre genom ett traineeprogram.", true)]
    [InlineData("Ljusdal har kommit betydligt längre.", true)]
    [InlineData("Torsby har lyckats bättre än grannkommunerna med rekryteringen.", false)]
    [InlineData("Samma ordning infördes i Mjölby redan 2009.", true)]
    [InlineData("Mjölby använder samma modell som Torsby för sina prognoser.", false)] // compared within the sentence
    [InlineData("Den modellen har Torsby prövat sedan länge.", true)]
    [InlineData("Det problemet har Mjölby löst med en pool av vikarier.", true)]
    [InlineData("Det finns i Torsby en särskild rekryteringsenhet.", false)]
    [InlineData("Även Mjölby arbetar så.", true)]
    [InlineData("Torsby gör också så", true)]
    [InlineData("Mjölby arbetar så att alla får svar inom en vecka.", false)] // "så att": how, not "the same way"
    [InlineData("\"Torsby har gjort så i flera år\", säger hon.", true)] // "gjort så" before a time
    [InlineData("I Torsby har en dylik plattform funnits sedan 2003.", true)] // the older "dylik"
    [InlineData("Idén kommer från Mjölby.", true)] // a noun for the practice just described
    [InlineData("Så arbetar även Torsby sedan 2009.", true)] // "så arbetar": as just described
    [InlineData("Det har gjort att omkring tvåhundra anställda har blivit undersköterskor.", true)] // the effect of what was just described
    [InlineData("Antalet fallskador som krävt sjukhusvård har där minskat med en fjärdedel.", true)] // "där": the place just named
    [InlineData("Enligt Mjölbys egen utvärdering har det förbättrat dokumentationen.", true)]
    [InlineData("Det finns ingen gemensam plan i Mjölby.", false)]
    [InlineData("Torsby har tagit efter och sms-aviserar numera även vid planerade avbrott.", true)] // took the practice just described
    [InlineData("Torsby har tagit efter Mjölbys modell för styrkort.", false)] // took something it names itself
    [InlineData("Noterades att Torsby under samma period har redovisat ett resultat på 2,4 procent.", false)] // "samma period": a time, not the practice
    [InlineData("Ett annat exempel som jag gärna för vidare kommer från Torsby.", true)]
    [InlineData("Ett exempel är påminnelser med en social norm.", true)]
    [InlineData("Mjölby har en idé om hur exemplet kan spridas.", false)]
    [InlineData("En mer systematisk ansats finns i Torsby, som prövar verksamheten varje år.", true)] // more of the kind just named
    [InlineData("Ett ännu bättre upplägg har Mjölby.", true)]
    [InlineData("En mer systematisk ansats än kommunens finns i Torsby.", false)] // compared within the sentence
    [InlineData("Kommunen behöver ett mer systematiskt arbete, så som i Torsby.", false)] // an object: compared with the report's own state
    [InlineData("Två var mycket lättare att använda än kommunens: Torsbys och Mjölbys.", true)] // a number of what was just named
    [InlineData("Båda har infört e-faktura.", true)]
    [InlineData("Två chefer i Torsby har gått utbildningen.", false)] // a number of things it names itself
    [InlineData("Torsby gick en annan väg när de skulle spara: där fick varje arbetsplats ta fram förslag.", true)] // set against the one before
    [InlineData("I Västervik har man gått den motsatta vägen: där fick varje förvaltning sorteringsstationer.", true)]
    [InlineData("I Tingsryd har man på sitt håll gjort bygdegårdarna till samlingsplatser.", true)]
    [InlineData("Norberg har i sina gamla gruvmiljöer gått ännu längre.", true)]
    [InlineData("Uppvidinge, som var en av de hårdast drabbade kommunerna, drog andra slutsatser.", true)]
    [InlineData("Man har där också följt upp hur det har gått för eleverna.", true)] // "där": the place just named
    [InlineData("Även Orsa har goda erfarenheter av arbetsformen.", true)] // the method told before
    [InlineData("Man har där en öppen förskola.", true)]
    [InlineData("Man har en öppen förskola i kommunen.", false)]
    public void RefersBack_Sentence_OnlyWhenItsFirstClausePointsBack(string sentence, bool expected)
    {
        Assert.Equal(expected, CitingSentence.RefersBack(sentence));
    }

    [Theory]
    [InlineData("I Varberg finns ett förbättringsråd, och Enköping har inrättat en innovationssluss.", "Enköping", "och Enköping har inrättat en innovationssluss.")]
    [InlineData("I Varberg finns ett förbättringsråd, och Enköping har inrättat en innovationssluss.", "Varberg", "I Varberg finns ett förbättringsråd")]
    [InlineData("Kommunen har e-förslag, och Umeå har en liknande ordning.", "Umeå", "Kommunen har e-förslag, och Umeå har en liknande ordning.")]
    public void Of_CoordinatedStatements_EachMunicipalityByItsOwnUnlessItRefersBack(string sentence, string municipality, string expected)
    {
        var passages = new List<Passage> { new(7, "7.3", "Kommunen arbetar med utveckling. " + sentence, null) };
        var mention = new Mention(new MunicipalityRef(municipality, "0000"), 7, "7.3", sentence, null);

        Assert.Equal(expected, CitingSentence.Of(mention, passages));
    }

    [Theory]
    [InlineData("Välfärdsteknik – handlingsplan 2018. Brister – ingen plan. Föredöme – Torsby (nattkameror).", "Föredöme – Torsby (nattkameror).", "Välfärdsteknik")] // a label that holds up, under a heading
    [InlineData("Välfärdsteknik – handlingsplan 2018. Torsby har nattkameror.", "Torsby har nattkameror.", null)] // no label
    [InlineData("Kommunen har en handlingsplan. Föredöme – Torsby (nattkameror).", "Föredöme – Torsby (nattkameror).", null)] // no heading
    public void HeadingOfPraise_TersePassage_TheHeadingWhereTheSentenceIsLabelledPraise(string text, string sentence, string? expected)
    {
        var passages = new List<Passage> { new(2, "2.4", text, null) };
        var mention = new Mention(new MunicipalityRef("Torsby", "1737"), 2, "2.4", sentence, null);

        Assert.Equal(expected, CitingSentence.HeadingOfPraise(mention, passages));
    }

    [Theory]
    [InlineData("Kinda har skolfrukost på en skola sedan i höstas. Det är för tidigt att säga om det blir bra.", "Kinda har skolfrukost på en skola sedan i höstas.", true)]
    [InlineData("Tierp har en grupp som letar felaktiga utbetalningar. Men ingen i Mjölby har sett hur gruppen arbetar.", "Tierp har en grupp som letar felaktiga utbetalningar.", true)] // the report's own municipality may stand in it
    [InlineData("Tierp har en grupp som letar felaktiga utbetalningar. Men Torsby har ännu inte börjat.", "Tierp har en grupp som letar felaktiga utbetalningar.", false)] // it tells of another municipality
    [InlineData("Kinda har skolfrukost på alla skolor. Det har gett lugnare förmiddagar.", "Kinda har skolfrukost på alla skolor.", false)]
    [InlineData("Tierp har en fixartjänst för alla över 75. Det kan nämnas att kommunen ännu icke har utarbetat några planer.", "Tierp har en fixartjänst för alla över 75.", false)] // "Det kan nämnas": a "det" that stands for nothing said
    [InlineData("Lidköping används enligt uppgift flitigt. U2 invänder att uppgiften kommer från en föreläsning i Göteborg och att ingen i panelen har sett något underlag.", "Lidköping används enligt uppgift flitigt.", true)] // an objection; a venue may stand in it
    [InlineData("Lidköping används flitigt. U2 invänder att det har gett lugnare förmiddagar.", "Lidköping används flitigt.", false)] // an objection that takes nothing back
    public void HedgedAfter_NextSentence_TrueWhenItTakesBackWhatWasTold(string text, string sentence, bool expected)
    {
        var passages = new List<Passage> { new(5, "5.2", text, null) };
        var name = sentence.Split(' ')[0];
        var mention = new Mention(new MunicipalityRef(name, "0000"), 5, "5.2", sentence, null);

        Assert.Equal(expected, CitingSentence.HedgedAfter(mention, passages, ownCode: "0586"));
    }

    [Fact]
    public void Of_ChainOfReferringSentences_FollowedBackToTheTopic()
    {
        const string text = "Telefontillgängligheten är låg. Kommunen kan här ta intryck av Örebro, som mäter svarstider. Likaså har Uppsala kortat dem.";
        var passages = new List<Passage> { new(2, "2.2", text, null) };
        var mention = new Mention(new MunicipalityRef("Uppsala", "0380"), 2, "2.2", "Likaså har Uppsala kortat dem.", null);

        Assert.Equal(text, CitingSentence.Of(mention, passages));
    }

    public static TheoryData<string, string, string, string> AnswersAndContinuations => new()
    {
        // A lack of the report's own, then a sentence that opens with another municipality: read together.
        { "Kommunen har ingen plan för lokalförsörjning. I Hörby räknar förvaltningen fram behovet tio år framåt.", "Hörby", "I Hörby räknar förvaltningen fram behovet tio år framåt.", "Kommunen har ingen plan för lokalförsörjning. I Hörby räknar förvaltningen fram behovet tio år framåt." },
        { "Taxorna är ändå svåra att förstå. I Tranås och Sävsjö finns en taxeguide, och Vetlanda har förenklat taxorna.", "Vetlanda", "I Tranås och Sävsjö finns en taxeguide, och Vetlanda har förenklat taxorna.", "Taxorna är ändå svåra att förstå. och Vetlanda har förenklat taxorna." },
        { "Kommunen har svårt att behålla sjuksköterskor. Hörby har infört ett traineeprogram.", "Hörby", "Hörby har infört ett traineeprogram.", "Kommunen har svårt att behålla sjuksköterskor. Hörby har infört ett traineeprogram." },
        { "Informationen om taxorna är bristfällig. Tranås har en taxeguide.", "Tranås", "Tranås har en taxeguide.", "Informationen om taxorna är bristfällig. Tranås har en taxeguide." },
        { "Varken bygglov eller skolval kan sökas på webben. I Tranås går båda att söka där.", "Tranås", "I Tranås går båda att söka där.", "Varken bygglov eller skolval kan sökas på webben. I Tranås går båda att söka där." },
        { "Uppföljningen av målen är svag. Hörby har en enkel trafikljusmodell.", "Hörby", "Hörby har en enkel trafikljusmodell.", "Uppföljningen av målen är svag. Hörby har en enkel trafikljusmodell." },
        { "Kommunen ligger efter när det gäller öppna data. Tranås och Sävsjö är goda förebilder.", "Sävsjö", "Tranås och Sävsjö är goda förebilder.", "Kommunen ligger efter när det gäller öppna data. Tranås och Sävsjö är goda förebilder." }, // a shortfall
        // A statement that opens with more of the kind: read with what came before it.
        { "Företagsbesöken är uppskattade; ett ännu mer strukturerat arbetssätt har utvecklats i Ockelbo.", "Ockelbo", "Företagsbesöken är uppskattade; ett ännu mer strukturerat arbetssätt har utvecklats i Ockelbo.", "Företagsbesöken är uppskattade; ett ännu mer strukturerat arbetssätt har utvecklats i Ockelbo." },
        // A quotation after a colon that opens with a municipality answers a lack before it.
        { "Någon gemensam introduktion för nya chefer finns inte. HR-chefen berättar: \"I Torsby har alla nya chefer ett program med mentor.\"", "Torsby", "HR-chefen berättar: \"I Torsby har alla nya chefer ett program med mentor.\"", "Någon gemensam introduktion för nya chefer finns inte. HR-chefen berättar: \"I Torsby har alla nya chefer ett program med mentor.\"" },
        // A label run into the line before the municipality ("Att lära av – X:") opens nothing itself.
        { "Brister – inga lokala servicepunkter i byarna. Att lära av – Torsby: sex servicekontor.", "Torsby", "Att lära av – Torsby: sex servicekontor.", "Brister – inga lokala servicepunkter i byarna. Att lära av – Torsby: sex servicekontor." },
        // A lack that is another municipality's is no lack the next sentence answers.
        { "Jfr Mjölby, där ett liknande pris inte heller fick fäste. Tips: Torsby har en förebildlig förslagsverksamhet.", "Torsby", "Tips: Torsby har en förebildlig förslagsverksamhet.", "Tips: Torsby har en förebildlig förslagsverksamhet." },
        // A recommendation before it, and the municipality the subject after the verb: read together.
        { "Kommunen bör ta fram ett medborgarbokslut. Ett enkelt upplägg har Torsby, som delar ut en sammanfattning till alla hushåll.", "Torsby", "Ett enkelt upplägg har Torsby, som delar ut en sammanfattning till alla hushåll.", "Kommunen bör ta fram ett medborgarbokslut. Ett enkelt upplägg har Torsby, som delar ut en sammanfattning till alla hushåll." },
        // No lack before it: the sentence alone.
        { "Kommunen har en plan för lokalförsörjning. I Hörby räknar förvaltningen fram behovet tio år framåt.", "Hörby", "I Hörby räknar förvaltningen fram behovet tio år framåt.", "I Hörby räknar förvaltningen fram behovet tio år framåt." },
        // A lack before it, but the municipality does not open its sentence: the sentence alone.
        { "Kommunen har ingen plan för lokalförsörjning. Utvärderarna besökte också Hörby.", "Hörby", "Utvärderarna besökte också Hörby.", "Utvärderarna besökte också Hörby." },
        { "Kompetensförsörjningsplan saknas. Heltidsarbetet i Älmhult kan tjäna som förebild.", "Älmhult", "Heltidsarbetet i Älmhult kan tjäna som förebild.", "Heltidsarbetet i Älmhult kan tjäna som förebild." }, // its own subject first
        { "Kommunen saknar en plan för kompetensförsörjning. Även i Älmhult kartläggs behoven årligen.", "Älmhult", "Även i Älmhult kartläggs behoven årligen.", "Kommunen saknar en plan för kompetensförsörjning. Även i Älmhult kartläggs behoven årligen." },
        // A relative clause naming what it is a partner in is no part of what it is cited for.
        { "Torsby, som kommunen samarbetar med om lönehanteringen, har infört ett digitalt medarbetarsamtal.", "Torsby", "Torsby, som kommunen samarbetar med om lönehanteringen, har infört ett digitalt medarbetarsamtal.", "Torsby, har infört ett digitalt medarbetarsamtal." },
        { "Hörby, som har kortast handläggningstider, är ett föredöme.", "Hörby", "Hörby, som har kortast handläggningstider, är ett föredöme.", "Hörby, som har kortast handläggningstider, är ett föredöme." },
        // A citing sentence opening with "Däremot" is set against the one before, and read with it; further back the chain stops at it.
        { "Sammanträdena webbsänds sedan 2015. Däremot går det inte att hoppa till en viss punkt, något som Lerum har löst med länkar.", "Lerum", "Däremot går det inte att hoppa till en viss punkt, något som Lerum har löst med länkar.", "Sammanträdena webbsänds sedan 2015. Däremot går det inte att hoppa till en viss punkt, något som Lerum har löst med länkar." },
        { "Kommunen har e-förslag. Däremot saknas en strategi för medborgardialog. Nacka har kommit längre.", "Nacka", "Nacka har kommit längre.", "Däremot saknas en strategi för medborgardialog. Nacka har kommit längre." },
        // "Där" after it says more of the same place.
        { "I Ockelbo har kommunen en trygghetsvandring varje höst. Där har inbrotten minskat.", "Ockelbo", "I Ockelbo har kommunen en trygghetsvandring varje höst.", "I Ockelbo har kommunen en trygghetsvandring varje höst. Där har inbrotten minskat." },
        // A short sentence that only points is read with the one after it, which tells what was done.
        { "Kommunen har ingen fond för förebyggande insatser. Tierp har gjort just det. Där finansierar fonden ett team för unga.", "Tierp", "Tierp har gjort just det.", "Kommunen har ingen fond för förebyggande insatser. Tierp har gjort just det. Där finansierar fonden ett team för unga." },
        { "Vi saknar en plan för lokalerna. Torsby gör det. Varje år räknar förvaltningen fram behovet.", "Torsby", "Torsby gör det.", "Vi saknar en plan för lokalerna. Torsby gör det. Varje år räknar förvaltningen fram behovet." },
        // Doing as another did: read back to the sentence that named the other.
        { "Tierp ger sina sommarvikarier en betald introduktion. Det uppskattas. Torsby har gjort likadant som Tierp sedan i fjol.", "Torsby", "Torsby har gjort likadant som Tierp sedan i fjol.", "Tierp ger sina sommarvikarier en betald introduktion. Det uppskattas. Torsby har gjort likadant som Tierp sedan i fjol." },
        { "Hörby har en trafikljusmodell. Torsby arbetar på samma sätt som Tierp.", "Torsby", "Torsby arbetar på samma sätt som Tierp.", "Torsby arbetar på samma sätt som Tierp." }, // the other not named before: the sentence alone
        // "Där" in a quotation says more of the same place.
        { "\"Gör som i Tierp\", säger en rektor. \"Där har biblioteket läxhjälp fyra kvällar i veckan.\"", "Tierp", "\"Gör som i Tierp\", säger en rektor.", "\"Gör som i Tierp\", säger en rektor. \"Där har biblioteket läxhjälp fyra kvällar i veckan.\"" },
        // A question that names it is read with the answer after it, unless that names it again.
        { "Gungorna är avstängda. Vad har Tierp som kommunen saknar? En lekplatsplan med en lekplats inom 300 meter.", "Tierp", "Vad har Tierp som kommunen saknar?", "Vad har Tierp som kommunen saknar? En lekplatsplan med en lekplats inom 300 meter." },
        { "Varför inte göra som i Tierp? Men Tierp lade ned tjänsten efter ett halvår.", "Tierp", "Varför inte göra som i Tierp?", "Varför inte göra som i Tierp?" },
        // A sentence read back to that tells more of the municipality named before it: read further back.
        { "Tierp har ritat om kundresan för bygglov. Resultatet i Tierp är en enklare process. Torsby har gjort något liknande.", "Torsby", "Torsby har gjort något liknande.", "Tierp har ritat om kundresan för bygglov. Resultatet i Tierp är en enklare process. Torsby har gjort något liknande." },
        { "Kommunen har en bygglovsguide. Resultatet i Tierp är en enklare process. Torsby har gjort något liknande.", "Torsby", "Torsby har gjort något liknande.", "Resultatet i Tierp är en enklare process. Torsby har gjort något liknande." }, // the one before names no municipality of it
        // A short answer is read with the question before it.
        { "Fråga: Vilken kommun vill ni likna när det gäller budgetuppföljning? Svar: Ja, Tierp.", "Tierp", "Svar: Ja, Tierp.", "Fråga: Vilken kommun vill ni likna när det gäller budgetuppföljning? Svar: Ja, Tierp." },
        // One more item of a list after a colon is read with the whole sentence.
        { "Två kommuner har kommit längre: Tierp, som ger sina vikarier en introduktion, och Torsby, där den som återkommer får förtur.", "Torsby", "Två kommuner har kommit längre: Tierp, som ger sina vikarier en introduktion, och Torsby, där den som återkommer får förtur.", "Två kommuner har kommit längre: Tierp, som ger sina vikarier en introduktion, och Torsby, där den som återkommer får förtur." },        // A sentence that goes on by a pronoun ("De har …") is read with the one that named the place.
        { "Dagen därpå åkte vi till Tierp, som flera hade tipsat oss om. De har sedan 2011 bjudit in till öppet hus varje höst.", "Tierp", "Dagen därpå åkte vi till Tierp, som flera hade tipsat oss om.", "Dagen därpå åkte vi till Tierp, som flera hade tipsat oss om. De har sedan 2011 bjudit in till öppet hus varje höst." },
        // A question put between is read over.
        { "Ert sparpaket togs fram på sex veckor. Hur tror ni att det kändes? Tierp gick en annan väg när de skulle spara.", "Tierp", "Tierp gick en annan väg när de skulle spara.", "Ert sparpaket togs fram på sex veckor. Hur tror ni att det kändes? Tierp gick en annan väg när de skulle spara." },
        // An item of a list is read with the line that leads into it.
        { "Så här arbetar två andra kommuner med internkommunikation:\n– Tierp har en app för medarbetare.\n– Torsby har utsett kommunikationsombud.", "Torsby", "Torsby har utsett kommunikationsombud.", "Så här arbetar två andra kommuner med internkommunikation: Torsby har utsett kommunikationsombud." },
    };

    [Theory]
    [MemberData(nameof(AnswersAndContinuations))]
    public void Of_SentencesAround_ReadAsAReaderTakesThem(string text, string municipality, string sentence, string expected)
    {
        var passages = new List<Passage> { new(8, "8.4", text, null) };
        var mention = new Mention(new MunicipalityRef(municipality, "0000"), 8, "8.4", sentence, null);

        Assert.Equal(expected, CitingSentence.Of(mention, passages));
    }

    [Theory]
    [InlineData("Kommunen samarbetar med Hörby om räddningstjänsten.", "Hörby", true)]
    [InlineData("Kommunen ingår i ett jämförelsenätverk med Tranås, Sävsjö och Vetlanda.", "Sävsjö", true)]
    [InlineData("Räddningstjänsten drivs tillsammans med Ockelbo.", "Ockelbo", true)]
    [InlineData("Kommunen tillhör samma chefsnätverk som Ockelbo.", "Ockelbo", true)]
    [InlineData("Ockelbo har som första kommun infört en chefsgaranti.", "Ockelbo", false)]
    [InlineData("Nämndledamöterna gick en kurs om delegering som hölls i Tranås.", "Tranås", true)] // a venue
    [InlineData("Seminariet om e-tjänster ägde rum i Hörby och Sävsjö.", "Sävsjö", true)]
    [InlineData("Kursdagarna i chefsprogrammet förläggs till Borås.", "Borås", true)]
    [InlineData("Bygglovet hanteras i Hörby på en vecka.", "Hörby", false)]
    [InlineData("Hörby samarbetar med polisen om trygghet.", "Hörby", false)]
    [InlineData("Kommunen samarbetar med Hörby, och Tranås har en egen taxeguide.", "Tranås", false)]
    [InlineData("Kommunen samarbetar med Hörby, som har kommit längst med e-tjänster; Hörby är ett föredöme.", "Hörby", false)]
    [InlineData("Kommunen ingår i ett nätverk tillsammans med bl.a. Sävsjö och Eksjö.", "Eksjö", true)]
    [InlineData("Arbetet bedrivs i ett gemensamt projekt med Luleå, Piteå och Boden.", "Piteå", true)]
    [InlineData("Kommunen deltar i SKL:s nätverk, där bl.a. Uppsala och Falun också ingår.", "Falun", true)] // a member
    [InlineData("Uppsala ingår i ledningen för nätverket och har infört mätbara mål.", "Uppsala", false)]
    [InlineData("Lönerevisionen görs i ett avtal med Tierp, Älvkarleby och Upplands Väsby.", "Upplands Väsby", true)] // a name of two words in the list
    [InlineData("Räddningstjänsten drivs i ett kommunalförbund med Tierp.", "Tierp", true)]
    [InlineData("En gemensam upphandling av livsmedel med Tierp gjordes 2014.", "Tierp", true)]
    [InlineData("Kommunen deltar i ett nätverk tills. m. bl.a. Tierp och Torsby.", "Torsby", true)] // "tills. m.": tillsammans med
    [InlineData("Styrka: gemensam IT-nämnd med Tierp sedan 2014.", "Tierp", true)]
    [InlineData("Poolen drivs ihop med Tierp och ett privat bolag.", "Tierp", true)] // "ihop med": tillsammans med
    [InlineData("Överförmyndaren är en gemensam nämnd med Tierp och Torsby (med Torsby som värdkommun).", "Torsby", true)] // the host of a shared body
    [InlineData("Värdkommun är Tierp, som har kortast handläggningstider.", "Tierp", true)]
    [InlineData("Vid den nationella ledarkonferensen i Tranås presenterades flera program.", "Tranås", true)] // where a conference was held
    [InlineData("Kommunledningen beslutade vid sitt internat i Tranås att ta fram en plan.", "Tranås", true)]
    [InlineData("Chefsdagarna, som i fjol hölls på en kursgård i Tranås, är uppskattade.", "Tranås", true)] // a place between
    [InlineData("Flera chefer har gått en kurs om friskfaktorer i Tranås.", "Tranås", true)] // a course on something, in a place
    [InlineData("Ledamöterna har deltagit i en utbildning om uppsiktsplikt som förbundet anordnade i Tranås.", "Tranås", true)]
    [InlineData("Tierp deltar tillsammans med er i ett nätverk om friskfaktorer.", "Tierp", true)] // the partner as the subject
    [InlineData("Larmcentralen tar sedan 2013 också emot larmen från Tierp och Tranås enligt ett avtal mellan kommunerna.", "Tranås", true)] // an agreement between them
    [InlineData("Ni har diskuterat frågan med Tierp, som har samma entreprenör, men inte kommit fram till något.", "Tierp", true)] // dealt with
    [InlineData("Kommunen har samma GIS-leverantör som Tierp och Tranås, så tekniken finns redan.", "Tranås", true)] // a supplier shared
    [InlineData("Sidorna är byggda av samma firma som Tierps.", "Tierp", true)]
    [InlineData("Vår socialchef sitter i samma nätverk för socialchefer som kollegerna i Tierp och Tranås.", "Tranås", true)]
    [InlineData("Samtal efter klockan 16 går till Tierp, där en gemensam jourväxel för flera kommuner tar emot dem.", "Tierp", true)] // the host of a shared service
    [InlineData("En fackföreträdare gick skyddsombudsutbildningen i Tierp 2010.", "Tierp", true)] // where a course was held
    [InlineData("Tierp, som köper sin ekonomiadministration av er, har också e-faktura.", "Tierp", true)] // buys from the report's own
    [InlineData("Förvaltningscheferna har gått en ledarutbildning på en kursgård utanför Tranås.", "Tranås", true)] // a venue outside a town
    [InlineData("Tierp deltar sedan 2015 i ett nätverk om friskfaktorer, med goda resultat.", "Tierp", false)] // takes part, with no one named beside it
    [InlineData("Växeln, som ni delar med Tierp, svarar inom en minut.", "Tierp", true)] // shared with the report's own
    [InlineData("Länets ekonomichefer träffas två gånger om året i Tranås.", "Tranås", true)] // where a network meets
    [InlineData("Tranås ska i höst stå värd för en konferens om trygghet.", "Tranås", true)] // the host of an event
    [InlineData("Budgetseminariet hölls 2015 under en eftermiddag på ett hotell i Tierp.", "Tierp", true)] // a venue a few words from its verb
    [InlineData("Kommunen tar fram en utbildning tillsammans med Tierp och Mjölby, och den första omgången genomförs under hösten i Folkets hus i Tierp.", "Tierp", true)] // a partner, then a venue
    [InlineData("Kommunen ingår i ett nätverk för sociala företag som samordnas från Tierp.", "Tierp", true)]
    [InlineData("Kommunen deltar i ett nätverk för landsbygdsfrågor med Tierp och Torsby.", "Torsby", true)]
    [InlineData("Kvalitetsutvecklaren arbetar halvtid och delas med Tierp.", "Tierp", true)]
    [InlineData("Kvalitetssamordnaren har gått en utbildning i Tierp, som universitetet anordnade.", "Tierp", true)] // a course's venue
    [InlineData("Undervisningen ges i lokaler i Tierp, vilket innebär långa resor.", "Tierp", true)]
    [InlineData("Kommunal höll 2016 en temadag om hälsosamma scheman i Tierp.", "Tierp", true)]
    [InlineData("Länsstyrelsen i Tierps län anordnade en utbildning för valnämndernas kanslier i Tierp.", "Tierp", true)] // named elsewhere only as no municipality
    [InlineData("Kommunen köper i dag samhällsorienteringen av Tierp.", "Tierp", true)] // a supplier
    [InlineData("Tierp och Torsby köper dessutom sin IT-drift av kommunen.", "Torsby", true)] // customers
    [InlineData("Tierp, Torsby och Mjölby ingår i samma nätverk för kommunsekreterare.", "Torsby", true)]
    [InlineData("Kommunen använder samma e-tjänsteplattform som Tierp och Torsby.", "Torsby", true)] // the same arrangement
    [InlineData("Lägesbilden tas fram i samma format som i Tierp och Torsby.", "Torsby", true)]
    [InlineData("Kommunen deltog i en samordnad upphandling av livsmedel med Tierp och Torsby.", "Torsby", true)]
    [InlineData("Tillsammans med Torsby deltar kommunen sedan i höstas i ett försök med stresshantering.", "Torsby", true)] // at the start of the sentence
    [InlineData("Byalagen deltar tillsammans med föreningar i Torsby i ett gemensamt Leaderprojekt.", "Torsby", true)]
    [InlineData("Bostadsbyggandet har legat på ungefär samma nivå per invånare som i Tierp och Torsby.", "Torsby", true)]
    [InlineData("Kommunen har infört samma modell som Torsby, där varje nämnd har tre mål.", "Torsby", false)] // following an example
    [InlineData("Kommunen, Tierp och Torsby har nämligen sin avfallshantering i ett gemensamt bolag.", "Torsby", true)]
    [InlineData("Några ledamöter åkte till en debattkväll som Naturskyddsföreningen ordnade på Folkets hus i Torsby.", "Torsby", true)] // a venue
    [InlineData("Uppgiften kommer från en föreläsning i Torsby.", "Torsby", true)]
    [InlineData("Kommunen deltar tillsammans med Torsby i ett projekt, men projektet har mest bestått av ett par informationsträffar i Torsby.", "Torsby", true)] // a partner, then a venue
    public void NamesAsPartner_Statement_TrueOnlyWhenNamedAsAPartnerAlone(string sentence, string municipality, bool expected)
    {
        var mention = new Mention(new MunicipalityRef(municipality, "0000"), 8, "8.2", sentence, null);

        Assert.Equal(expected, CitingSentence.NamesAsPartner(mention));
    }

    [Theory]
    [InlineData("Kramfors införde e-förslag 2013 men har knappt fått in några förslag.", "Kramfors", true)]
    [InlineData("Lean-satsningen i Karlshamn gav inte avsedd effekt och avbröts 2013.", "Karlshamn", true)]
    [InlineData("Modellen från Gislaved har visat sig svår att tillämpa.", "Gislaved", true)]
    [InlineData("Kramfors har ett välfungerande system för e-förslag.", "Kramfors", false)]
    [InlineData("Kommunens projekt avbröts; Hörby har däremot fullföljt sitt.", "Hörby", false)] // the failure is another statement's
    [InlineData("Eksjö införde LOV inom boendet men fick avbryta då ingen utförare ansökte.", "Eksjö", true)]
    [InlineData("Nässjö prövade en friskvårdstimme 2013 men avskaffade den efter ett år.", "Nässjö", true)]
    [InlineData("Torsby lade ned sin e-förslagstjänst efter ett år.", "Torsby", true)]
    [InlineData("Torsby prövade medborgarbudget och lade, i likhet med Mjölby, ned försöket.", "Torsby", true)] // an insertion between the verb and its particle
    [InlineData("Tierp har däremot skjutit upp en motsvarande satsning två gånger.", "Tierp", true)] // put off
    [InlineData("Torsby lanserade en chattbot 2023 men stängde den efter tre månader.", "Torsby", true)] // closed
    [InlineData("Mjölby beslutade om en klimatbudget 2022 men har inte kommit igång.", "Mjölby", true)]
    [InlineData("Tierp beslutade att pröva en liknande granskning men har ännu inte kommit längre än till en plan.", "Tierp", true)]
    [InlineData("Mjölby har, liksom Tierp, ännu inga garantier.", "Mjölby", true)] // a lack with an insertion
    [InlineData("Personal har gått till Sandviken från Tierp, där någon sådan rätt inte finns.", "Tierp", true)] // a lack in a relative clause
    [InlineData("Torsby – ej med i LUPP sedan 2014.", "Torsby", true)] // a lack after a dash
    [InlineData("Ändå har Tierp under våren hört av sig till kommunen för att få råd.", "Tierp", true)] // one that asks about it
    [InlineData("Ett gemensamt kontaktcenter med Tierp utreddes, men arbetet avstannade.", "Tierp", true)]
    [InlineData("Mjölby saknar också servicegarantier.", "Mjölby", true)] // a lack of its own
    [InlineData("Tierp, som ännu inte har någon klimatplan, har bjudit in kommunens miljöstrateg.", "Tierp", true)]
    [InlineData("Inte heller Torsby har någon samlad plan.", "Torsby", true)]
    [InlineData("Torsby prövade öppna sammanträden 2008 och slutade efter ett år, eftersom ingen kom.", "Torsby", true)]
    [InlineData("Torsby har beslutat att köpa en bokbuss, men den har ännu inte kommit i gång.", "Torsby", true)]
    [InlineData("Hon berättar att Torsby nyligen har ringt och frågat hur kommunen gör.", "Torsby", true)] // asks for advice
    [InlineData("Något motsvarande finns ännu inte i Torsby, enligt ordföranden.", "Torsby", true)]
    [InlineData("Vi har tittat på Torsby, som har ett e-diarium, men där publiceras bara rubrikerna, så det hjälper inte mycket.", "Torsby", true)]
    [InlineData("Kansliet uppger att grannkommunerna Torsby och Mjölby ännu inte har något motsvarande diarium.", "Torsby", true)] // a lack of names coordinated
    [InlineData("Torsby gav ut gröna obligationer 2016, och Mjölby har tagit gröna lån, men vi har inte granskat hur pengarna har använts.", "Torsby", true)] // the evaluators have not examined it
    [InlineData("Torsby gav ut gröna obligationer 2016 och är ett föredöme, men vi har inte granskat alla projekt.", "Torsby", false)]
    [InlineData("Torsby inrättade en liknande tjänst 2009 men drog in den redan året därpå.", "Torsby", true)]
    [InlineData("Torsby genomförde ett skolval samma år men har beslutat att inte upprepa det.", "Torsby", true)]
    [InlineData("Torsby försökte schemalägga bort de delade turerna 2019, men återinförde dem efter ett halvår.", "Torsby", true)]
    [InlineData("Torsby har påbörjat ett liknande arbete, men det är för tidigt att säga hur det går.", "Torsby", true)] // not yet proven
    [InlineData("Torsby har beslutat att börja mäta NKI i sina anläggningar 2022.", "Torsby", true)] // decided, not yet done
    [InlineData("Torsby har beslutat att erbjuda yrkessvenska på arbetstid från nästa år, men har ännu inte börjat.", "Torsby", true)]
    [InlineData("Torsby har tagit fram ett liknande reglemente som ännu ligger på remiss.", "Torsby", true)]
    [InlineData("Idén kom från Torsby, men där ställdes demokratidagen in redan efter det första året.", "Torsby", true)]
    [InlineData("Torsby har sedan dess tagit tillbaka plattorna och gått över till mobiltelefoner.", "Torsby", true)]
    [InlineData("Torsby har också löneväxling för alla, men bara ett fåtal använder den.", "Torsby", true)]
    [InlineData("Torsby har fått kritik av sina revisorer för samma brist.", "Torsby", true)] // the same lack
    [InlineData("Torsby och Mjölby, som använder samma mötessystem, har samma frågor olösta.", "Torsby", true)]
    [InlineData("Torsby har löst samma problem med IT-ombud på varje arbetsplats.", "Torsby", false)] // solved it
    [InlineData("I Torsby är andelen e-fakturor högre, men vi vet inte hur de har nått dit.", "Torsby", true)] // the evaluators do not know
    [InlineData("Torsby har bättre resultat för webben, men det säger oss inget om hur invånarna nås.", "Torsby", true)]
    [InlineData("Ingen av dem har kunnat visa hur måtten används, så vi pekar inte på Torsby som förebild.", "Torsby", true)] // praise denied
    [InlineData("Hälften av slingorna fungerar inte, så Torsby kan vi inte rekommendera.", "Torsby", true)]
    [InlineData("Torsby prövar ny teknik i liten skala, som utvärderas och införs eller avvecklas inom ett år.", "Torsby", false)] // a way of working, not a failure
    [InlineData("Torsbys servicegarantier ska avvecklas nästa år.", "Torsby", true)]
    [InlineData("Upplystes om att Torsby har begärt att få ta del av kommunens material.", "Torsby", true)] // asks the report's own
    [InlineData("Kommunen har sedan dess fått frågor från Torsby om hur tavlan är uppbyggd.", "Torsby", true)]
    [InlineData("Torsby har sedan 2015 en digital anslagstavla som invånarna använder flitigt.", "Torsby", false)]
    [InlineData("Torsby införde en månadsrapport 2011 men återgick året därpå till tertialrapporter.", "Torsby", true)]
    [InlineData("Till skillnad från Mjölby har kommunen inga servicegarantier.", "Mjölby", false)] // the lack is the report's own
    [InlineData("Servicegarantier saknas, men Mjölby har infört sådana med kompensation.", "Mjölby", false)]
    [InlineData("Torsby har i fjol beslutat att införa medborgarlöften, men inget löfte har ännu formulerats.", "Torsby", true)] // decided only, with a time between
    [InlineData("Torsby har en e-tjänst för bygglov, men ännu ingen för serveringstillstånd.", "Torsby", true)] // "men … ännu ingen"
    [InlineData("Torsby lyftes länge fram för sina byaråd, men när vi frågade visade det sig att två av tio är aktiva.", "Torsby", true)]
    [InlineData("Torsby köpte en projektmodell, men cheferna tycker att den är för tung för att användas.", "Torsby", true)]
    [InlineData("Torsby prövade modellen 2017, men projektet avslutades efter ett år.", "Torsby", true)]
    [InlineData("Torsby har ett bra introduktionsprogram, men mentorer finns inte där heller.", "Torsby", true)]
    [InlineData("Torsby fick en ny plan förra året, men hur den används har vi inte hunnit se.", "Torsby", true)] // the evaluators have not looked
    [InlineData("Jag har hört att Torsby har fått alla att känna till visionen, men jag vet inte hur de gjorde.", "Torsby", true)] // the speaker does not know
    [InlineData("Torsby upphandlade städningen 2008, men avtalet sades upp efter två år.", "Torsby", true)]
    [InlineData("Torsby frågade i fjol hur Mjölby räknar fram sin avgift.", "Torsby", true)] // asks the report's own
    [InlineData("Torsby har frågat om att få använda kommunens strategi som förlaga.", "Torsby", true)]
    [InlineData("Vi har fått en förfrågan från Torsby om hur vår modell fungerar.", "Torsby", true)]
    [InlineData("Torsby hade personalbostäder förut men sålde dem 2010.", "Torsby", true)]
    [InlineData("Torsby lyftes länge fram i hela länet, men i dag står parkeringen halvtom.", "Torsby", true)] // held up, then "men"
    [InlineData("Torsby har börjat pröva samma modell, men där är det för tidigt att se några resultat.", "Torsby", true)]
    [InlineData("Torsby fattade ett likadant beslut och har inte heller kommit längre.", "Torsby", true)]
    [InlineData("Torsby skrev in bidraget i sin plan, men ingen handlare har anslutit sig.", "Torsby", true)]
    [InlineData("Torsby föreslog 2019 att kommunen skulle ta över snöröjningen, men förslaget röstades ned.", "Torsby", true)]
    [InlineData("Torsby visades som ett gott exempel på en konferens, men där har träffpunkterna senare fått stänga.", "Torsby", true)]
    [InlineData("Torsby hade ett inköpsstopp 2018, men där blev underskottet ändå större.", "Torsby", true)]
    [InlineData("Torsby skriver en kvalitetsberättelse, men där har den ännu aldrig behandlats politiskt.", "Torsby", true)]
    [InlineData("Vi hörde att Torsby har öppnat en ny träffpunkt, men vi har inte sett den.", "Torsby", true)] // not seen
    [InlineData("Han hade hört att Torsbys råd ska fungera bra, men han visste inte hur det var sammansatt.", "Torsby", true)]
    [InlineData("Torsby har i sin tur ringt till Mjölby och frågat hur arbetet går.", "Torsby", true)]
    [InlineData("Två kommuner visar hur det görs: Tierp, där ingen chef kan attestera sina egna utlägg.", "Tierp", false)] // a rule that bars something, not a lack
    [InlineData("Tierp, där ingen plan finns, har tillsatt en utredning.", "Tierp", true)]
    [InlineData("Torsby har sedan 2016 en mentor för varje ny chef, och ännu har ingen lämnat.", "Torsby", false)] // "ännu" with no "men": no failure
    [InlineData("Torsby tog 2012 fram en gemensam plan, men den drogs tillbaka året efter.", "Torsby", true)]
    [InlineData("Torsby höll årliga seminarier mellan 2010 och 2012 men slutade när partierna ordnade egna.", "Torsby", true)]
    [InlineData("Torsby införde ett seniorkort 2015 men tog bort det redan året därpå.", "Torsby", true)]
    [InlineData("Kommunen betalar en avgift till centret i Torsby, men bara ett fåtal företagare har använt rådgivningen där.", "Torsby", true)]
    [InlineData("Torsby var med i försöket, men ingen av dem vi talade med visste hur det har gått där.", "Torsby", true)]
    [InlineData("Torsby körde metoden som pilot under 2020 men droppade den efter ett år.", "Torsby", true)]
    [InlineData("I Torsby har kommunstyrelsen beslutat att pröva metoden från 2023, men där har arbetet inte startat.", "Torsby", true)]
    [InlineData("Torsby flyttade in i ett nytt kontor 2022, men det är ännu för tidigt att dra några slutsatser.", "Torsby", true)]
    [InlineData("Liknande regler finns i Torsby, och utvärderarna har inte kunnat ta del av någon uppföljning.", "Torsby", true)]
    [InlineData("En politiker sa att Torsby ska ha ett bra samarbete, men hon hade inte själv sett hur det fungerar.", "Torsby", true)]
    [InlineData("Torsby gjorde ett studiebesök i kommunen 2015 för att se hur lägenheterna är ordnade.", "Torsby", true)] // the visitor learns
    [InlineData("Torsby utsåg processägare 2009 men lade enligt vad jag har förstått ned hela modellen efter ett par år.", "Torsby", true)]
    [InlineData("Torsby antog en resepolicy 2010, men den upphävdes redan året därpå.", "Torsby", true)]
    [InlineData("Torsby lanserade en chattbot i december 2020, och det är för tidigt att säga om den gör en skillnad.", "Torsby", true)] // the statement after it goes on about it
    [InlineData("Torsby lanserade en chattbot i december 2020, och den svarar på de flesta frågor.", "Torsby", false)]
    [InlineData("Hon hade hört att Torsby har en resepolicy, men hon hade själv aldrig sett den.", "Torsby", true)]
    [InlineData("Jag kom att tänka på Torsby, som antog en ny policy 2011, men jag vet ärligt talat inte om den har betytt något.", "Torsby", true)]
    [InlineData("Torsby hörde i vintras av sig till kommunledningen och bad att få veta hur bolagen är organiserade.", "Torsby", true)]
    [InlineData("Torsby har kontaktat Mjölby för att få veta hur kommunen tänker kring chattbotar.", "Torsby", true)]
    [InlineData("En IT-chef i Torsby sägs ha hittat en lösning, men ingen av de vi intervjuade har sett hur den fungerar.", "Torsby", true)]
    [InlineData("Torsby antog en ägarpolicy 2011, men bolagens styrelser har aldrig diskuterat den.", "Torsby", true)] // a denial after "men"
    [InlineData("Torsby är en liten kommun, men har ändå inga köer till förskolan.", "Torsby", false)] // concessive: "men ändå"
    [InlineData("Torsby erbjuder läxhjälp, men inte bara det: biblioteket har öppet till nio.", "Torsby", false)] // "inte bara": more, not less
    [InlineData("✘ Torsby: barnombudsman 2014–2016 → tjänsten indragen vid omorganisation.", "Torsby", true)] // a failure said with a participle
    [InlineData("Torsby: KS-beslut 2018 om barnombudsman, tjänsten ej tillsatt.", "Torsby", true)]
    [InlineData("Torsby: avgift 0,1 % – oklart om marknadsmässig.", "Torsby", true)] // a checklist line that doubts its own municipality
    [InlineData("Torsby: KF-beslut 2018 om borgensavgift, tillämpas först fr.o.m. 2020.", "Torsby", true)]
    [InlineData("Torsby övergick till ramar per nämnd 2008 men återinförde redan 2010 anslag per verksamhet.", "Torsby", true)]
    [InlineData("Huruvida den ramstyrning som Torsby tillämpar har haft någon betydelse förefaller vidare oklart.", "Torsby", true)]
    [InlineData("Huruvida den modell som Torsbys kommun tillämpar är förenlig med reglerna har inte kunnat bedömas.", "Torsby", true)]
    [InlineData("I Torsby har ett förslag till nytt vattenskyddsområde varit under handläggning i mer än tio år.", "Torsby", true)]
    [InlineData("Ett gemensamt vattenskyddsområde för Torsby har diskuterats sedan 2012 utan att något förslag har lagts fram.", "Torsby", true)]
    [InlineData("Torsby: ortsutvecklingsplaner för samtliga orter sedan 2015, framtagna med föreningarna.", "Torsby", false)] // a checklist line that holds it up
    [InlineData("Torsby hade matråd förut, men det kom för få till mötena, så de slutade.", "Torsby", true)]
    [InlineData("Torsby ville också ha skolfrukost, men politikerna sa nej.", "Torsby", true)]
    [InlineData("Torsby sa för några år sedan att de skulle bli bäst i landet på regelförenkling.", "Torsby", true)] // a claim of what was to come
    [InlineData("I Torsby kom bara tre personer till ett samrådsmöte förra året.", "Torsby", true)]
    [InlineData("Torsby beslutade 2016 att efterkalkyler ska göras, och det återstår att se hur det faller ut.", "Torsby", true)]
    [InlineData("Torsby hade ungdomsbostäder förut, men de blev för dyra och såldes.", "Torsby", true)]
    [InlineData("Torsby har enligt uppgift från ekonomichefen under 2011 beslutat att alla mål ska ha mått.", "Torsby", true)]
    [InlineData("Seniorsamtal förekommer i Torsby, men personalchefen är själv osäker på om det ger något.", "Torsby", true)]
    [InlineData("Det har påståtts att Torsby redan har infört en sådan utbildning; något underlag härför har inte företetts.", "Torsby", true)]
    [InlineData("Torsby kommun har under 2012 begärt att få ta del av förvaltningens rutiner.", "Torsby", true)] // asking, a year among the words before the verb
    [InlineData("Torsby anordnade 1998 en valinformation, men försöket upprepades icke 2002.", "Torsby", true)] // the older "icke"
    [InlineData("Visst, Torsby har ju en rutin för insändarsvar – på papperet.", "Torsby", true)] // irony
    [InlineData("Torsby anställde lärarassistenter, men projektet avslutades när pengarna tog slut.", "Torsby", true)]
    [InlineData("Torsby tog ett beslut om strandstädning 2015, men det har fastnat i en diskussion om vem som ska betala.", "Torsby", true)]
    [InlineData("Torsby har ävenledes övervägt en vikariepool men avstått därifrån av kostnadsskäl.", "Torsby", true)]
    [InlineData("I Torsby diskuterades en liknande ordning 2002, men förslaget föll i nämnden.", "Torsby", true)]
    [InlineData("Torsby har också försökt gå över till effektmål, men har gått tillbaka till sina gamla mål.", "Torsby", true)]
    [InlineData("Torsby beslutade i fjol att alla nämnder ska ha effektmål från 2025.", "Torsby", true)]
    [InlineData("Den modell som Torsby har infört förefaller alltför omfattande för att tjäna som förebild.", "Torsby", true)]
    [InlineData("Vi är däremot mer tveksamma till Torsbys kulturpeng, eftersom ingen där följer upp den.", "Torsby", true)]
    [InlineData("Det har uppgivits att Torsby skulle ha en plan som kan tjäna som förebild, men vi har inte sett den.", "Torsby", true)] // praise at second hand, not seen
    [InlineData("U3 föreslår också Torsby, men U2 påpekar att Torsby bara har beslutat om en politikerskola och att ingenting ännu har genomförts; panelen låter därför Torsby ligga.", "Torsby", true)]
    [InlineData("U2 nämner att Torsby flyttade sin reception till biblioteket, men U3 invänder att Torsby flyttade tillbaka den efter ett år.", "Torsby", true)]
    [InlineData("Torsby fick se bruket stänga 2008 och har sedan dess inte lyckats hitta någon ny användning för husen.", "Torsby", true)]
    [InlineData("Men Torsby lockade bara tolv personer till sin första debattkväll och har inte försökt igen.", "Torsby", true)]
    [InlineData("Torsby ordnade en påkostad medarbetardag och fick hård kritik i lokaltidningen.", "Torsby", true)]
    [InlineData("Torsby hade länge ett skuggval på gymnasiet, och hade de inte lagt ner det hade ni kunnat låna upplägget.", "Torsby", true)] // the statement after it says it was abandoned
    [InlineData("Torsbys siffra är hög, men analysen redovisas sällan för politikerna, så vi ser den inte som ett föredöme i sig.", "Torsby", true)]
    [InlineData("Torsby håller sina chefsmöten per telefon, vilket fungerar men knappast är ett föredöme.", "Torsby", true)]
    [InlineData("Torsby byggde ett nytt personalrum, men det blev så litet att personalen äter i bilarna, så där finns inte mycket att hämta.", "Torsby", true)]
    [InlineData("Torsby har lägst sjuklönekostnad, men har en yngre personalstyrka, vilket förklarar en stor del av skillnaden.", "Torsby", true)] // explained away
    [InlineData("Emmaboda har misslyckats, och Torsby, där bruket fortfarande blåser, har hittills inte behövt ställa sig frågan.", "Torsby", true)]
    [InlineData("I Torsby ska man ha en regel om att ingen föredragning får vara längre än tio minuter, men någon sådan regel har vi inte kunnat hitta.", "Torsby", true)] // "ingen … längre än" is no praise of a municipality
    [InlineData("Torsby lyfts fram för sina e-tjänster för bygglov, men panelen konstaterar att det hör till en annan fråga än receptionen.", "Torsby", true)]
    [InlineData("Torsby stod inför samma fråga när det gamla järnverket lades ner, och de har sedan dess gjort verket till en konsthall.", "Torsby", false)] // a closure told as the background of a clause of time
    [InlineData("Torsby införde brukarråd för några år sedan men har sedan dess lagt ned dem.", "Torsby", true)] // "sedan dess" is no clause of time
    [InlineData("Varning: Torsby flyttade sina sammanträden till kvällstid 2016, och de flyttades tillbaka efter ett år.", "Torsby", true)]
    [InlineData("Vid första anblicken såg Torsby ut som ett exempel att ta efter.", "Torsby", true)] // a retraction to come
    [InlineData("Vi trodde också först att Torsby hade löst samma sak med en öppen lista på webben.", "Torsby", true)]
    [InlineData("Jfr Torsby, som i intervjuerna beskrevs som ett föredöme [vid närmare granskning gäller det bara två nämnder, och vi lyfter därför inte fram Torsby].", "Torsby", true)]
    [InlineData("Torsby nämndes i flera intervjuer, men det som avsågs var deras arbete med heltid.", "Torsby", true)]
    [InlineData("De trygghetsvandringar som Torsby genomför avser ett annat slags arbete och har här inte bedömts.", "Torsby", true)]
    [InlineData("Torsby har talat om att skicka ut sina remisser med sms, men det är än så länge bara en idé.", "Torsby", true)]
    [InlineData("De av Torsby lanserade formulären har efter klagomål till stor del fått ersättas med pappersblanketter.", "Torsby", true)]
    [InlineData("Ett register, som i Torsby upprättades 2013, har sedan 2015 inte längre förts.", "Torsby", true)]
    [InlineData("De rullstolscyklar som Torsby köpte in har i huvudsak blivit stående oanvända.", "Torsby", true)]
    [InlineData("Den i Torsby införda ordningen har efter svårigheter med bemanningen övergivits.", "Torsby", true)]
    [InlineData("Enligt kommunsekreteraren fick Torsby därefter kritik från pensionärsorganisationerna.", "Torsby", true)]
    [InlineData("Torsby flyttade nämndsammanträdena till kvällstid men återgick till dagtid två år senare.", "Torsby", true)]
    [InlineData("Torsby hade planer på en naturlekplats 2012, men de stannade på ritbordet när bidraget uteblev.", "Torsby", true)]
    [InlineData("I Torsby pågick vid tiden för vårt besök en utredning om kommundelsnämnder.", "Torsby", true)] // only studied
    [InlineData("Torsby hade infört kvalitetsdeklarationer redan 2001, men enligt en enhetschef var de så allmänt hållna att de inte gick att följa upp.", "Torsby", true)]
    [InlineData("Torsby hade byggt ett resecentrum 2001 som enligt planchefen fortfarande stod halvtomt.", "Torsby", true)]
    [InlineData("Torsby införde en liknande rutin 2016, men enligt en granskning året därpå används den bara på ett av boendena.", "Torsby", true)]
    [InlineData("Efter en utredning om kommundelsnämnder införde Torsby öppna bygdemöten.", "Torsby", false)] // a study done, then a practice
    [InlineData("Det kan noteras att Torsby vid tiden för utvärderingen utredde en liknande ordning.", "Torsby", true)] // studied, the name as subject
    [InlineData("Torsby planerar enligt uppgift att redovisa produktivitetsmått från 2022.", "Torsby", true)]
    [InlineData("Torsby planerar enligt vad vi har erfarit att starta ett konto på TikTok.", "Torsby", true)]
    [InlineData("Torsby avslutade sitt konto på TikTok 2023 efter en säkerhetsbedömning.", "Torsby", true)]
    [InlineData("Förslag: Se hur Torsby planerar lovaktiviteterna tillsammans med föreningslivet.", "Torsby", false)] // planning is the practice
    [InlineData("Torsby, som försökte organisera hjälpen helt i egen regi, hade enligt uppgift svårt att få fram frivilliga.", "Torsby", true)]
    [InlineData("Torsby införde ett system för e-handel, men enligt uppgift används det ännu bara av ett par förvaltningar.", "Torsby", true)]
    [InlineData("Upphandlingen med Torsby överprövades och fick göras om.", "Torsby", true)]
    [InlineData("Torsby har planer på att starta en frivilligcentral under 2012.", "Torsby", true)]
    [InlineData("Torsby håller på att ta fram en webbutbildning om mutor.", "Torsby", true)]
    [InlineData("Torsby har diskuterat en överenskommelse, men frågan är fortfarande under utredning.", "Torsby", true)]
    [InlineData("Torsby har tagit fram ett nytt upplägg, som ska prövas inför budgeten 2021.", "Torsby", true)]
    [InlineData("Torsby planerar att ta fram ett kvalitetsbokslut till hösten.", "Torsby", true)]
    [InlineData("Torsby utreder för närvarande en liknande förändring.", "Torsby", true)]
    [InlineData("Torsby införde ett kvalitetsbokslut 2002 men övergav det efter två år.", "Torsby", true)]
    [InlineData("Torsby köpte ett stort mobilt elverk året efter stormen, men det såldes 2011.", "Torsby", true)]
    [InlineData("Torsby håller för närvarande på att ta fram en e-postpolicy.", "Torsby", true)]
    [InlineData("Torsby antog en e-postpolicy 2004, men den efterlevs i liten utsträckning och ska nu arbetas om.", "Torsby", true)]
    [InlineData("Torsby har sedan hösten 2007 ett försök med liknande dialoger i nämnden.", "Torsby", true)] // a trial
    [InlineData("Torsby står inför en liknande omvandling av centrum.", "Torsby", true)] // the same problem ahead
    [InlineData("Torsby antog ett näringslivsprogram, men programmet har varit för allmänt hållet för att kunna styra arbetet.", "Torsby", true)]
    [InlineData("Torsby fick 2020 avbryta införandet av ett nytt system.", "Torsby", true)]
    [InlineData("I Torsby äter personalen lunch med ensamma äldre, vilket gäller gemenskapen vid bordet snarare än själva maten.", "Torsby", true)] // another practice, said so
    [InlineData("I Torsby har man gjort om en nedlagd banvall till en belyst väg för cyklister.", "Torsby", false)] // a disused railway, not a failed practice
    [InlineData("Ett gott exempel är Torsby, där varje elev som inte når nivåerna får en individuell plan.", "Torsby", false)] // the pupils', not Torsby's, lack
    [InlineData("Planen i Torsby har sedan dess legat till grund för ett tiotal dispenser utan att någon av dem har upphävts.", "Torsby", false)] // a failure denied
    [InlineData("Torsby har enligt uppgift beslutat att utreda möjligheten till friår.", "Torsby", true)] // a study decided on
    [InlineData("Torsby planerar enligt uppgift en liknande kartläggning under nästa år.", "Torsby", true)] // a plan of a thing, no "att"
    [InlineData("Torsby och Tierp, som använder samma plattform, saknar också en sådan funktion.", "Torsby", true)] // a lack after a clause between
    [InlineData("Torsby, som också prövade fasta träffar med pressen, valde efter ett år att i stället skicka ut ett veckobrev.", "Torsby", true)] // chose something else instead
    public void NamesAsFailure_Statement_TrueWhenItsOwnStatementSaysThePracticeFailedOrIsLacking(string sentence, string municipality, bool expected)
    {
        var mention = new Mention(new MunicipalityRef(municipality, "0000"), 8, "8.2", sentence, null);

        Assert.Equal(expected, CitingSentence.NamesAsFailure(mention));
    }

    [Theory]
    [InlineData("Antal e-förslag 2015:\nTierp: 14\nMjölby: 30", "Mjölby", true)] // a row of a table of figures
    [InlineData("Andelen var 40 procent, jämfört med 55 procent i Mjölby.", "Mjölby", true)]
    [InlineData("Kommunen ligger fortfarande efter Tierp och Torsby i rankningen.", "Torsby", true)]
    [InlineData("Fler förslag kom in än i Tierp.", "Tierp", true)]
    [InlineData("Kommunen låg på samma nivå som Tierp och Torsby när det gäller antalet garantier.", "Torsby", true)]
    [InlineData("Andelen ligger i nivå med Mjölby.", "Mjölby", true)]
    [InlineData("I rankingen ligger kommunen klart efter grannkommunen Tierp.", "Tierp", true)] // an appositive noun before the name
    [InlineData("Många invånare pendlar till Tierp och efterfrågar längre öppettider.", "Tierp", true)] // where people commute
    [InlineData("Två av cheferna har rekryterats från Tierp respektive Torsby.", "Torsby", true)]
    [InlineData("Två konsulenter (en rekryterad från Tierp 2018).", "Tierp", true)]
    [InlineData("HR-chefen, som rekryterades från Tierp, berättar att Tierp har ett förebildligt program.", "Tierp", false)] // named again outside it
    [InlineData("Kommunen planerar att besöka Torsby för att se hur deras medborgarpanel fungerar.", "Torsby", true)]
    [InlineData("Ett studiebesök hos Tierp är inplanerat till våren.", "Tierp", true)]
    [InlineData("Ett studiebesök på Tierps kontaktcenter är inbokat till november.", "Tierp", true)]
    [InlineData("Jfr Tierp och Torsby, som har 34 resp. 41 mått i sina styrkort.", "Torsby", true)] // "Jfr": compare with
    [InlineData("Jfr Torsby, vars styrkort med högst fem mål per nämnd är förebildligt.", "Torsby", false)] // compared, and held up as an example
    [InlineData("Jämfört med kommunen har Mjölby kommit långt med e-förslag.", "Mjölby", false)] // the one compared is the report's own
    [InlineData("Kommunen införde styrkort efter Torsbys modell.", "Torsby", false)] // modelled on, not ranked behind
    [InlineData("Vid ett besök i Tierp 2014 såg kommunen hur resultatdialogerna förs.", "Tierp", false)] // a visit made: what it saw is cited
    [InlineData("Kommunen planerar att besöka Tierp; Tierp har en förebildlig medborgarpanel.", "Tierp", false)] // named again outside the visit
    [InlineData("Vi tvekade: är Tierps låga kostnad ett resultat av ett medvetet arbete, eller av att lokalerna är fullsatta?", "Tierp", true)] // a question that doubts what the figure shows
    [InlineData("Beror Torsbys höga andel på garantierna eller på att färre klagar?", "Torsby", true)]
    [InlineData("Kommundirektören: Men är Tierps internbank verkligen något att ta efter?", "Tierp", true)] // "verkligen": a question that doubts
    [InlineData("Samma år kom det in tolv förslag i Tierp och nitton i Torsby.", "Torsby", true)] // figures of two municipalities set side by side
    [InlineData("Tierp fick 71 poäng och Torsby 68 i samma granskning.", "Tierp", true)]
    [InlineData("Tierp hamnade närmast noll avvikelse och Torsby på 1,2 procent.", "Torsby", true)]
    [InlineData("Tierp har 14 laddpunkter vid sina skolor.", "Tierp", false)] // one municipality's figure: no comparison
    [InlineData("Vi jämförde med Tierp, där arvodet till ordföranden är högre.", "Tierp", true)]
    [InlineData("I KKiK ligger Tierp före er när det gäller hur snabbt e-post besvaras.", "Tierp", true)] // ranked ahead, the name before "före"
    [InlineData("Tierp, som köper sin ekonomiadministration av er, ligger på samma nivå.", "Tierp", true)]
    [InlineData("Kommunjuristen, som tidigare arbetade i Tierp, har tagit fram ett utkast.", "Tierp", true)] // where someone worked
    [InlineData("Ekonomichefen, som kom till Mjölby från Tierp 2012, har infört månadsrapporter.", "Tierp", true)] // where someone came from
    [InlineData("Idén kommer från Tierp, där fakturorna har fått en enkel social norm.", "Tierp", false)] // where the idea came from: cited
    [InlineData("Tierp har ungefär samma väntetider som ni.", "Tierp", true)] // the same figure as the report's own
    [InlineData("I Tierp, som har ungefär lika stor pensionsskuld, ser det ut precis som i Mjölby.", "Tierp", true)] // the same state
    [InlineData("Närpolisen, som numera utgår från Tierp, deltar i vandringarna.", "Tierp", true)] // where something is based
    [InlineData("Sekreteraren kom till Mjölby från en liknande tjänst i Tierp.", "Tierp", true)]
    [InlineData("Förvaltningen jämför gärna skolresultaten med Tierp, som ligger högst i länet.", "Tierp", true)] // words between "jämför" and "med"
    [InlineData("Fler föräldrar väljer skolor i Tierp, dit redan ett hundratal elever pendlar.", "Tierp", true)]
    [InlineData("Mottagningen ska flyttas till Tierp.", "Tierp", true)]
    [InlineData("Ett syskonpar bor hos en familj i Tierp.", "Tierp", true)]
    [InlineData("Ingen kommun i länet har lyckats behålla sina socialsekreterare bättre än Tierp.", "Tierp", false)] // none better than it: praise, not a comparison
    [InlineData("Tierps linjetrafik har fått fler resenärer än regionen hade räknat med.", "Tierp", false)] // more than expected: praise, not a comparison
    [InlineData("Hade Amira bott i Tierp hade hon kunnat prenumerera på ett nyhetsbrev för sin ort.", "Tierp", false)] // a counterfactual holds the place up
    [InlineData("Noterades att Tierp enligt gruppledarnas sammanställning har färre obesvarade motioner än kommunen.", "Tierp", true)] // more or less of something than another
    [InlineData("Enligt sammanställningen är andelen delade turer lägre i Tierp än i kommunen.", "Tierp", true)]
    [InlineData("Lerum i samma undersökning fick 58 och Borås 56 i Nöjd-Medborgar-Index.", "Borås", true)] // figures a few words from the name
    [InlineData("Tierp har färre obesvarade motioner än kommunen och är ett föredöme i sin motionshantering.", "Tierp", false)] // and held up all the same
    [InlineData("Tierp har sedan 2009 tolv servicepunkter och Torsby elva, ett förebildligt nät.", "Torsby", false)] // figures, and held up as an example
    [InlineData("Varför inte göra som i Tierp, där alla förslag besvaras inom en månad?", "Tierp", false)] // a question that holds it up
    [InlineData("Är det värt att pröva Tierps modell? Ja, eftersom den har halverat svarstiderna.", "Tierp", false)] // no "eller": not weighing two readings
    [InlineData("Er nya personalchef, som kom från Tierp i fjol, har lovat att se över handboken.", "Tierp", true)]
    [InlineData("Informationschefen, som tidigare arbetade på Tierps kommunikationsenhet, framhöll behovet.", "Tierp", true)]
    [InlineData("Kostnaden är 1,4 miljoner kronor, vilket kan jämföras med 2,1 miljoner kronor för Tierp.", "Tierp", true)]
    [InlineData("En konsult från Tierp har föreslagit att ansvaret ska läggas på förvaltningscheferna.", "Tierp", true)] // where a firm or person comes from
    [InlineData("En leverantör som flyttade sin verksamhet från Tierp till Kalmar har erbjudit sig att installera sensorer.", "Tierp", true)]
    [InlineData("Inget ställe har imponerat mer på mig i det avseendet än Tierp, där varje avdelning har ett kostombud.", "Tierp", false)] // none better than it: praise
    [InlineData("Som jämförelse kan anföras att följsamheten i Tierp och Torsby var 80 respektive 83 procent.", "Torsby", true)] // figures given as a comparison
    [InlineData("Som jämförelse kan anföras att antalet beslut per invånare i Tierp under samma period var ungefär hälften så stort.", "Tierp", true)]
    [InlineData("Som jämförelse kan anföras att Tierp sedan 2018 låter en central registratur registrera all e-post inom en arbetsdag.", "Tierp", false)] // a practice, not a figure
    [InlineData("En byggherre med säte i Tierp har ifrågasatt avtalet, och kommunen har anlitat en advokatbyrå i Torsby.", "Torsby", true)]
    [InlineData("Förslagen kommer från ett arkitektkontor i Tierp som har anlitats för projektet.", "Tierp", true)]
    [InlineData("Informationschefen har tidigare varit anställd som reporter vid Barometern i Tierp.", "Tierp", true)]
    [InlineData("Personalchefen ingår tillsammans med kollegor från Tierp i ett nätverk.", "Tierp", true)]
    [InlineData("Trafikverket planerar en ny väg mellan Tierp och Torsby.", "Torsby", true)]
    [InlineData("Andelen skattade boende är ungefär densamma som i Tierp, enligt registrets årsrapport.", "Tierp", true)]
    [InlineData("Kommunikationschefen, som för övrigt kom hit från en tjänst i Tierp, säger att det saknas folk.", "Tierp", true)]
    [InlineData("Revisionsbyrån, som har sitt kontor i Tierp, har pekat på samma brister.", "Tierp", true)]
    [InlineData("Andelen par i särskilt boende är ungefär lika låg här som i Tierp.", "Tierp", false)] // "lika … i X som i Y" needs both places
    [InlineData("Andelen par i särskilt boende är ungefär lika låg i Torsby som i Tierp.", "Tierp", true)]
    [InlineData("Av de tolv kommuner i länet som vi har jämfört har fem en chatbot på webbplatsen: Torsby, Tierp och Solna.", "Tierp", true)] // a row of what was compared
    [InlineData("Torsby analyserar samtliga inköp varje kvartal, Solna 90 procent varje halvår, Tierp och Täby omkring 80 procent en gång per år.", "Tierp", true)]
    [InlineData("I nätverkets senaste sammanställning låg kommunen högst, ca tolv procent över Tierp.", "Tierp", true)]
    [InlineData("En kvinna som flyttade hit från Tierp för två år sedan berättade att hon fick vänta.", "Tierp", true)]
    [InlineData("Under 2017 besökte ledningsgruppen Tierp och Torsby.", "Tierp", true)] // a visit made
    [InlineData("Matlådorna lagas av ett företag i Tierp och körs ut två gånger i veckan.", "Tierp", true)]
    [InlineData("Kamerorna är kopplade direkt till polisens regionledningscentral i Tierp.", "Tierp", true)]
    [InlineData("Lokaltidningen skriver sällan om besluten, eftersom redaktionen sitter i Tierp.", "Tierp", true)]
    [InlineData("Kostnaden per invånare ligger nu klart under Tierps.", "Tierp", true)]
    [InlineData("Jfr Tierp, som enligt Kolada har ca 15 % lägre kostnad per elev.", "Tierp", true)] // "Jfr" with a figure: a comparison
    [InlineData("Jfr Tierp, som varje torsdag köper en helsida i lokaltidningen där veckans sammanträden presenteras.", "Tierp", false)] // "Jfr" as a footnote of an example
    [InlineData("Jämfört med Tierp har kommunen färre öppettimmar per invånare på filialerna.", "Tierp", true)]
    [InlineData("Enligt vår genomgång har Tierp och Torsby i dag ungefär samma öppettider som kommunen.", "Tierp", true)]
    [InlineData("Hjälpmedlen lämnas ut via hjälpmedelscentralen, som regionen driver i Tierp.", "Tierp", true)]
    [InlineData("De flesta ungdomar i gymnasieåldern går i skola i Tierp.", "Tierp", true)] // where people go to school
    [InlineData("I en jämförelse som kommunledningskontoret gjorde 2010 med Tierp, Torsby och Osby hade kommunen flest mål.", "Torsby", true)]
    [InlineData("Jämfört med Tierp och Torsby har kommunen en lägre andel behöriga lärare.", "Torsby", true)] // at the start of the sentence
    [InlineData("Enkäterna sammanställs av ett undersökningsföretag i Tierp.", "Tierp", true)]
    [InlineData("Studieförbundens verksamhet leds från regionala kontor i Tierp.", "Tierp", true)]
    [InlineData("Några chefer har på eget initiativ gått ledarutbildningar i Tierp.", "Tierp", true)]
    [InlineData("Nätverket leds av en samordnare i Tierp.", "Tierp", true)]
    [InlineData("Försöket leds av en företagshälsovård i Tierp.", "Tierp", true)]
    [InlineData("En av utvärderarna, som själv arbetar med uppföljning i Tierp, noterade att måtten inte har ändrats.", "Tierp", true)] // the evaluator's own workplace
    [InlineData("Närpolisen, som sedan 2006 utgår från polisstationen i Tierp, deltar i rådets möten.", "Tierp", true)]
    [InlineData("Arbetet har stått stilla sedan planarkitekten slutade och gick till en tjänst i Tierp.", "Tierp", true)] // where someone went to work
    [InlineData("Många chefer kör till Tierp flera gånger i månaden för möten.", "Tierp", true)] // a destination
    [InlineData("Under sommaren, då färjorna från Tierp för över tusentals besökare, fördubblas befolkningen.", "Tierp", true)]
    [InlineData("Polismästaren, som tidigare tjänstgjorde i Tierp, var positiv till ett avtal.", "Tierp", true)]
    public void NamesInPassing_Statement_TrueForFiguresComparisonsAndPlannedVisits(string sentence, string municipality, bool expected)
    {
        var mention = new Mention(new MunicipalityRef(municipality, "0000"), 1, "1.4", sentence.Contains('\n') ? sentence.Split('\n')[^1] : sentence, null);

        Assert.Equal(expected, CitingSentence.NamesInPassing(mention));
    }

    [Theory]
    [InlineData("U3 lyfter i stället fram Torsby, där en kommunikatör skriver tre meningar om varje beslut.", true)]
    [InlineData("Den kommun vi vill lyfta fram är Torsby, som låter ett ombud ta emot alla pappersfakturor.", true)]
    [InlineData("Vi rekommenderar att ni tittar på hur Torsby gör: där får varje elev rösta.", true)]
    [InlineData("Torsby och Tierp bör kommunen titta närmare på, eftersom båda har en gemensam brevlåda.", true)]
    [InlineData("Torsby är den kommun som kommunen har mest att lära av.", true)]
    [InlineData("Torsby har löst samma problem på ett klokt sätt.", true)]
    [InlineData("Två sekreterare åkte till Torsby för att se hur man där har gjort om sina handlingar.", true)]
    [InlineData("Torsby och Tierp har tagit sig ur beroendet, och vi tycker att kommunen ska studera hur de gick till väga.", true)]
    [InlineData("Torsby har en gemensam brevlåda för hela kommunen.", false)] // named, not held up in so many words
    [InlineData("U2 föreslår då Torsby, men ingen i panelen kan säga hur det fungerar.", false)] // proposed, not held up
    [InlineData("Så gör de i Torsby: Där träffas alla nämnder klockan sex på kvällen.", true)]
    [InlineData("Tips från andra: I Torsby kan man boka att få sina gamla möbler hämtade.", true)]
    [InlineData("Jfr Torsby, där den som får maten hemkörd själv väljer bland fem rätter.", true)]
    [InlineData("Se även Torsby, där varje nyvald suppleant får en fadder.", true)]
    [InlineData("Även Torsby förtjänar att nämnas, vars äldreboenden har inglasade uterum.", true)]
    [InlineData("Därtill kan nämnas Torsby, vars ansökningshandlingar kan fyllas i på skärmen.", true)]
    [InlineData("Ett gott exempel finns i Torsby, där en gemensam utbildningsenhet ger ut en kurskatalog.", true)]
    [InlineData("Ett intressant exempel är Torsby, där varje ung arbetslös erbjuds praktik.", true)]
    [InlineData("Ett gott exempel är även Torsby, som har ett eget språkcentrum.", true)]
    [InlineData("Kommunen skulle kunna hämta inspiration från Torsby, där varje brev avslutas med handläggarens nummer.", true)]
    [InlineData("Vi rekommenderar kommunen att ta del av hur Torsby har arbetat, där handläggarna ringer upp företagaren.", true)]
    [InlineData("Vi rekommenderar att kommunen tar del av Torsbys arbete med självstyrande grupper.", true)]
    public void HoldsUp_Sentence_TrueWhereItHoldsTheMunicipalityUpInSoManyWords(string sentence, bool expected)
    {
        var mention = new Mention(new MunicipalityRef("Torsby", "1737"), 1, "1.1", sentence, null);

        Assert.Equal(expected, CitingSentence.HoldsUp(mention));
    }

    [Theory]
    [InlineData("Det behövs ett seniorgym. U3 lyfter fram Torsby, där kommunen har inrett sporthallen.", "Det behövs ett seniorgym.")]
    [InlineData("U2 föreslår Tierp som förebild för seniorgym. U3 invänder att Tierp inte har något gym alls. U3 lyfter i stället fram Torsby, där kommunen har inrett sporthallen.", "U2 föreslår Tierp som förebild för seniorgym. U3 invänder att Tierp inte har något gym alls.")] // a proposal turned down is passed over
    [InlineData("Tierp har ett seniorgym i badhuset. U3 lyfter fram Torsby, där kommunen har inrett sporthallen.", "")] // stops at another example
    [InlineData("Kommunen utreder ett landsbygdsråd. Tierp planerar att inrätta ett landsbygdsråd. Avstånden gör det svårt att ta sig till möten. Ett gott exempel är Torsby, där kommunen har ett forum på webben.", "Avstånden gör det svårt att ta sig till möten.")] // stops before a plan of another's further back
    [InlineData("Tierp har ett seniorgym i badhuset. Vi rekommenderar också att ni tittar på hur Torsby gör.", "Tierp har ett seniorgym i badhuset.")] // "också": the example before it
    [InlineData("Tierp har ett seniorgym i badhuset. Där tränar pensionärerna varje vecka. Vi rekommenderar också att ni tittar på hur Torsby gör.", "Tierp har ett seniorgym i badhuset. Där tränar pensionärerna varje vecka.")] // and what told on of it
    [InlineData("Styrka: riktlinjer för sociala medier. Svaghet: klarspråk tillämpas ojämnt. Tips: titta på Torsby, som har klarspråksombud.", "Svaghet: klarspråk tillämpas ojämnt.")] // not back over a strength of the municipality's own
    public void Answered_SentencesBefore_BackToTheNearestOtherExample(string text, string expected)
    {
        var passages = new List<Passage> { new(7, "7.1", text, null) };
        var mentions = MentionExtractor.Extract(passages, "1484", MunicipalityRegistry.Default);
        var mention = mentions.Last(m => m.Municipality.Name == "Torsby");

        Assert.Equal(expected, CitingSentence.Answered(mention, passages, mentions));
    }

    [Theory]
    [InlineData("Ingen har en samlad bild av lokalerna. I Torsby lånar föreningarna skolornas lokaler på kvällar. Där bokas allt i ett system. Vi rekommenderar att kommunen tar fram riktlinjer för samnyttjande.", "Vi rekommenderar att kommunen tar fram riktlinjer för samnyttjande.", "I Torsby lånar föreningarna skolornas lokaler på kvällar. Där bokas allt i ett system.", "")] // told on of it, then the recommendation
    [InlineData("I Torsby har kommunen ett forum på webben. Vi rekommenderar att kommunen inför ett landsbygdsråd och att ett webbforum prövas.", "Vi rekommenderar att kommunen inför ett landsbygdsråd | ett webbforum prövas.", "I Torsby har kommunen ett forum på webben.", "")] // a recommendation of two things, one statement each
    [InlineData("I Torsby har kommunen ett forum på webben. Kommunen har diskuterat frågan. Vi rekommenderar att ett webbforum prövas.", "Vi rekommenderar att ett webbforum prövas.", "I Torsby har kommunen ett forum på webben.", "Kommunen har diskuterat frågan.")] // the report's own sentence between: the caller judges it
    [InlineData("Torsby har tre mål i stället för trettio. Vår bedömning är att kommunen behöver färre mål.", "Vår bedömning är att kommunen behöver färre mål.", "Torsby har tre mål i stället för trettio.", "")] // a need closes it too
    [InlineData("I Torsby äter pensionärerna lunch på boendet. Utvärderarna bedömer att kommunen kan öppna en seniorrestaurang.", "Utvärderarna bedömer att kommunen kan öppna en seniorrestaurang.", "I Torsby äter pensionärerna lunch på boendet.", "")] // the evaluators' assessment closes it too
    [InlineData("I Torsby har kommunen ett forum på webben. Ett gott exempel är Tierp, där ungdomarna har ett råd. Vi rekommenderar att ett ungdomsråd inrättas.", null, null, null)] // another held up for another thing between
    [InlineData("Torsby har ett gemensamt system, men samarbetet har drabbats av oenighet. Vi rekommenderar att kommunen samverkar om IT.", null, null, null)] // a sentence that turns against it
    [InlineData("Ett system med e-förslag prövades i Torsby men avvecklades efter ett år. Bedömning: Torsbys erfarenheter bör inte avskräcka. Vi rekommenderar att e-förslag införs.", null, null, null)] // told of before as a failure
    [InlineData("I Torsby har kommunen ett forum på webben. Det bör nämnas att kommunen har fått ett erbjudande.", null, null, null)] // a note is no recommendation
    public void RecommendationAfter_ExampleBeforeTheRecommendation_ItsStatementsWhatWasToldAndTheOwnBetween(string text, string? statements, string? told, string? own)
    {
        var passages = new List<Passage> { new(7, "7.1", text, null) };
        var mentions = MentionExtractor.Extract(passages, "1484", MunicipalityRegistry.Default);
        var mention = mentions.Last(m => m.Municipality.Name == "Torsby");

        var answer = CitingSentence.RecommendationAfter(mention, passages, mentions, "1484");

        Assert.Equal(statements, answer is null ? null : string.Join(" | ", answer.Statements));
        Assert.Equal(told, answer?.Told);
        Assert.Equal(own, answer is null ? null : string.Join(" | ", answer.Own));
    }

    [Theory]
    [InlineData("Tierp har samlat sina kök i en kostenhet. I Torsby lagas maten i varje skola.", "Tierp har samlat sina kök i en kostenhet.")] // opens with another, who is held up by being told
    [InlineData("Ett gott exempel är Tierp, där ungdomar väljer ett ungdomsforum. Även i Torsby får ungdomarna fördela pengar.", "Ett gott exempel är Tierp, där ungdomar väljer ett ungdomsforum.")] // held up in so many words
    [InlineData("Tierp hade ett forum som lades ned 2012. I Torsby får ungdomarna fördela pengar.", null)] // a failure is no example to add to
    [InlineData("I Tierp sänds fullmäktiges sammanträden i lokalradion. Där tas också frågor emot. Även Torsby har goda erfarenheter av att sända sammanträdena.", "I Tierp sänds fullmäktiges sammanträden i lokalradion.")] // "Även Y" over what was told on of the example
    [InlineData("I Tierp sänds fullmäktiges sammanträden i lokalradion. Där tas också frågor emot. I Torsby sänds de på webben.", null)] // without "Även", only the sentence right before
    [InlineData("Kommunen har ett ungdomsråd. I Torsby får ungdomarna fördela pengar.", null)] // the report's own: no other example
    [InlineData("Tierp har ett ungdomsråd. Ungdomarna i Torsby får fördela pengar.", null)] // Torsby does not open it
    public void NextExampleAfter_SentenceOpensWithAnother_TheExampleBeforeItOrNull(string text, string? expected)
    {
        var passages = new List<Passage> { new(7, "7.1", text, null) };
        var mentions = MentionExtractor.Extract(passages, "1484", MunicipalityRegistry.Default);
        var mention = mentions.Single(m => m.Municipality.Name == "Torsby");

        Assert.Equal(expected, CitingSentence.NextExampleAfter(mention, passages, mentions));
    }

    [Theory]
    [InlineData("I Torsby har kommunen begränsat antalet medarbetare per chef. Ett annat gott exempel är Tierp, där chefernas förutsättningar har kartlagts.", "Ett annat gott exempel är Tierp, där chefernas förutsättningar har kartlagts.")]
    [InlineData("Vi rekommenderar kommunen att ta del av hur Torsby har arbetat. Ytterligare ett exempel är Tierp, som följer upp servicen till företagen.", "Ytterligare ett exempel är Tierp, som följer upp servicen till företagen.")]
    [InlineData("I Torsby bjuder kommunledningen in företagarna till frukost. Tierp har på liknande sätt förlagt sina företagarträffar ute hos företagen.", "Tierp har på liknande sätt förlagt sina företagarträffar ute hos företagen.")] // does the like
    [InlineData("I Torsby samlades all fakturahantering i en enhet. Där betalas numera alla fakturor i tid. Även Tierp har samlat ekonomiadministrationen.", "Där betalas numera alla fakturor i tid. Även Tierp har samlat ekonomiadministrationen.")] // "Även", over what was told of the first
    [InlineData("I Torsby samlades all fakturahantering i en enhet. Kommunen har inga rutiner. Även Tierp har samlat ekonomiadministrationen.", null)] // something else between
    [InlineData("Kommunens chef kom från Torsby. Ett annat gott exempel är Tierp, där chefernas förutsättningar har kartlagts.", null)] // neither opens with Torsby nor holds it up
    [InlineData("I Torsby har kommunen begränsat antalet medarbetare per chef. Tierp har kartlagt chefernas förutsättningar.", null)] // not called another example
    public void AnotherExampleAfter_NextSentenceCallsAnotherAnExample_ThatSentenceOrNull(string text, string? expected)
    {
        var passages = new List<Passage> { new(7, "7.1", text, null) };
        var mentions = MentionExtractor.Extract(passages, "1484", MunicipalityRegistry.Default);
        var mention = mentions.Single(m => m.Municipality.Name == "Torsby");

        Assert.Equal(expected, CitingSentence.AnotherExampleAfter(mention, passages, mentions));
    }

    [Fact]
    public void Readings_NamedInTwoStatements_OneReadingForEach()
    {
        const string sentence = "Titta på Värnamo eller Nacka, vilka erbjuder ansökan helt digitalt; i Nacka kan man dessutom följa sitt ärende i en e-tjänstportal.";
        var passages = new List<Passage> { new(2, "2.3", sentence, null) };
        var mention = new Mention(new MunicipalityRef("Nacka", "0182"), 2, "2.3", sentence, null);

        Assert.Equal(["Titta på Värnamo eller Nacka, vilka erbjuder ansökan helt digitalt", "i Nacka kan man dessutom följa sitt ärende i en e-tjänstportal."], CitingSentence.Readings(mention, passages));
    }
}
