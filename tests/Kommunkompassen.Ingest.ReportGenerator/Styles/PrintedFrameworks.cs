using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// The framework versions generated reports are written in, with their sub-questions as the
/// reports print them in the score tables. 2002 and 2010 are the project's catalog
/// (<see cref="FrameworkCatalog.Default"/>). The sub-questions of the 2016 and 2020 revisions
/// were never published, so the ones here are invented for the generator (areas and maxima as
/// the revisions have them); <see cref="MadeUp"/> is a version nobody catalogued, with its own
/// area titles, uneven maxima and questions. <see cref="Catalog"/> holds all five for
/// <see cref="ContentDrawer"/>; a parser should know only the first four
/// (<see cref="CataloguedIds"/>).
/// </summary>
public static class PrintedFrameworks
{
    public const string Original = "2002";

    public const string Revision2010Id = "2010";

    public const string Revision2016Id = "2016";

    public const string Revision2020Id = "2020";

    /// <summary>The made-up version's id: "x-" for a version outside every catalog.</summary>
    public const string MadeUpId = "x-2031";

    /// <summary>
    /// The 2016 revision (reports 2016-2019): the 2010 areas (area 6 with a dash, area 7 renamed
    /// "Ständiga förbättringar", area 2 also printed "Brukarfokus, tillgänglighet och bemötande"),
    /// 100 points each. Against 2010, twelve sub-questions keep the id and maximum but ask
    /// something else (1.5, 2.3, 3.3, 3.4, 4.4, 5.3, 6.2, 6.6, 7.2, 7.4, 7.5, 8.3), others are
    /// word for word the same, and areas 1, 2, 4, 6 and 8 have another number of questions.
    /// </summary>
    public static Framework Revision2016 { get; } = new(
        Revision2016Id,
        "Kommunkompassen, revised framework of 2016 (sub-questions invented for the generator)",
        2016,
        2019,
        null,
        100,
        [
            Area(1, "Offentlighet och demokrati", [],
                ("Finns en plan/strategi för demokratiutveckling och information?", 15),
                ("Hur informeras medborgarna?", 20),
                ("Hur redovisar kommunen kvalitet och resultat för medborgarna?", 20),
                ("Hur främjas medborgardialog och deltagande?", 20),
                ("Hur arbetar kommunen med etik och förebyggande av korruption?", 10),
                ("Hur använder kommunen sociala medier och digitala kanaler för dialog?", 15)),
            Area(2, "Tillgänglighet och brukarorientering", ["Brukarfokus, tillgänglighet och bemötande"],
                ("Finns det en kommunövergripande strategi för brukarorientering?", 15),
                ("Hur arbetar kommunen med tillgänglighet och bemötande?", 25),
                ("Hur arbetar kommunen med e-tjänster och digital service till invånarna?", 15),
                ("Hur arbetar kommunen med brukarundersökningar och brukarnas synpunkter?", 20),
                ("Hur arbetar kommunen med servicegarantier och klagomålshantering?", 25)),
            Area(3, "Politisk styrning och kontroll", [],
                ("Genomsyras hela organisationen av ett helhetstänkande avseende styrning/uppföljning?", 15),
                ("Styrs kommunen av tydliga politiska mål?", 25),
                ("Hur följer de förtroendevalda upp verksamhetens resultat och kvalitet?", 25),
                ("Hur styr och följer kommunen upp sina bolag och verksamheter i annan regi?", 20),
                ("Hur främjas den ömsesidiga förståelsen av uppgifter, roller och spelregler mellan politiker och tjänstemän?", 15)),
            Area(4, "Ledarskap, ansvar och delegation", [],
                ("Finns kommunövergripande strategi för ledarskap, ansvar och delegation?", 15),
                ("Hur tydliggörs chefernas uppdrag och befogenheter?", 20),
                ("Hur beskrivs inriktning och ansvar för tvärsektoriellt samarbete?", 20),
                ("Hur följs chefernas resultat upp i medarbetarsamtal och lönesamtal?", 15),
                ("Hur bedrivs kommunens ledarutveckling och chefsrekrytering?", 30)),
            Area(5, "Resultat och effektivitet", [],
                ("Strategi för resultatstyrning och effektivitetsutveckling?", 15),
                ("Hur tydliggör kommunen sambandet mellan kostnader och resultat i budgetprocessen?", 20),
                ("Hur använder kommunen nyckeltal för att följa upp kostnader och kvalitet?", 20),
                ("Hur kommuniceras och förs strategiska diskussioner kring resurser och resultat?", 15),
                ("Hur aktivt används jämförelser som ett led i serviceutveckling och effektivisering?", 20),
                ("Hur sker extern samverkan för att stärka serviceutbudet och öka effektivitet?", 10)),
            Area(6, "Kommunen som arbetsgivare – personalpolitik", ["Kommunen som arbetsgivare - personalpolitik"],
                ("Finns en kommunövergripande personalstrategi?", 15),
                ("Hur arbetar kommunen med kompetensförsörjning och rekrytering?", 20),
                ("Hur stor vikt läggs vid kompetens- och medarbetarutveckling?", 15),
                ("Hur sker individuell lönesättning och belöning av goda prestationer?", 15),
                ("Hur bedrivs kommunens arbetsmiljöarbete?", 15),
                ("Hur arbetar kommunen med mångfald och jämställdhet?", 10),
                ("Hur arbetar kommunen med heltid som norm och minskad sjukfrånvaro?", 10)),
            Area(7, "Ständiga förbättringar", [],
                ("Hur beskrivs övergripande strategiskt kvalitetsarbete och serviceutveckling?", 15),
                ("Vilka metoder och verktyg finns för systematiskt förbättringsarbete?", 30),
                ("Hur sker lärande och utveckling genom omvärldspaning och samverkan?", 15),
                ("Hur tas medarbetarnas idéer och förslag till vara?", 20),
                ("Hur arbetar kommunen med digitalisering för att utveckla verksamheten?", 20)),
            Area(8, "Kommunen som samhällsbyggare", [],
                ("Har kommunen övergripande planer/strategier för samhällsbyggande?", 15),
                ("Hur samverkar kommunen med aktörer inom civilsamhället kring utveckling av lokalsamhället?", 15),
                ("Hur arbetar kommunen med integration och etablering av nyanlända?", 20),
                ("Vilken är kommunens roll i utveckling av näringslivet?", 20),
                ("Hur arbetar kommunen med hållbar utveckling – miljö, ekonomi och social hållbarhet?", 30)),
        ]);

    /// <summary>The 2020 revision published by SKR (reports from 2020): eight new areas of 100 points each, invented sub-questions.</summary>
    public static Framework Revision2020 { get; } = new(
        Revision2020Id,
        "Kommunkompassen, revised framework of 2020 (sub-questions invented for the generator)",
        2020,
        2025,
        null,
        100,
        [
            Area(1, "Samspel mellan förtroendevalda och medborgare", [],
                ("Hur informerar kommunen medborgarna om verksamhet, beslut och resultat?", 20),
                ("Hur arbetar kommunen med medborgardialog inför viktiga beslut?", 25),
                ("Vilket stöd får de förtroendevalda i sitt uppdrag?", 20),
                ("Hur tas förslag och synpunkter från medborgarna om hand?", 15),
                ("Hur arbetar kommunen med etik, öppenhet och förebyggande av korruption?", 20)),
            Area(2, "Samhällsutveckling", [],
                ("Finns en samlad strategi för hållbar samhällsutveckling?", 20),
                ("Hur samverkar kommunen med näringslivet för att skapa tillväxt och arbetstillfällen?", 20),
                ("Hur arbetar kommunen med bostadsförsörjning och fysisk planering?", 15),
                ("Hur arbetar kommunen med klimat- och miljöfrågor?", 15),
                ("Hur arbetar kommunen med social hållbarhet och trygghet?", 15),
                ("Hur samverkar kommunen med civilsamhället och med andra kommuner i regionen?", 15)),
            Area(3, "Styrning och kontroll", [],
                ("Hur är kommunens styrmodell utformad och hur används den?", 20),
                ("Hur tydliga och uppföljningsbara är de politiska målen?", 20),
                ("Hur sker uppföljning och rapportering till de förtroendevalda?", 20),
                ("Hur styrs och följs de kommunala bolagen upp (koncernstyrning)?", 20),
                ("Hur arbetar kommunen med intern kontroll och riskhantering?", 20)),
            Area(4, "Effektivitet", [],
                ("Hur kopplar kommunen resurser till resultat?", 25),
                ("Hur används jämförelser med andra kommuner för att förbättra effektiviteten?", 20),
                ("Hur används digitalisering för att effektivisera verksamheten?", 20),
                ("Hur arbetar kommunen med långsiktig ekonomisk planering?", 20),
                ("Hur samverkar kommunen med andra för att få ut mer av resurserna?", 15)),
            Area(5, "Brukarens fokus", [],
                ("Hur tar kommunen reda på brukarnas behov och förväntningar?", 20),
                ("Hur arbetar kommunen med tillgänglighet och bemötande?", 20),
                ("Hur kan brukarna påverka utformningen av tjänsterna?", 20),
                ("Hur arbetar kommunen med digitala tjänster för invånare och företag?", 20),
                ("Hur informerar kommunen om vad brukarna kan förvänta sig av servicen?", 20)),
            Area(6, "Kvalitetsutveckling", [],
                ("Finns ett systematiskt kvalitetsarbete i hela organisationen?", 25),
                ("Hur används resultat och uppföljning för att utveckla verksamheten?", 20),
                ("Hur tas medarbetarnas och brukarnas idéer till vara i utvecklingsarbetet?", 20),
                ("Hur arbetar kommunen med innovation och omvärldsbevakning?", 20),
                ("Hur sprids goda exempel mellan verksamheterna?", 15)),
            Area(7, "Arbetsliv", [],
                ("Finns en strategi för kompetensförsörjning?", 20),
                ("Hur arbetar kommunen med att vara en attraktiv arbetsgivare?", 20),
                ("Hur arbetar kommunen med arbetsmiljö och hälsa?", 15),
                ("Hur arbetar kommunen med lönebildning?", 15),
                ("Hur främjas mångfald och jämställdhet i organisationen?", 15),
                ("Hur arbetar kommunen med kompetensutveckling för medarbetarna?", 15)),
            Area(8, "Chefs- och ledarskap samt medarbetarskap", [],
                ("Hur är chefernas uppdrag och förutsättningar formulerade?", 25),
                ("Hur bedrivs chefs- och ledarutveckling?", 25),
                ("Hur främjas ett aktivt medarbetarskap?", 25),
                ("Hur följs ledarskap och medarbetarskap upp?", 25)),
        ]);

    /// <summary>
    /// A version nobody catalogued (reports 2031-2034): eight areas with titles of their own,
    /// six of 125 points and two of 50 (850 in all), three to five questions each with maxima
    /// no known version uses together. Only the layout is like the known versions'.
    /// </summary>
    public static Framework MadeUp { get; } = new(
        MadeUpId,
        "Kommunkompassen, a made-up version of 2031 that no catalog holds",
        2031,
        2034,
        null,
        125,
        [
            Area(1, "Invånardialog", [],
                ("Hur bjuder kommunen in invånarna att vara med och prioritera?", 40),
                ("Hur återkopplar kommunen till dem som har deltagit i en dialog?", 35),
                ("Hur når kommunen de grupper som sällan deltar?", 50)),
            Area(2, "Digital service", [],
                ("Vilka ärenden kan invånarna sköta digitalt från början till slut?", 30),
                ("Hur säkerställs att de digitala tjänsterna är lätta att använda?", 25),
                ("Hur skyddas invånarnas uppgifter i de digitala tjänsterna?", 25),
                ("Hur får den som inte använder digitala tjänster samma service?", 20),
                ("Hur används automatisering i handläggningen?", 25)),
            Area(3, "Klimatomställning", [],
                ("Har kommunen en koldioxidbudget med årliga delmål?", 35),
                ("Hur minskar kommunen utsläppen från den egna verksamheten?", 30),
                ("Hur anpassas bebyggelse och infrastruktur till ett förändrat klimat?", 30),
                ("Hur engageras företag och föreningar i omställningen?", 30)),
            Area(4, "Ekonomisk hushållning", [],
                ("Hur långt fram planerar kommunen sina investeringar?", 40),
                ("Hur prövas nya verksamheter mot sina kostnader över tid?", 30),
                ("Hur följs avvikelser från budget upp under året?", 30),
                ("Hur redovisas kostnaden per prestation för invånarna?", 25)),
            Area(5, "Ledning och organisation", [],
                ("Hur fördelas ansvaret mellan kommunledningen och förvaltningarna?", 35),
                ("Hur många medarbetare har en chef som mest?", 25),
                ("Hur förbereds nästa generation chefer?", 35),
                ("Hur samordnas arbetet i frågor som berör flera förvaltningar?", 30)),
            Area(6, "Kompetens och bemanning", [],
                ("Hur beräknar kommunen sitt framtida behov av personal?", 35),
                ("Hur behåller kommunen erfarna medarbetare?", 30),
                ("Hur används nya yrkesroller för att klara bemanningen?", 30),
                ("Hur följs arbetsbelastningen upp på arbetsplatserna?", 30)),
            Area(7, "Lärande organisation", [],
                ("Hur tas lärdomar från avslutade projekt till vara?", 20),
                ("Hur delar arbetsplatserna med sig av sina förbättringar?", 15),
                ("Hur används forskning i utvecklingsarbetet?", 15)),
            Area(8, "Lokal samverkan", [],
                ("Hur samarbetar kommunen med föreningar i kommundelarna?", 20),
                ("Hur stöder kommunen lokala utvecklingsgrupper?", 15),
                ("Hur delar kommunen lokaler med civilsamhället?", 15)),
        ]);

    /// <summary>Every version a generated report can be written in, the original first.</summary>
    public static FrameworkCatalog Catalog { get; } = new(
    [
        FrameworkCatalog.Default.Find(Original) ?? throw new InvalidOperationException($"the project's catalog has no {Original}"),
        FrameworkCatalog.Default.Find(Revision2010Id) ?? throw new InvalidOperationException($"the project's catalog has no {Revision2010Id}"),
        Revision2016,
        Revision2020,
        MadeUp,
    ]);

    /// <summary>The ids of <see cref="Catalog"/> in the order of use: 2002, 2010, 2016, 2020, x-2031.</summary>
    public static IReadOnlyList<string> Ids { get; } = Catalog.Frameworks.Select(f => f.Id).ToList();

    /// <summary>The versions a parser is expected to name: every one but the made-up version.</summary>
    public static IReadOnlyList<string> CataloguedIds { get; } = Ids.Where(id => id != MadeUpId).ToList();

    /// <summary>Whether a parser should name the version of a report in <paramref name="frameworkId"/> (false for the made-up version and any id not printed here).</summary>
    public static bool IsCatalogued(string frameworkId) => CataloguedIds.Contains(frameworkId, StringComparer.Ordinal);

    /// <summary>
    /// What a report of the version says besides its score tables: the theme of each area's
    /// narrative, the sentences naming the version, whether it prints reference means, how often
    /// an area's alias is its printed title. Versions other than 2016, 2020 and the made-up one
    /// (also any id outside this class) print what 2002 and 2010 reports always have.
    /// </summary>
    internal static FrameworkEdition Edition(string frameworkId) => frameworkId switch
    {
        Revision2016Id => FrameworkEdition.Revision2016,
        Revision2020Id => FrameworkEdition.Revision2020,
        MadeUpId => FrameworkEdition.MadeUp,
        _ => FrameworkEdition.Classic,
    };

    /// <summary>An area whose questions are numbered "n.1", "n.2", ... in the order given.</summary>
    private static FrameworkArea Area(int number, string title, string[] aliases, params (string Text, double Max)[] questions) =>
        new(number, title, aliases, questions.Select((q, i) => new FrameworkQuestion($"{number}.{i + 1}", q.Text, q.Max)).ToList());
}

/// <summary>
/// What a version's reports print besides the framework itself (see <see cref="PrintedFrameworks.Edition"/>):
/// the text theme of each area in area order, the sentences of the introduction and the lines
/// of a title page that say which version the report uses (empty: none), whether areas and the
/// total are printed beside the mean of recently evaluated municipalities, and the chance that
/// a report prints an area under its alias.
/// </summary>
internal sealed record FrameworkEdition(
    IReadOnlyList<AreaTheme> Themes,
    IReadOnlyList<string> IntroductionStatements,
    IReadOnlyList<string> FrontStatements,
    bool ReferenceMeans,
    double AliasChance)
{
    /// <summary>2002 and 2010: area n has theme n, no statement of the version, no reference means, catalog titles only.</summary>
    public static FrameworkEdition Classic { get; } = new(
        [AreaTheme.Democracy, AreaTheme.UserFocus, AreaTheme.PoliticalSteering, AreaTheme.Leadership, AreaTheme.Efficiency, AreaTheme.Employer, AreaTheme.Improvement, AreaTheme.CommunityBuilding],
        [],
        [],
        ReferenceMeans: false,
        AliasChance: 0);

    public static FrameworkEdition Revision2016 { get; } = Classic with
    {
        IntroductionStatements =
        [
            "Kommunkompassen togs fram av Sveriges Kommuner och Landsting (SKL) och reviderades åren 2010 och 2016.",
            "Analysmodellen ägs av Sveriges Kommuner och Landsting (SKL). Kommunkompassen reviderades åren 2010 och 2016, och utvärderingen har gjorts med den senaste versionen.",
            "Kommunkompassen har utvecklats av SKL i samarbete med kommuner och reviderades åren 2010 och 2016.",
        ],
        FrontStatements = ["Reviderad version 2016", "Kommunkompassen, reviderad 2016 (SKL)"],
        AliasChance = 0.4,
    };

    public static FrameworkEdition Revision2020 { get; } = new(
        [AreaTheme.Democracy, AreaTheme.SocietalDevelopment, AreaTheme.PoliticalSteering, AreaTheme.Efficiency, AreaTheme.UserFocus, AreaTheme.Improvement, AreaTheme.Employer, AreaTheme.Leadership],
        [
            "Kommunkompassen ges ut av Sveriges Kommuner och Regioner (SKR) och reviderades 2020.",
            "Utvärderingen har gjorts med den reviderade versionen från 2020 av Kommunkompassen, som ges ut av Sveriges Kommuner och Regioner (SKR).",
            "Sveriges Kommuner och Regioner (SKR) reviderade Kommunkompassen 2020, då områdena och delfrågorna sågs över.",
        ],
        ["Reviderad version 2020", "Kommunkompassen, reviderad 2020 (SKR)"],
        ReferenceMeans: true,
        AliasChance: 0);

    public static FrameworkEdition MadeUp { get; } = new(
        [AreaTheme.Democracy, AreaTheme.Digitalisation, AreaTheme.SocietalDevelopment, AreaTheme.Efficiency, AreaTheme.Leadership, AreaTheme.Employer, AreaTheme.Improvement, AreaTheme.CommunityBuilding],
        [
            "Utvärderingen har gjorts med 2031 års version av Kommunkompassen, där områdena har fått nya namn och olika vikt.",
            "Den här utvärderingen bygger på en ny version av Kommunkompassen som används från 2031.",
        ],
        ["Kommunkompassen, version 2031"],
        ReferenceMeans: false,
        AliasChance: 0);

    /// <summary>The text theme of an area (by its number, 1-8).</summary>
    public AreaTheme Theme(int area) => Themes[area - 1];
}
