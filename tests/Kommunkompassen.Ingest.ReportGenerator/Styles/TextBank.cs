using System.Globalization;
using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// Swedish text for generated reports, written for this generator: sentence frames that take an
/// area's subjects, the introduction and summary paragraphs, sentences naming another
/// municipality as a good example, evaluators' names and the organisations they come from.
/// Placeholders: "{a}" a subject's indefinite form, "{d}" its definite form, "{K}" the
/// municipality's name, "{Ks}" its genitive, "{M}" another municipality, "{n}" a number.
/// </summary>
internal static partial class TextBank
{
    /// <summary>Sentence frames of evaluator prose that take any subject of an area.</summary>
    public static IReadOnlyList<string> Frames { get; } =
    [
        "Kommunen har tagit fram {a} som gäller för samtliga förvaltningar.",
        "Det finns {a}, men tillämpningen varierar mellan förvaltningarna.",
        "{d} följs upp årligen och redovisas för kommunstyrelsen.",
        "Vid intervjuerna framkom att cheferna känner väl till {d}.",
        "Arbetet med {d} samordnas av kommunledningskontoret.",
        "Under det senaste året har kommunen lagt ned ett omfattande arbete på {d}.",
        "Flera av de intervjuade lyfte fram {d} som ett gott exempel på kommunens utvecklingsarbete.",
        "I dagsläget saknas {a} som omfattar hela organisationen.",
        "{d} har tagits fram i bred dialog med berörda förvaltningar.",
        "Inom vissa verksamheter finns {a}, men det saknas en samlad bild för kommunen som helhet.",
        "Utvärderarna bedömer att {d} ger en god grund för det fortsatta arbetet.",
        "Ansvaret för {d} ligger hos respektive nämnd.",
        "Resultaten av {d} används i liten utsträckning i verksamhetsplaneringen.",
        "Kommunen planerar att under nästa år se över {d}.",
        "{d} revideras vartannat år och beslutas av kommunfullmäktige.",
        "Enligt de intervjuade har {d} bidragit till ett tydligare fokus på invånarnas behov.",
        "Det är oklart hur {d} används i det dagliga arbetet.",
        "Politikerna får regelbundet information om {d}.",
        "Någon systematisk uppföljning av {d} görs inte.",
        "I {Ks} arbete med {d} ingår även samverkan med andra kommuner i länet.",
        "Kommunen har nyligen infört {a}, och det är för tidigt att bedöma effekterna.",
        "Inför {d} genomfördes en kartläggning av hur andra kommuner arbetar.",
    ];

    /// <summary>Sentences of any area, for variety between the area's own sentences.</summary>
    public static IReadOnlyList<string> GeneralSentences { get; } =
    [
        "Bilden från intervjuerna är samstämmig på denna punkt.",
        "Här skiljer sig arbetssätten åt mellan förvaltningarna.",
        "De intervjuade politikerna och tjänstemännen gav en likartad beskrivning.",
        "Arbetet är ännu i ett inledande skede.",
        "Dokumentationen är omfattande, men det är svårare att se hur den används i praktiken.",
        "Det finns goda förutsättningar att bygga vidare på det arbete som redan gjorts.",
        "Utvärderarna har inte kunnat se att arbetet följs upp på ett systematiskt sätt.",
        "Området har fått ökad uppmärksamhet sedan den förra mandatperioden.",
    ];

    /// <summary>Sentences naming another municipality ({M}) as a good example on a subject ({d}).</summary>
    public static IReadOnlyList<string> ExampleFrames { get; } =
    [
        "Inspiration kan hämtas från {M}, som har kommit långt i arbetet med {d}.",
        "Ett gott exempel på hur {d} kan utformas finns i {M}.",
        "Se till exempel hur {M} har utvecklat {d}.",
        "Kommunen kan med fördel studera hur {M} arbetar med {d}.",
    ];

    /// <summary>What a report says about the framework, one paragraph of each list chosen per report.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Introduction { get; } =
    [
        [
            "Kommunkompassen är ett analysverktyg för att beskriva hur en kommun styrs, leds och utvecklas. Analysen utgår från åtta områden som tillsammans ger en bild av kommunen som organisation, från information till invånarna till kommunens roll som samhällsbyggare.",
            "Kommunkompassen används för att granska hur en kommun arbetar, inte vad den åstadkommer i de enskilda verksamheterna. Utgångspunkten är åtta områden som vart och ett belyser en sida av kommunens styrning och ledning.",
        ],
        [
            "Underlaget består av kommunens styrdokument, uppgifter från webbplatsen och intervjuer med förtroendevalda, chefer, medarbetare och fackliga företrädare. Varje område består av ett antal delfrågor som poängsätts, och ett område kan ge högst 100 poäng.",
            "Utvärderarna har läst planer, rapporter och protokoll, granskat webbplatsen och intervjuat ett trettiotal personer. Bedömningen görs för varje delfråga, och poängen summeras till högst 100 per område och 800 för hela kommunen.",
        ],
        [
            "Poängen är inget betyg på kvaliteten i verksamheterna. De visar i vilken utsträckning kommunen har arbetssätt och system som stöder en god styrning och ledning, och hur väl dessa används i organisationen.",
            "Rapporten lyfter fram det som utvärderarna bedömer som kommunens starka sidor och de områden där det finns möjligheter till förbättring. Poängen gör det möjligt att jämföra med andra kommuner som har utvärderats på samma sätt.",
        ],
    ];

    /// <summary>
    /// The introduction's choices for a version: <see cref="Introduction"/> where the eight areas
    /// give 100 points each, else with the paragraph on points saying the version's own maxima.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> IntroductionOf(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (framework.Areas.All(a => a.Max == 100))
        {
            return Introduction;
        }

        static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
        var (least, most) = (framework.Areas.Min(a => a.Max), framework.Areas.Max(a => a.Max));
        return
        [
            Introduction[0],
            [
                $"Underlaget består av kommunens styrdokument, uppgifter från webbplatsen och intervjuer med förtroendevalda, chefer, medarbetare och fackliga företrädare. Varje område består av ett antal delfrågor som poängsätts. Områdena väger olika och ger mellan {N(least)} och {N(most)} poäng.",
                $"Utvärderarna har läst planer, rapporter och protokoll, granskat webbplatsen och intervjuat ett trettiotal personer. Bedömningen görs för varje delfråga, och poängen summeras per område och till högst {N(framework.TotalMax)} för hela kommunen.",
            ],
            Introduction[2],
        ];
    }

    /// <summary>Paragraphs of the summary section about the municipality and the evaluation.</summary>
    public static IReadOnlyList<string> AboutMunicipality { get; } =
    [
        "{K} har drygt {n} invånare och ligger i {län}. Kommunen är den största arbetsgivaren på orten.",
        "I {K} bor omkring {n} personer. Befolkningen har ökat något under de senaste tio åren.",
        "{K} är en kommun med cirka {n} invånare i {län}, med en blandning av tätorter och landsbygd.",
    ];

    public static IReadOnlyList<string> AboutResults { get; } =
    [
        "Sammantaget visar utvärderingen en kommun med flera starka sidor men också tydliga möjligheter till förbättring. Tabellerna nedan visar poängen per område och en jämförelse med några andra kommuner.",
        "Resultaten per område redovisas i tabellen nedan. Därefter följer en jämförelse med andra kommuner som har utvärderats med Kommunkompassen.",
    ];

    /// <summary>First names of evaluators.</summary>
    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Anna", "Eva", "Maria", "Karin", "Lena", "Kerstin", "Ingrid", "Birgitta", "Helena", "Annika",
        "Gunilla", "Susanne", "Cecilia", "Åsa", "Anna-Karin", "Marie-Louise", "Lars", "Anders", "Per", "Johan",
        "Mikael", "Jan", "Hans", "Peter", "Bengt", "Göran", "Björn", "Stefan", "Ulf", "Lennart",
        "Sven-Erik", "Örjan", "Håkan", "Mats", "Ingvar", "Tomas",
    ];

    /// <summary>Family names of evaluators, some of two words.</summary>
    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
        "Lindberg", "Lindqvist", "Lundgren", "Bergström", "Holmberg", "Sjöberg", "Åberg", "Ekström", "Hedlund", "Forsberg",
        "Wallin", "Engström", "Sandberg", "Öberg", "Nyström", "Hellström", "Sundqvist", "Falk", "Björk", "Lindahl Ek",
        "Berg Ahlström", "Ståhl",
    ];

    /// <summary>What an evaluator from the association may be called.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["senior konsult", "utredare", "handläggare", "projektledare"];

    /// <summary>Swedish month names, January first.</summary>
    public static IReadOnlyList<string> Months { get; } =
    [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december",
    ];

    /// <summary>
    /// The association that ran Kommunkompassen in a year, full name and short form: Svenska
    /// Kommunförbundet until 2004, Sveriges Kommuner och Landsting 2005-2018, then Sveriges
    /// Kommuner och Regioner.
    /// </summary>
    public static Organisation Association(int year) => year switch
    {
        <= 2004 => new Organisation("Svenska Kommunförbundet", "Kommunförbundet"),
        <= 2018 => new Organisation("Sveriges Kommuner och Landsting", "SKL"),
        _ => new Organisation("Sveriges Kommuner och Regioner", "SKR"),
    };

    /// <summary>Municipalities whose name as a body is not "genitive + kommun": the cities that call themselves "stad", and Falun.</summary>
    private static readonly Dictionary<string, string> OfficialNames = new(StringComparer.Ordinal)
    {
        ["Stockholm"] = "Stockholms stad",
        ["Göteborg"] = "Göteborgs stad",
        ["Malmö"] = "Malmö stad",
        ["Västerås"] = "Västerås stad",
        ["Borås"] = "Borås stad",
        ["Helsingborg"] = "Helsingborgs stad",
        ["Trollhättan"] = "Trollhättans stad",
        ["Mölndal"] = "Mölndals stad",
        ["Solna"] = "Solna stad",
        ["Sundbyberg"] = "Sundbybergs stad",
        ["Lidingö"] = "Lidingö stad",
        ["Vaxholm"] = "Vaxholms stad",
        ["Landskrona"] = "Landskrona stad",
        ["Haparanda"] = "Haparanda stad",
        ["Falun"] = "Falu kommun",
    };

    /// <summary>
    /// A municipality's name as a body, as title pages and evaluators' organisations print it:
    /// "Ödeshögs kommun", "Nacka kommun" (no genitive after a vowel), "Borås stad", "Falu kommun".
    /// </summary>
    public static string OfficialName(string shortName)
    {
        if (OfficialNames.TryGetValue(shortName, out var name))
        {
            return name;
        }

        var last = char.ToLowerInvariant(shortName[^1]);
        return ("aeiouyåäö".Contains(last, StringComparison.Ordinal) ? shortName : TextRewriter.Genitive(shortName)) + " kommun";
    }

    /// <summary>The association's address block as a report's title page prints it (no person named).</summary>
    public static IReadOnlyList<string> AddressBlock(int year)
    {
        var org = Association(year);
        var web = org.ShortName == "Kommunförbundet" ? "www.svekom.se" : $"www.{org.ShortName.ToLowerInvariant()}.se";
        var mail = org.ShortName == "Kommunförbundet" ? "info@svekom.se" : $"info@{org.ShortName.ToLowerInvariant()}.se";
        return
        [
            org.FullName,
            "118 82 STOCKHOLM Besök: Hornsgatan 20 Tfn 08-452 70 00",
            $"{web} E-post: {mail}",
        ];
    }
}

/// <summary>An evaluator's organisation: the full name and the short form reports also use ("SKL").</summary>
public sealed record Organisation(string FullName, string ShortName);
