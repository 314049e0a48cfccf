using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Documents.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

/// <summary>
/// Reports laid out unlike the samples (Samples/*.html printed by Chromium, Samples/*.fodt saved as
/// DOCX and printed by LibreOffice; tests/tools/make-pdf-fixtures.sh makes them): each must read
/// as its source says, block by block. The expected entries are the source's text (soft hyphens
/// dropped); a one-cell box counts as the blocks inside it, as the parser reads it.
/// </summary>
public sealed partial class PdfReaderTests
{
    /// <summary>two-columns.html and three-columns.html, block by block.</summary>
    private static readonly string[] ColumnsSource =
    [
        "H: Område 3 Politisk styrning och kontroll",
        "P: Området handlar om hur de förtroendevalda styr kommunens verksamheter och hur de följer upp att fattade beslut genomförs. Utvärderarna har läst styrdokumenten och intervjuat kommunstyrelsens presidium, förvaltningschefer och medarbetare.",
        "H: 3.1 Hur styr kommunstyrelsen verksamheten?",
        "P: Kommunfullmäktige fastställer varje år en budget med övergripande mål för samtliga nämnder. Målen bryts ned i nämndernas verksamhetsplaner och följs upp i delårsrapporter och i årsredovisningen. Kommunstyrelsens arbetsutskott träffar förvaltningscheferna en gång i månaden för att diskutera verksamhetens resultat och ekonomi.",
        "P: Den politiska ledningen beskriver styrmodellen som tydlig, men flera medarbetare upplever att målen är många och svåra att omsätta i det dagliga arbetet. Uppföljningsrapporterna innehåller mycket statistik men få analyser av orsakerna till avvikelserna, och kopplingen mellan mål, resurser och resultat är otydlig i flera av nämndernas rapporter.",
        "P: Kommunen har under de senaste åren infört en gemensam modell för synpunktshantering där invånarnas klagomål och förslag registreras centralt. Sammanställningar redovisas för kommunstyrelsen två gånger per år, men det är oklart hur synpunkterna används i verksamhetsutvecklingen och vilka förändringar de har lett till.",
        "H: 3.2 Hur följer politikerna upp verksamheten?",
        "P: Nämnderna får månatliga ekonomirapporter och en utförligare rapport efter april och augusti. Utöver den ekonomiska uppföljningen genomförs brukarundersökningar inom äldreomsorgen och skolan, och resultaten redovisas för respektive nämnd. Politikerna efterfrågar dock jämförelser med andra kommuner och tydligare beskrivningar av kvaliteten i verksamheterna. Förvaltningarna arbetar därför med att ta fram nyckeltal som kan följas över tid.",
        "P: Medborgardialogen har fått en mer framträdande plats i kommunens styrning. Inför budgetarbetet genomförs öppna möten i kommundelarna där invånarna kan lämna synpunkter på prioriteringarna, och resultaten sammanställs i en rapport som bifogas budgetunderlaget till kommunfullmäktige.",
        "P: Revisorerna har i sin granskning påpekat att den interna kontrollen behöver stärkas, särskilt när det gäller upphandling och avtalsuppföljning. Kommunstyrelsen har därför antagit en ny plan för intern kontroll som gäller för samtliga nämnder och bolag från och med nästa år.",
        "P: Kommunens bolag styrs genom ägardirektiv som fastställs av kommunfullmäktige. Bolagens styrelser rapporterar till kommunstyrelsen två gånger per år, och ägardialoger hålls inför varje bolagsstämma. Utvärderarna bedömer att ägarstyrningen fungerar väl men att bolagens mål bör kopplas tydligare till kommunens övergripande mål.",
        "P: Det finns en antagen policy för hur förtroendevalda och tjänstemän ska samverka, och rollfördelningen upplevs som tydlig av båda parter. Nya ledamöter får en introduktionsutbildning i början av mandatperioden, men det saknas en uppföljande utbildning om ekonomistyrning och verksamhetsuppföljning under mandatperiodens senare del.",
        "H: Styrkor",
        "LI: Tydlig koppling mellan budget, verksamhetsplaner och uppföljning.",
        "LI: Kommunstyrelsens arbetsutskott har regelbundna dialoger med förvaltningscheferna om resultat och ekonomi.",
        "LI: Medborgardialogen inför budgeten.",
        "H: Förbättringsområden",
        "LI: Färre och mer mätbara mål.",
        "LI: Analysera orsakerna till avvikelserna i uppföljningsrapporterna och redovisa vilka åtgärder som vidtas.",
        "LI: Använd synpunktshanteringen systematiskt i verksamhetsutvecklingen.",
        "H: Poäng för område 3",
        "TABLE 4x4",
        "ROW: Delfråga | Max | Poäng | Andel",
        "ROW: 3.1 Hur styr kommunstyrelsen verksamheten? | 20 | 15 | 75%",
        "ROW: 3.2 Hur följer politikerna upp verksamheten? | 20 | 12 | 60%",
        "ROW: 3.3 Hur hanteras synpunkter och klagomål från invånarna? | 10 | 6 | 60%",
        "P: Sammantaget har kommunen en väl utvecklad ekonomisk styrning men en svagare styrning av verksamhetens kvalitet. Utvärderarna rekommenderar att kommunstyrelsen tar fram ett fåtal mätbara mål för varje nämnd och att uppföljningen kompletteras med jämförelser med andra kommuner.",
        "P: Kommunen bör också se över hur resultaten från synpunktshanteringen och medborgardialogen återförs till invånarna, så att de kan se vad deras synpunkter har lett till.",
        "H: Område 4 Effektivitet",
        "P: Kommunen arbetar med effektivitet genom en gemensam modell för verksamhetsuppföljning där kostnader och resultat redovisas per verksamhet. Jämförelser görs med kommuner av liknande storlek och struktur i den nationella databasen för kommunal statistik.",
        "P: Förvaltningarna har infört processkartläggning i några verksamheter, bland annat inom bygglov och försörjningsstöd, och handläggningstiderna har därefter minskat märkbart. Erfarenheterna har ännu inte spridits till andra delar av organisationen.",
    ];

    /// <summary>findings-box.html and framed-box.html, block by block (the box as the blocks inside it).</summary>
    private static readonly string[] FindingsBoxSource =
    [
        "H: Område 5 Kvalitet och brukarfokus",
        "P: Området beskriver hur kommunen arbetar med kvalitet i verksamheterna och hur brukarnas synpunkter tas tillvara. Utvärderarna har intervjuat förvaltningschefer, enhetschefer och medarbetare i flera verksamheter och tagit del av kommunens kvalitetsredovisningar.",
        "P: Kommunen har under flera år arbetat med servicedeklarationer inom skolan, äldreomsorgen och den tekniska verksamheten. Deklarationerna beskriver vad invånarna kan förvänta sig och hur de kan lämna synpunkter om de inte är nöjda med servicen. Uppföljningen av deklarationerna varierar dock mellan förvaltningarna.",
        "P: Inom äldreomsorgen genomförs årliga brukarundersökningar och resultaten redovisas för nämnden tillsammans med förslag till åtgärder. Skolan använder elevenkäter och föräldraenkäter, och resultaten diskuteras i skolornas kvalitetsredovisningar. I den tekniska verksamheten saknas ännu en systematisk uppföljning av brukarnas uppfattning.",
        "P: Synpunktshanteringen är gemensam för hela kommunen och samtliga synpunkter registreras i ett system där handläggningen kan följas. Medborgardialogen har utvecklats med webbenkäter och öppna möten i kommundelarna, men kopplingen mellan dialogen och de politiska besluten är fortfarande otydlig för många invånare.",
        "P: Kommunen deltar i ett nätverk för kvalitetsutveckling tillsammans med sex andra kommuner i regionen. Nätverket har tagit fram gemensamma nyckeltal för bland annat handläggningstider, tillgänglighet och bemötande, och resultaten jämförs två gånger per år.",
        "P: Förvaltningarna har utsett kvalitetssamordnare som stödjer enheterna i arbetet med egenkontroller och avvikelsehantering. Samordnarna träffas regelbundet för att utbyta erfarenheter, men deras uppdrag och mandat är inte beskrivna i något styrdokument.",
        "P: Medarbetarna beskriver ett gott samarbete inom arbetsplatserna men efterfrågar tydligare återkoppling på de förbättringsförslag de lämnar till sina chefer och till kvalitetssamordnarna.",
        "H: Sammanfattning område 5",
        "H: Styrkor",
        "LI: Servicedeklarationer inom flera verksamheter.",
        "LI: Gemensam synpunktshantering med registrering av alla synpunkter.",
        "LI: Årliga brukarundersökningar inom äldreomsorgen och skolan som redovisas för nämnderna.",
        "LI: Deltagande i ett regionalt nätverk för kvalitetsutveckling med gemensamma nyckeltal.",
        "H: Förbättringsområden",
        "LI: Följ upp servicedeklarationerna på samma sätt i alla förvaltningar och redovisa resultaten för invånarna på kommunens webbplats och i kommunens tidning.",
        "LI: Inför en systematisk uppföljning av brukarnas uppfattning inom den tekniska verksamheten, till exempel med enkäter till dem som har sökt bygglov eller lämnat en felanmälan.",
        "LI: Beskriv kvalitetssamordnarnas uppdrag och mandat i ett styrdokument och ge dem tid att stödja enheternas arbete med egenkontroller, avvikelsehantering och förbättringsförslag, så att kvalitetsarbetet bedrivs på samma sätt i alla förvaltningar och verksamheter.",
        "P: Nedan redovisas poängen per delfråga för området.",
        "TABLE 5x4",
        "ROW: Delfråga | Maxpoäng | Poäng | Andel",
        "ROW: 5.1 Hur arbetar kommunen med servicedeklarationer? | 20 | 16 | 80%",
        "ROW: 5.2 Hur tas brukarnas synpunkter tillvara? | 20 | 13 | 65%",
        "ROW: 5.3 Hur stöds enheternas kvalitetsarbete? | 10 | 6 | 60%",
        "ROW: Totalt område 5 | 50 | 35 | 70%",
        "P: Området har förbättrats sedan den förra utvärderingen, främst genom den gemensamma synpunktshanteringen.",
    ];

    [Theory]
    [InlineData("two-columns.pdf")]
    [InlineData("three-columns.pdf")]
    public void Read_ColumnsFromBrowser_ColumnsInReadingOrderAndParagraphsWhole(string sample)
    {
        var read = ReadSample(sample);

        Assert.Equal(ColumnsSource, FlatEntries(read.Blocks));
        Assert.Empty(read.Notes);
    }

    [Fact]
    public void Read_TwoColumnsFromBrowser_ParagraphsAndItemsOnThePageTheyStart()
    {
        var blocks = ReadSample("two-columns.pdf").Blocks;

        Assert.Equal(1, PageOf(blocks, "Nämnderna får månatliga"));
        Assert.Equal(1, PageOf(blocks, "Kommunstyrelsens arbetsutskott har regelbundna"));
        Assert.Equal(2, PageOf(blocks, "Medborgardialogen inför budgeten."));
        Assert.Equal(2, PageOf(blocks, "Område 4 Effektivitet"));
    }

    [Fact]
    public void Read_LandscapePageFromBrowser_ReadAgainstItsOwnWidth()
    {
        var read = ReadSample("landscape.pdf");

        Assert.Equal(
        [
            "H: Område 4 Effektivitet",
            "P: Området handlar om hur kommunen arbetar för att verksamheterna ska bedrivas effektivt, med god kvalitet och till rimliga kostnader. Utvärderarna har granskat kommunens jämförelser med andra kommuner och hur resultaten används i verksamhetsplaneringen.",
            "P: Poängen per delfråga redovisas i tabellen på nästa sida.",
            "H: Poäng per delfråga, område 4",
            "TABLE 5x5",
            "ROW: Delfråga | Maxpoäng | Poäng | Andel | Kommentar",
            "ROW: 4.1 Hur arbetar kommunen med jämförelser av kostnader och resultat? | 20 | 14 | 70% | Jämförelser görs årligen men används sällan i budgetarbetet.",
            "ROW: 4.2 Hur följs verksamhetens kvalitet upp? | 20 | 11 | 55% | Brukarundersökningar inom äldreomsorgen och skolan.",
            "ROW: 4.3 Finns det en strategi för upphandling och avtalsuppföljning? | 10 | 8 | 80% | Ny upphandlingspolicy antagen av kommunfullmäktige.",
            "ROW: 4.4 Hur tas erfarenheter från synpunktshanteringen tillvara? | 10 | 4 | 40% | Synpunkterna sammanställs men analyseras inte.",
            "P: Kommunens jämförelser omfattar de flesta verksamheter och redovisas i en särskild bilaga till årsredovisningen, men de används sällan när budgeten fördelas mellan nämnderna.",
            "P: Synpunktshanteringen ger ett bra underlag för verksamhetsutvecklingen.",
            "P: Kommunstyrelsen har beslutat att resultaten ska redovisas för fullmäktige.",
            "H: Sammanfattning område 4",
            "P: Kommunen har en god grund för effektivitetsarbetet genom sina jämförelser, men kopplingen till budgetarbetet och verksamhetsutvecklingen behöver stärkas.",
        ],
            FlatEntries(read.Blocks));
        Assert.Equal(3, read.PageCount);
        Assert.Equal(2, Assert.Single(read.Blocks.OfType<Table>()).Page);
        Assert.Equal(2, PageOf(read.Blocks, "Synpunktshanteringen ger ett bra underlag"));
    }

    [Theory]
    [InlineData("findings-box.pdf")]
    [InlineData("framed-box.pdf")]
    public void Read_FindingsBoxOverPageBreak_OneBoxOneListAndBorderlessTableWithHeaderAndTotal(string sample)
    {
        var read = ReadSample(sample);

        Assert.Equal(FindingsBoxSource, FlatEntries(read.Blocks));
        var box = read.Blocks.OfType<Table>().First();
        var inside = Assert.Single(Assert.Single(box.Rows).Cells).Blocks;
        Assert.Equal(1, box.Page);
        Assert.Equal(
            [typeof(Heading), typeof(Heading), typeof(ListItem), typeof(ListItem), typeof(ListItem), typeof(ListItem), typeof(Heading), typeof(ListItem), typeof(ListItem), typeof(ListItem)],
            inside.Select(b => b.GetType()));
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1, 1, 2], inside.Select(b => b.Page ?? 0));
        Assert.DoesNotContain(read.Blocks, b => b is Heading h && h.Content.StartsWith("Totalt", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TablesAndPageTurnedSideways_ReadUprightAndTheLabelReported()
    {
        var read = ReadSample("rotated.pdf");

        Assert.Equal(
        [
            "H: Område 7 Kommunen som arbetsgivare",
            "P: Området handlar om hur kommunen rekryterar, utvecklar och behåller sina medarbetare. Tabellen nedan är vriden för att få plats på sidan.",
            "TABLE 4x3",
            "ROW: Delfråga | Max | Poäng",
            "ROW: 7.1 Hur rekryteras nya medarbetare? | 20 | 14",
            "ROW: 7.2 Hur arbetar kommunen med kompetensutveckling? | 20 | 16",
            "ROW: 7.3 Hur följs arbetsmiljön upp? | 10 | 7",
            "H: Jämförelse med andra kommuner",
            "TABLE 3x3",
            "ROW: Område | Kommunen | Genomsnitt",
            "ROW: 7 Kommunen som arbetsgivare | 37 | 41",
            "ROW: 8 Kommunen som samhällsbyggare | 52 | 48",
            "P: Kommunen ligger något under genomsnittet för arbetsgivarfrågorna men över genomsnittet för samhällsbyggandet.",
        ],
            FlatEntries(read.Blocks));
        var note = Assert.Single(read.Notes);
        Assert.Equal(ReadNoteCodes.TextUnread, note.Code);
        Assert.Equal(1, note.Page);
        Assert.StartsWith("6 characters of text set at an angle", note.Message, StringComparison.Ordinal);
        Assert.Equal([1, 1, 1, 2, 2, 2], read.Blocks.Select(b => b.Page ?? 0));
    }

    [Fact]
    public void Read_LibreOfficeColumnAndLandscapeSections_ColumnsInOrderAndListItemsWhole()
    {
        var read = ReadSample("word-sections.pdf");

        Assert.Equal(
        [
            "H: Område 6 Medborgardialog och demokrati",
            "P: Området handlar om hur kommunen informerar invånarna, hur den för en dialog med dem och hur synpunkter från medborgardialogen tas tillvara i de politiska besluten.",
            "H: 6.1 Hur informeras invånarna?",
            "P: Kommunens webbplats är den viktigaste informationskanalen och uppdateras dagligen av en central redaktion. Kommuntidningen delas ut till alla hushåll fyra gånger per år och innehåller information om kommunstyrelsens och nämndernas viktigaste beslut. Sammanträdeshandlingar och protokoll publiceras på webbplatsen senast en vecka före respektive efter sammanträdet.",
            "P: Invånarna kan följa kommunfullmäktiges sammanträden direkt via webben, och sändningarna finns kvar i efterhand. Kommunen har också börjat använda sociala medier för att nå yngre invånare, men det saknas riktlinjer för hur förvaltningarna ska använda kanalerna och hur frågor som ställs där ska besvaras.",
            "H: 6.2 Hur förs dialogen med invånarna?",
            "P: Medborgardialogen sker främst genom öppna möten inför större beslut, till exempel om skolstrukturen och den nya översiktsplanen. Synpunkterna från mötena sammanställs av förvaltningen och redovisas för den berörda nämnden tillsammans med beslutsunderlaget.",
            "P: Kommunen har ett medborgarförslag som möjlighet för invånarna att väcka egna frågor i fullmäktige. Antalet förslag har ökat under de senaste åren, och handläggningstiden har kortats sedan kommunstyrelsen beslutade om en ny rutin för beredningen av förslagen.",
            "H: Styrkor",
            "LI: Webbsända sammanträden i kommunfullmäktige.",
            "LI: Öppna möten inför större beslut, där synpunkterna redovisas för nämnden.",
            "H: Förbättringsområden",
            "LI: Riktlinjer för kommunens närvaro i sociala medier.",
            "LI: Återkoppling till invånarna om hur deras synpunkter har påverkat besluten.",
            "H: Poäng för område 6",
            "TABLE 3x5",
            "ROW: Delfråga | Max | Poäng | Andel | Kommentar",
            "ROW: 6.1 Hur informeras invånarna om kommunens verksamhet och beslut? | 20 | 17 | 85% | Webbsändningar och kommuntidning.",
            "ROW: 6.2 Hur förs dialogen med invånarna? | 20 | 12 | 60% | Öppna möten men svag återkoppling.",
            "P: Poängen för delfråga 6.2 är lägre än vid den förra utvärderingen, eftersom återkopplingen till invånarna inte har utvecklats i den takt som kommunen hade planerat.",
            "H: Sammanfattning område 6",
            "P: Kommunen informerar invånarna väl och har flera kanaler för dialog, men behöver bli bättre på att berätta vad dialogen har lett till.",
        ],
            FlatEntries(read.Blocks));
        NonEmpty.All(read.Blocks.OfType<ListItem>(), li => Assert.Equal(0, li.Level));
        Assert.Equal(2, Assert.Single(read.Blocks.OfType<Table>()).Page);
    }

    [Fact]
    public void Read_IndentedParagraphsPictureAndListInColumns_ReadInOrderAtOneListLevel()
    {
        var read = ReadSample("indents-figure-list.pdf");

        Assert.Equal(
        [
            "H: Område 8 Kommunen som samhällsbyggare",
            "P: Kommunen har en aktuell översiktsplan som antogs av kommunfullmäktige för tre år sedan. Planen följs upp årligen i en rapport till kommunstyrelsen och revideras varje mandatperiod. Arbetet med planen har skett i dialog med invånarna genom öppna möten och en webbenkät.",
            "P: Näringslivsarbetet bedrivs av en särskild enhet under kommunstyrelsen. Enheten träffar företagen regelbundet och kommunen deltar i regionala samarbeten kring etableringar och kompetensförsörjning. Företagarnas omdöme om kommunens service har förbättrats enligt de senaste mätningarna.",
            "H: 8.2 Hur samverkar kommunen med föreningslivet?",
            "P: Föreningslivet får stöd genom bidrag och lokaler. Bidragsreglerna har nyligen setts över och förenklats efter synpunkter från föreningarna, och en ny webbplats för lokalbokning har införts.",
            "P: Kommunen samverkar också med civilsamhället inom integrationsarbetet, där flera föreningar har avtal med kommunen om språkcaféer, läxhjälp och fritidsaktiviteter för nyanlända barn och ungdomar. Samverkan följs upp i en årlig dialog där föreningarna och förvaltningarna går igenom resultaten och planerar nästa års arbete tillsammans.",
            "P: Utvärderarna bedömer att samverkan fungerar väl men att den kan utvecklas genom tydligare överenskommelser om ansvar och uppföljning mellan kommunen och föreningarna.",
            "H: Styrkor",
            "LI: Aktuell översiktsplan.",
            "LI: Regelbunden dialog med företagen.",
            "LI: Förenklade bidragsregler.",
            "LI: Avtal med föreningar om integrationsinsatser.",
            "LI: Webbplats för lokalbokning.",
            "LI: Årlig dialog med civilsamhället.",
        ],
            FlatEntries(read.Blocks));
        NonEmpty.All(read.Blocks.OfType<ListItem>(), li => Assert.Equal(0, li.Level));
    }

    [Fact]
    public void Read_PageShownLandscapeThroughRotate_ReadUpright()
    {
        var first = "Kommunen har tagit fram en plan for kompetensforsorjning som beskriver hur behovet av medarbetare ska motas de kommande tio aren.";
        var second = "Planen foljs upp varje ar.";
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        page.SetRotation(new PageRotationDegrees(90));
        page.AddText("Omrade 7 Kommunen som arbetsgivare", 14, new PdfPoint(72, 760), bold);
        page.AddText("Kommunen har tagit fram en plan for kompetensforsorjning som beskriver hur", 11, new PdfPoint(72, 730), font);
        page.AddText("behovet av medarbetare ska motas de kommande tio aren.", 11, new PdfPoint(72, 716), font);
        page.AddText("Planen foljs upp varje ar.", 11, new PdfPoint(72, 702), font);

        var read = new PdfReader().Read(builder.Build(), "rotate.pdf");

        Assert.Equal(["H: Omrade 7 Kommunen som arbetsgivare", "P: " + first, "P: " + second], BlockTextDiff.Entries(read.Blocks));
        Assert.Empty(read.Notes);
    }

    private static ReadResult ReadSample(string name) => new PdfReader().Read(File.ReadAllBytes(SamplePath(name)), name);

    /// <summary>The entries of the blocks, a one-cell box counted as the blocks inside it.</summary>
    private static IReadOnlyList<string> FlatEntries(IReadOnlyList<Block> blocks) =>
        BlockTextDiff.Entries([.. blocks.SelectMany(b => b is Table { Rows.Count: 1 } t && t.Rows[0].Cells.Count == 1 ? t.Rows[0].Cells[0].Blocks : [b])]);

    private static int PageOf(IReadOnlyList<Block> blocks, string text) =>
        Assert.Single(Flatten(blocks), b => b is not Table && b.Text.StartsWith(text, StringComparison.Ordinal)).Page ?? 0;
}
