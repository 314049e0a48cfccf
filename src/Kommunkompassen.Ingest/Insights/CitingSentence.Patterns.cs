using System.Text.RegularExpressions;

namespace Kommunkompassen.Ingest.Insights;

/// <summary>
/// The patterns <see cref="CitingSentence"/> reads sentences with, kept apart from its logic: each
/// names one way a report holds a municipality up, refers back, or names one without holding it up
/// (a partner, a venue, a figure, a failure, a lack, a doubt). Swedish only; each is compiled at build
/// time (<see cref="GeneratedRegexAttribute"/>) and runs over one sentence or one passage.
/// </summary>
public static partial class CitingSentence
{
    /// <summary>A label that holds up what follows: "Föredöme –", "Att lära av –", "Gott exempel:", "Tips:".</summary>
    [GeneratedRegex(@"^\s*(?:Föredöme|Förebild|Att\s+lära\s+av|Gott\s+exempel|Goda\s+exempel|Bra\s+exempel|Tips|Inspiration)\s*[–—:]", RegexOptions.CultureInvariant)]
    private static partial Regex PraiseLabel();

    /// <summary>A passage's heading run into its first line: one to five words before a dash or colon.</summary>
    [GeneratedRegex(@"^\s*(?<heading>\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,4})\s*(?:[–—]|-(?=\s)|:)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@";|,\s+(?=och\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatementBreak();

    [GeneratedRegex(@"\p{L}[\p{L}-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    /// <summary>A label of one to four words run into a line before a dash or colon ("Att lära av – ", "Tips: ").</summary>
    [GeneratedRegex(@"^\s*\p{L}+(?:\s+\p{L}+){0,3}\s*(?:[–—]|-(?=\s)|:)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    /// <summary>A colon and an opening quote: what follows is a statement of its own.</summary>
    [GeneratedRegex(@":\s*[""”»]", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteOpens();

    /// <summary>A statement that is one more item of a list: "och Kinda, där …", "samt Vara, som …".</summary>
    [GeneratedRegex(@"^\s*(?:och|samt)\s+\p{Lu}[\p{L}-]*\s*,\s*(?:där|som|vars|vilken|vilket|med)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemOpens();

    /// <summary>Doing as another municipality did: "likadant som Kinda", "på samma sätt som Vara", "efter Älmhults modell", "tog efter Boxholm".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:(?:likadant|likadana|(?:på\s+)?(?:samma|liknande)\s+sätt)\s+som\s+(?:i\s+|hos\s+)?(?<name>\p{Lu}[\p{L}-]*)|efter\s+(?<name>\p{Lu}[\p{L}-]*)\s+(?:modell|mönster|förebild|upplägg|arbetssätt|exempel)|(?:tagit|tog|tar|tagits|togs)\s+efter\s+(?<name>\p{Lu}[\p{L}-]*))", RegexOptions.CultureInvariant)]
    private static partial Regex Follows();

    /// <summary>A short sentence whose municipality only points, the practice told after it: "Uddevalla har gjort just det.", "Värnamo gör det.", "I Vara gör man så."</summary>
    [GeneratedRegex(@"^\s*(?:I\s+)?\p{Lu}[\p{L}-]*\s+(?:\p{Ll}+\s+){1,4}?(?:det|detta|så)\s*[.!:]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PointsAhead();

    [GeneratedRegex(@"^\s*[""”»]?\s*Där(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ThereOpens();

    /// <summary>A sentence that names its own topic first ("När det gäller rekryteringen har Laholm …"): it answers no lack before it.</summary>
    [GeneratedRegex(@"^\s*(?:När\s+det\s+gäller|Vad\s+gäller|Vad\s+beträffar|Beträffande|I\s+fråga\s+om|Ifråga\s+om)\s", RegexOptions.CultureInvariant)]
    private static partial Regex OwnTopicOpens();

    [GeneratedRegex(@"^\s*Däremot(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ContrastOpens();

    /// <summary>Praise at second hand: "Det har uppgivits att X skulle ha en plan som kan tjäna som förebild", "X sägs ha …".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:har\s+(?:uppgivits|nämnts|påståtts|sagts)\s+att|uppges|sägs|påstås)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Hearsay();

    /// <summary>
    /// A sentence that opens by taking back or qualifying what the one before told: "Men …", "Det är
    /// …", "Den har …"; not "Det kan nämnas att …", whose "det" stands for nothing said before.
    /// </summary>
    [GeneratedRegex(@"^\s*[""”»]?\s*(?:Men|Dock|Det|Den|De|Detta|Dessa)(?!\p{L})(?!\s+(?:kan|bör|skall|ska|må|måste)\s+(?:\p{Ll}+\s+)?(?:nämnas|noteras|framhållas|påpekas|tilläggas|sägas|konstateras|anföras|erinras)(?!\p{L}))", RegexOptions.CultureInvariant)]
    private static partial Regex HedgeOpens();

    /// <summary>A sentence that goes on about the place the one before it named, by a pronoun: "De har sedan 2011 bjudit in …", "Kommunen i fråga har …".</summary>
    [GeneratedRegex(@"^\s*(?:De\s+har|Kommunen\s+i\s+fråga)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex TheyOpen();

    /// <summary>Where a statement tells the background of something else or denies it: "när det gamla järnverket lades ner", "utan att någon av dem har upphävts" (the clause up to its comma).</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:när|efter\s+att|utan\s+att)\s[^,;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhenClause();

    /// <summary>"också", "även": what the sentence tells is told of something before it too.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:också|även)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Also();

    /// <summary>A sentence that tells what happened after what the one before told: "därefter", "sedan dess", "året därpå".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:därefter|sedan\s+dess|året\s+därpå)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Afterwards();

    /// <summary>A sentence that opens with someone objecting to what the one before it told: "U2 invänder att …", "Kommunsekreteraren påpekar dock att …".</summary>
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{L}\d-]*\s+){1,2}(?:invänder|invände|påpekar|påpekade|svarar|svarade|genmäler|genmälde)\s+(?:\p{Ll}+\s+)?att(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Objects();

    /// <summary>A statement that goes on about what the one before it told: "och det är för tidigt att säga …", "men den upphävdes …", "och hade de inte lagt ner det …".</summary>
    [GeneratedRegex(@"^\s*(?:(?:och|men|så)\s+)?(?:(?:hade|har|om)\s+)?(?:det|den|de|detta|dessa)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GoesOn();

    [GeneratedRegex(@"(?<!\p{L})(?:inte|ej|ingen|inget|inga|saknas|saknar|saknades|brister|bristande|bristfällig\p{L}*|ändå|otillräcklig\p{L}*|(?:mycket|starkt|alltför|för)\s+begränsa(?:d|t|de)|svårt|svåra|varken|svag|svagt|svaga|svagare|svagheter|(?:ligger|låg|släpar|släpade)\s+(?:\p{Ll}+\s+){0,2}?efter(?!\s+(?-i:\p{Lu})))(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Lack();

    [GeneratedRegex(@"(?<!\p{L})(?:(?:pågick|pågår|pågått)\s+(?:[\p{L}\d]+\s+){0,8}?(?:en\s+)?utredning|(?:så|alltför|för)\s+allmänt\s+hållna?\s+(?:att|för)|halvtom(?:t|ma)?|(?:används|användes|tillämpas|tillämpades)\s+(?:den\s+|det\s+|de\s+)?(?:bara|endast|enbart)\s+(?:på|av|i|inom)\s+(?:ett|en|två|några|enstaka)(?!\p{L})|(?:inte|aldrig)\s+gick\s+att|gick\s+inte\s+att|avbröts|avbrutits|avbrutet|avbrutna|avbröt|avbrutit|(?:fick|måste)\s+(?:\S+\s+){0,2}?avbryta|avskaffade|avskaffades|avskaffat|avskaffats|avvecklade|avvecklades|avvecklats|(?:ska|skall|kommer\s+att)\s+avvecklas|(?:lades|lagts|läggs|lade|lagt|lägga)(?:\s*,[^,.;]{1,40},)?\s+(?:ner|ned)(?:\s+\p{L}+){0,3}|(?:sköt|skjutit|skjuter|skjutits|skjuts)\s+upp|avstannade|avstannat|återgick|återgått|gick\s+tillbaka|(?:inte|aldrig)\s+(?:har\s+)?blivit\s+av|blev\s+aldrig\s+av|blev\s+inte\s+av|misslyckades|misslyckats|misslyckande\p{L}*|stängde|stängdes|stängts|(?:inte|aldrig)\s+(?:heller\s+)?(?:har\s+)?kommit\s+(?:igång|i\s+gång|längre)|slutade\s+(?:efter|när|med\s+(?:det|dem|den))|men\s+(?:\p{L}+\s+){0,2}?slutade|men\s+(?:\p{L}+\s+){0,2}?(?:tog|har\s+tagit|hade\s+tagit)\s+bort|upphörde|(?:hjälper|hjälpte|hjälpt)\s+inte|(?:ställdes|ställts|ställde)\s+(?:\p{L}+\s+){0,2}?in(?!\p{L})|(?:håller|gäller)\s+inte\s+längre|(?:tagit|tog|togs|tagits|dragit|drog|drogs|dragits)\s+tillbaka|ligger\s+på\s+remiss|ännu\s+inte\s+(?:har\s+)?(?:börjat|behandlats|antagits|beslutats|genomförts|startat|kommit\s+i\s*gång)|(?:bara|endast)\s+(?:ett\s+fåtal|några\s+få|få)\s+(?:\p{Ll}+\s+){0,2}?(?:har\s+|hade\s+)?(?:använder|använt|utnyttjar|utnyttjat|nyttjar|nyttjat|deltar|deltagit)|(?:drog|drogs|dragit|dragits)\s+in|(?:beslutat|beslutade|beslöt)\s+att\s+inte\s+(?:upprepa|fortsätta|införa|genomföra|förlänga)|försökte\s[^.;:]{0,80}?(?<!\p{L})men(?!\p{L})|(?:för|alltför)\s+tidigt\s+att\s+(?:säga|bedöma|dra|se|veta|avgöra|utvärdera|uttala\s+sig)|(?:lyftes|hölls|framhölls|visades|presenterades)\s+(?:\p{L}+\s+){0,3}?(?:fram|som)\s[^.;]{0,100}?(?<!\p{L})men(?!\p{L})|har(?:\s*,[^,.;]{1,40},)?\s+(?:nyligen\s+|just\s+|redan\s+|nu\s+|(?:under|i|i\s+år|efter)\s+(?:\p{Ll}+\s+|(?:19|20)\d\d\s+)?|\p{Ll}+\s+|(?:enligt\s+(?:\p{Ll}+\s+){1,3}?(?:under|i)\s+(?:19|20)\d\d\s+))?(?:beslutat|bestämt)\s+(?:att|om)(?=\s)|knappt|fungerade\s+inte|har\s+inte\s+fungerat|(?:gav|ger|har\s+gett)\s+(?:inte|ingen|ingen\s+större)\s+(?:avsedd\s+|önskad\s+|märkbar\s+)?effekt|utan\s+(?:avsedd|önskad|märkbar)\s+effekt|visat\s+sig\s+(?:svår|svårt|svåra)|gick\s+inte|men\s[^.;:]{0,80}?(?<!\p{L})ännu\s+(?:inte|ej|ingen|inget|inga|aldrig)|men\s+(?:ingen|inga|inget)\s+(?:\p{L}+\s+){0,2}?(?:har|hade)|men\s+där\s[^.;]{0,60}?(?<!\p{L})ändå|(?:röstades|röstats)\s+(?:ned|ner)|avslogs|(?:fått|fick|tvingats|tvingades)\s+(?:\p{L}+\s+)?stänga|men\s[^.;:]{0,80}?(?<!\p{L})visade\s+(?:det\s+)?sig|(?:alltför|för)\s+\p{L}+(?:\s+\p{L}+)?\s+för\s+att\s+(?:kunna\s+)?(?:användas|fungera|följas|tillämpas|använda|tjäna|styra)|(?:avslutades|avslutats)\s+(?:redan\s+)?efter|(?:inte|ej)\s+där\s+heller|där\s+heller\s+(?:inte|ej)|(?:sades|sagts)\s+upp|förut\s*,?\s+men|(?:så|och)\s+(?:de|den|det|vi|man)\s+slutade|sa\s+nej|sade\s+nej|(?:sa|sade|lovade|meddelade|uppgav)\s+(?:[^.;]{0,40}?\s)?att\s+(?:de|den|kommunen|man)\s+skulle|(?:bara|endast)\s+(?:ett\s+fåtal|några\s+få|få|en|två|tre|fyra|fem)\s+(?:personer|deltagare|besökare|invånare|medborgare)|(?:bara|endast)\s+ett\s+fåtal\s+har\s+tackat\s+ja|återstår\s+att\s+se|men\s+(?:sålde|har\s+sålt|avyttrade)|och\s+såldes|men\s+(?:\p{L}+\s+){0,2}?(?:lade|har\s+lagt|hade\s+lagt)\s+(?:\p{Ll}+\s+){1,5}?(?:ner|ned)|(?:upphävdes|upphävts|upphävde|upphävt)|först\s+(?:fr\.o\.m\.|från\s+och\s+med|efter\s+nästa|nästa\s+år)|utan\s+att\s+(?:något|någon|några)\s+(?:\p{L}+\s+){0,2}?(?:har\s+|hade\s+)?(?:lagts\s+fram|kommit\s+fram|beslutats|tagits\s+fram|fattats|genomförts)|(?:varit|legat)\s+under\s+(?:handläggning|utredning|beredning)\s+i\s+(?:mer|över|flera)|indragen|indragna|indraget|avskaffad|(?<!(?:en|ett|den|det|de|gamla|gammal|gammalt)\s+)(?:nedlagd|nedlagda|nedlagt)|(?:lagd|lagda|lagt)\s+åt\s+sidan|(?:ej|inte)\s+(?:tillsatt|tillsatta|påbörjad|påbörjat|påbörjade|tecknat|tecknad|klar|klart|startad|startat|genomförd|genomfört)|(?:inga|ingen|inget)\s+(?:levererad|levererade|levererat|tillsatt|tillsatta|startad|startat|genomförd|genomfört)|men\s+(?:\p{L}+\s+){0,4}?(?:återinförde|återinfört|återtog|återtagit|återvände|återta|avstått|avstod|föll)|gått\s+tillbaka|(?:har\s+)?försökt\s[^.;:]{0,80}?(?<!\p{L})men(?!\p{L})|(?:avslutades|avslutats)\s+när|pengarna\s+tog\s+slut|(?:har|hade|ha)\s+(?:\p{Ll}+\s+)?(?:fastnat|kört\s+fast|stannat\s+vid)|stannade\s+vid\s+en\s+avsikt\p{L}*|men\s+(?:\p{L}+\s+){0,2}?väntar\s+(?:fortfarande|ännu)|(?:har|hade)\s+fattat\s+(?:ett\s+)?beslut\s+om|på\s+papperet|^\s*[""”»]?\s*Visst\s*,\s[^.;]*?(?<!\p{L})ju(?!\p{L})|(?:beslutade|beslöt)\s+(?:[\p{L}\d]+\s+){0,3}?att\s+[^.;]{0,80}?\s(?:ska|skall)\s[^.;]{0,60}?(?:från|fr\.o\.m\.)\s+(?:19|20)\d\d|men\s+(?:\p{L}+\s+){0,3}?(?:droppade|droppat|slopade|slopat|skrotade|skrotat|övergav|övergett|gav\s+upp|gett\s+upp)|men\s[^.;:]{0,60}?(?<!\p{L})(?:inte|ej|aldrig)\s+(?:\p{L}+\s+)?(?:startat|påbörjats|påbörjat|börjat|kommit\s+igång|genomförts)|(?:flyttade|flyttat|flyttats|flyttades)\s+(?:\p{L}+\s+)?tillbaka|(?:bara|endast|enbart)\s+(?:har\s+)?(?:beslutat|beslutats|fattat\s+beslut)|(?:ingenting|inget)\s+(?:ännu\s+|än\s+)?(?:har\s+)?(?:ännu\s+)?(?:genomförts|gjorts|hänt)|(?:har|hade)\s+(?:\p{Ll}+\s+){0,3}?(?:inte|aldrig|ej)\s+lyckats|(?:har|hade)\s+inte\s+(?:\p{Ll}+\s+)?försökt\s+igen|lockade\s+(?:bara|endast|enbart)|fick\s+(?:\S+\s+){0,2}?(?:\p{Ll}+\s+)?kritik|(?:återgick|återgått)\s+till|hade\s+(?:\p{L}+\s+){0,2}?inte\s+lagt\s+(?:ner|ned)|låter\s+(?:därför\s+)?\p{Lu}[\p{L}-]*\s+ligga|(?:hör|hörde)\s+till\s+en\s+annan\s+fråga|(?:lyfter|lyfta)\s+(?:\p{Ll}+\s+){0,2}?inte\s+fram|inte\s+(?:\p{Ll}+\s+){0,2}?lyfta\s+fram|det\s+som\s+avsågs\s+var|avser\s+(?:ett\s+annat|en\s+annan|något\s+annat)|trodde\s+(?:\p{Ll}+\s+){0,2}?först\s+att|vid\s+första\s+anblicken|vid\s+närmare\s+granskning|(?:har\s+)?talat\s+om\s+att|bara\s+en\s+idé|^\s*Varning\s*:|(?:fått|fick|måste|måst)\s+ersättas|inte\s+längre\s+(?:förts|förs|används|använts|finns|görs|gjorts|genomförs|genomförts|erbjuds|erbjudits|hålls|hållits|fungerar)|oanvänd\p{L}*|övergivits|övergivit|övergavs|(?:stannade|stannat|stannar)\s+på\s+ritbordet|men\s+(?:\p{L}+\s+){0,2}?(?:såldes|avyttrades)|(?:gäller|handlar\s+om|avser)\s+[^.;]{0,60}?\s+snarare\s+än|(?:har|hade)\s+planer\s+på|^\s*(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:planerar\s+att|utreder|funderar\s+på)|övergav|håller\s+(?:\p{Ll}+\s+){0,2}?på\s+att\s+(?:ta\s+fram|utreda|utarbeta|arbeta\s+fram|införa|bygga\s+upp|starta|se\s+över)|(?:efterlevs|följs|används|tillämpas)\s+(?:den\s+|det\s+|de\s+)?(?:bara\s+|endast\s+)?i\s+(?:liten|ringa|begränsad|låg)\s+utsträckning|ska\s+(?:nu\s+)?(?:arbetas|göras)\s+om|ska\s+utvärderas\s+(?:efter|under|i|nästa|till|först)|(?:har|hade|driver|drev|gör|gjorde)\s+(?:[\p{Ll}\d]+\s+){0,4}?(?:ett|sitt)\s+försök\s+med|står\s+inför\s+(?:en\s+|ett\s+)?(?:liknande|samma)|(?:är|är\s+fortfarande|är\s+ännu)\s+under\s+(?:utredning|beredning|handläggning)|(?:som\s+)?ska\s+prövas\s+(?:inför|under|från|nästa|i\s+höst|i\s+vår)|(?:fick|måste|har\s+fått)\s+göras\s+om|(?:används|användes|utnyttjas|utnyttjades)\s+(?:det\s+|den\s+|de\s+)?(?:ännu|fortfarande|i\s+dag)\s+(?:bara|endast|enbart)|(?:valde|har\s+valt|beslöt|beslutade)\s+(?:efter\s+(?:\p{L}+\s+){1,3})?att\s+i\s+stället)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Failed();

    /// <summary>
    /// A denial after "men" ("men bolagens styrelser har aldrig diskuterat den", "men förslaget har inte
    /// behandlats"): the practice is doubted or unfinished, unless the statement holds it up all the
    /// same; not "men ändå" (concessive) or "men inte bara" (more, not less).
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})men\s(?!(?:har\s+|är\s+|det\s+)?ändå\s)(?:[^.;:]{0,80}?\s)?(?:inte|ej|icke|aldrig|ingen|inget|inga|sällan)(?!\p{L})(?!\s+(?:bara|minst|hindrat|hindrar|hindrade|hinder)(?!\p{L}))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DeniedAfterBut();

    [GeneratedRegex(@"(?<!\p{L})(?:(?i:tillsammans)\s+med\s+(?:\p{Ll}+\s+){1,2}?i|(?:samarbetar|samverkar|samarbete[nt]?|samverkan|(?i:tillsammans)|ihop|delar|delade|delat|delas|delades|delats|(?:gemensamt?|samordnad|samordnade|samordnat)(?:\s+[\p{L}-]+){0,3}|avtal|\p{L}*förbund(?:et)?|\p{L}*nätverk(?:et)?(?:\s+för\s+[\p{L}-]+)?)\s+(?:med|(?<=nätverk(?:et)?\s+)som)|tills\.\s*m\.)\s+(?:bl\.a\.\s+|bland\s+annat\s+|t\.ex\.\s+)?(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Partners();

    /// <summary>
    /// A municipality the report's own deals with or shares a supplier with: "har diskuterat frågan
    /// med Oxelösund", "samma GIS-leverantör som Alvesta och Gnosjö", "samma format som i Västerås",
    /// "Oxelösund, som köper sin ekonomiadministration av er"; not "samma modell/sätt/arbetssätt som
    /// X", which follows X as an example.
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})(?:(?:diskuterat|diskuterade|diskuterar|pratat|talat)\s+(?:\p{Ll}+\s+){0,2}?med|samma\s+(?!(?:sätt|modell|arbetssätt|upplägg|metod|koncept|lösning|idé|tänk|väg|inriktning|ambition)\p{L}*\s)[\p{L}-]+(?:\s+\p{Ll}+){0,2}?\s+som(?:\s+i|\s+hos)?|samma\s+\p{L}*nätverk\p{L}*\s+(?:för\s+\p{Ll}+\s+)?som(?:\s+\p{Ll}+\s+i)?)\s+(?<names>\p{Lu}[\p{L}-]*(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+)\p{Lu}[\p{L}-]*)*)|(?<names>\p{Lu}[\p{L}-]*)\s*,\s+som\s+(?:köper|köpte|hyr)\s+[^,.;]{1,60}?\s+(?:av|från)\s+(?:er|oss|kommunen)(?!\p{L})|(?<names>\p{Lu}[\p{L}-]*(?:(?:\s*,\s*|\s+och\s+)\p{Lu}[\p{L}-]*)*)\s+(?:köper|köpte|hyr|hyrde)\s+(?:\p{Ll}+\s+){0,4}?(?:sin|sitt|sina)\s+[\p{L}-]+\s+(?:av|från)\s+(?:er|oss|kommunen|\p{Lu})|(?<!\p{L})(?:köper|köpte|köps|köptes|köpt)\s+(?:[^,.;]{1,60}?\s)?(?:av|från)\s+(?<names>\p{Lu}[\p{L}-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Dealings();

    /// <summary>A municipality that takes part with the report's own: "Ånge deltar tillsammans med er i ett nätverk", "Tierp ingår med oss i …".</summary>
    [GeneratedRegex(@"(?<names>\p{Lu}[\p{L}-]*(?:(?:\s*,\s*|\s+och\s+)\p{Lu}[\p{L}-]*)*)\s+(?:deltar|deltog|ingår|ingick|medverkar|medverkade|samarbetar|samverkar)\s+(?:\p{Ll}+\s+){0,2}?(?:tillsammans\s+)?med\s+(?:er|oss|kommunen|dem)(?!\p{L})|(?<names>\p{Lu}[\p{L}-]*(?:(?:\s*,\s*|\s+och\s+)\p{Lu}[\p{L}-]*)+)\s+(?:ingår|ingick|deltar|deltog|är\s+med)\s+i\s+(?:samma|ett\s+gemensamt|en\s+gemensam)\s+(?:\p{Ll}+\s+)?(?:nätverk|samarbete|förbund|projekt|bolag|nämnd)\p{L}*|(?<names>\p{Lu}[\p{L}-]*(?:(?:\s*,\s*|\s+och\s+)\p{Lu}[\p{L}-]*)+)\s+(?:har|hade)\s+(?:\p{Ll}+\s+){0,4}?i\s+(?:ett|en)\s+gemensamm?\p{L}*\s+(?:bolag|förbund|nämnd|förvaltning)", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerSubjects();

    /// <summary>The host of a shared body or an event: "med Österåker som värdkommun", "värdkommun är Ystad", "Linköping ska i maj stå värd för ett länsseminarium", "ett nätverk … som samordnas från Kristianstad".</summary>
    [GeneratedRegex(@"(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:som|är)\s+(?:värdkommun|huvudman|värd)(?!\p{L})|(?<names>\p{Lu}[\p{L}-]*)\s+(?:ska\s+|skall\s+|kommer\s+att\s+)?(?:\p{Ll}+\s+){0,2}?(?:stå|står|stod|var|är|blir)\s+(?:\p{Ll}+\s+)?värd\s+för|(?<names>\p{Lu}[\p{L}-]*)\s*,\s*där\s+(?:en|ett)\s+gemensamm?\p{L}*\s+[^.;]{0,40}?för\s+(?:flera|alla|\p{Ll}+)\s+kommuner|(?<!\p{L})(?:samordnas|samordnades|samordnats|administreras|administrerades)\s+(?:\p{Ll}+\s+){0,2}?från\s+(?<names>\p{Lu}[\p{L}-]*)|(?<!\p{L})(?:[vV]ärdkommun(?:en)?|[hH]uvudman(?:nen)?)\s+(?:är|var|blir)\s+(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Hosts();

    [GeneratedRegex(@",\s+som\s+[^,.;]*?(?<!\p{L})(?:samarbetar|samverkar|har\s+ett\s+samarbete|har\s+avtal)\s+med(?:\s+(?:om|kring|i)\s+[^,.;]*)?,", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerClause();

    /// <summary>Where something is held: "hölls 2015 under en eftermiddag på ett hotell i Luleå", "träffas i X", "konferensen i X", "omgången genomförs under hösten i Folkets hus i X", "ett par informationsträffar i X".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:hölls|hålls|ägde\s+rum|äger\s+rum|träffas|träffades|möts|möttes|samlas|samlades|anordnades|arrangerades|anordnade|anordnat|arrangerade|arrangerat|ordnade|ordnades|förläggs|förlades|förlagts|förlagda|förlagd|\p{L}*(?:konferens|konferensen|kongress|kongressen|mässa|mässan|seminarium|seminariet|föreläsning|föreläsningen|utbildning|utbildningen|internat|lokaler|lokalerna|temadag|temadagen|workshop|workshopen|samrådsmöte|samrådsmötet|internatet|kursen|kurs|kursgård|kursgården|konferensgård|konferensgården|konvent|konventet|omgång|omgången|träff|träffen|träffar|träffarna))\s+(?:(?:[\p{Ll}\d]+\s+){0,6}?(?:på|vid|om|i)\s+(?:\p{L}+\s+){1,3}?|(?:[\p{Ll}\d]+\s+){1,8}?)?(?:i|till|utanför)\s+(?<names>\p{Lu}[\p{L}-]*(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+)\p{Lu}[\p{L}-]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Venues();

    /// <summary>Praise denied: "så vi pekar inte på dem som förebilder", "knappast ett föredöme".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:(?:inte|ej|knappast)(?!\s+bara(?!\p{L}))\s+(?:\p{L}+\s+){0,4}?(?:som\s+)?(?:(?:ett|en|något|någon)\s+)?(?:förebild|föredöme|gott\s+exempel)\p{L}*|(?:inte|knappast)\s+(?:\p{L}+\s+){0,2}?(?:mycket|något)\s+att\s+(?:hämta|ta\s+efter|lära\s+av))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotPraised();

    /// <summary>An agreement or a collaboration between the municipalities named: "enligt ett avtal mellan kommunerna", "samarbetet mellan de tre kommunerna".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:avtal(?:et)?|samarbete(?:t)?|samverkan|överenskommelse(?:n)?)\s+mellan\s+(?:de\s+(?:\p{Ll}+\s+)?)?(?:kommunerna|dem|oss)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    /// <summary>The evaluators (or a speaker) saying they have not examined what the sentence reports: "vi har inte granskat …", "kan inte säga om det har gjort någon skillnad", "har inte kunnat ta del av någon uppföljning", "hon hade inte själv sett", "ingen av er … visste hur det har gått".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:(?:(?:vi|utvärderarna)\s+)?har\s+(?:vi\s+)?(?:inte|icke)\s+(?:granskat|undersökt|(?:kunnat|hunnit)\s+(?:granska|pröva|bedöma|se|undersöka|följa|ta\s+del\s+av|finna|hitta|bedömas|granskas|prövas|verifieras|beläggas))|(?:kan|kunde)\s+inte\s+(?:säga|bedöma)\s+(?:något\s+|någonting\s+)?(?:om|hur|vad)|vi\s+vet\s+inte\s+(?:hur|om|vad)|säger\s+(?:oss\s+)?(?:ingenting|inget|lite|inte\s+mycket|inte\s+så\s+mycket)\s+om|har\s+inget\s+med\s+[^.;]{1,40}\s+att\s+göra|(?:inte|ej|knappast)(?!\s+bara(?!\p{L}))\s+(?:\p{L}+\s+){0,4}?(?:som\s+)?(?:(?:ett|en|något|någon)\s+)?(?:förebild|föredöme|gott\s+exempel)\p{L}*|(?:inte|knappast)\s+(?:\p{L}+\s+){0,2}?(?:mycket|något)\s+att\s+(?:hämta|ta\s+efter|lära\s+av)|förklarar\s+(?:en\s+(?:\p{Ll}+\s+)?del\s+av\s+|till\s+(?:stor|största)\s+del\s+)?skillnaden|(?:kan|vill)\s+(?:vi\s+)?inte\s+rekommendera|(?:jag|vi|han|hon|de)\s+(?:vet|visste)\s+(?:\p{Ll}+\s+){0,2}?inte\s+(?:hur|om|vad)|ingen\s+(?:[^.;]{0,50}?\s)?(?:vet|visste|kände\s+till|kunde\s+säga|har\s+sett|hade\s+sett|sett)\s+(?:hur|om|vad)|(?:hade|har)\s+(?:\p{L}+\s+){0,2}?(?:inte|aldrig)\s+(?:själv\s+|själva\s+|heller\s+)?(?:läst|sett)|ingen\s+(?:[^.;]{0,50}?\s)?(?:har\s+|hade\s+)?sett\s+(?:det|den|dem|något)|(?:förefaller|är|verkar|förblir)\s+(?:\p{Ll}+\s+){0,2}?oklart|(?:är|var)\s+(?:\p{Ll}+\s+)?osäker\s+på\s+om|(?:är|var)\s+(?:\p{Ll}+\s+){0,3}?tveksamm?\p{Ll}*\s+till|(?:går|gick)\s+det\s+(?:ännu\s+)?(?:inte|icke)\s+att\s+(?:se|bedöma|säga)|(?:något|inget|ingen)\s+(?:underlag|dokumentation|belägg)\s+(?:\p{Ll}+\s+){0,2}?(?:har\s+)?(?:inte\s+)?(?:företetts|visats|lämnats|presenterats)|har\s+(?:här\s+|därför\s+)?(?:inte|icke)\s+(?:bedömts|vägts\s+in|granskats|prövats\s+här))(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Unexamined();

    [GeneratedRegex(@"(?<!\p{L})(?:där|i\s+vilket|i\s+vilken|som)\s+(?:bl\.a\.\s+|bland\s+annat\s+|även\s+|också\s+)?(?<names>\p{Lu}[\p{L}-]*(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+)\p{Lu}[\p{L}-]*)*)\s+(?:också\s+|även\s+)?ingår(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Members();

    /// <summary>A line of a table of figures: a name, a colon and a figure ("Hofors: 61 %", "Ockelbo: – (sänder inte)").</summary>
    [GeneratedRegex(@"^\s*(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*:\s*(?:[–—-]|\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TableRow();

    /// <summary>What something is compared with: "jämfört med (55 procent i) X", "I en jämförelse som … gjorde 2010 med X", "tolv procent över X", "kan jämföras med 2,1 miljoner kronor för X", "än (i) X", "på samma nivå som X", "i nivå med X", "låg/ligger … efter/före/bakom X", "Jfr X".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:(?i:jfr)\.?\s+(?:med\s+)?|(?i:jämfört|jämföras|jämföra\s+sig|jämförde|jämför|i\s+jämförelse|i\s+förhållande)\s+(?:\p{Ll}+\s+){0,3}?(?:med|till)\s+(?:(?:\d+(?:[,.]\d+)?|(?!(?:har|hade|är|var|ligger|låg|får|fick|kan|kunde)\s)[^\s,.;:]+)\s+){0,4}?(?:i\s+|hos\s+|för\s+)?|än\s+(?:i\s+|hos\s+|vad\s+)?|(?:på\s+)?samma\s+nivå\s+som\s+|i\s+nivå\s+med\s+|(?:ligger|låg|legat|hamnar|hamnade|hamnat|placerar\s+sig|placerade\s+sig|rankas|rankades)\s+(?:\p{L}+\s+){0,5}?(?:efter|före|bakom|över|under)\s+|(?<!\p{L})(?:procent|procentenheter|kronor|enheter)\s+(?:över|under)\s+|(?<!\p{L})(?i:jämförelse|jämförelsen)\s+(?:som\s+[^.;:]{0,60}?\s)?(?:med|mellan)\s+)(?:\p{Ll}*(?:kommunen|kommunerna|staden)\s+)?(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+|\s+eller\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Comparisons();

    /// <summary>
    /// The municipalities listed after a colon in a statement of what the evaluators compared: "Av de
    /// tolv kommuner som vi har jämfört har fem en chatbot: Upplands Väsby, Solna, …", "Här har vi
    /// jämfört Huddinge med fyra andra kommuner, varav tre …: Uppsala 2017, Södertälje 2018 …".
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})(?:vi\s+(?:har\s+)?jämfört|jämförelsegrupp\p{L}*|i\s+jämförelsen)[^.;:]*:\s*(?<names>[^.;]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ComparedList();

    /// <summary>
    /// A municipality held up in so many words: "lyfter (i stället) fram X", "Den kommun vi vill lyfta
    /// fram är X", "tittar på hur X gör", "X bör Huddinge titta närmare på", "ta efter X", "lära av X",
    /// "ta del av hur X har arbetat", "tar del av Xs arbete med …",
    /// "kan med fördel titta på X, som …",
    /// "X är den kommun som Huddinge har mest att lära av", "X har löst samma problem", "åkte till X för
    /// att se hur man där har gjort", "X och Y har …, och vi tycker att Huddinge ska studera hur de gick till väga",
    /// "Även X förtjänar att nämnas", "kan X anföras", "Därtill kan nämnas X", "Ett gott exempel finns i
    /// X", "Ett intressant exempel är X", "hämta inspiration från X"; and under a label or a
    /// note that points to it: "Så gör de i X:", "Tips från andra: I X …", "Jfr X, som …", "Se även X, där …".
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})(?:(?:lyfter|lyfte|lyft|lyfts)\s+(?:\p{Ll}+\s+){0,2}?fram\s+|lyfta\s+fram\s+(?:är\s+)?|(?:titta|tittar|tittat|studera|studerar|se|ser)\s+(?:närmare\s+)?på\s+hur\s+(?:man\s+(?:i|har\s+i)\s+)?|(?:titta|tittar|studera|studerar)\s+(?:närmare\s+)?på\s+|(?:ta|tar|tagit)\s+efter\s+|(?:ta|tar|tagit)\s+del\s+av\s+(?:hur\s+)?|lära\s+(?:sig\s+)?av\s+)(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:(?:\s*,\s*|\s+och\s+)\p{Lu}[\p{L}-]*)*)|(?<names>\p{Lu}[\p{L}-]*(?:\s+och\s+\p{Lu}[\p{L}-]*)?)\s+bör\s+(?:\p{Lu}[\p{L}-]*|ni|kommunen|man)\s+(?:titta|studera|ta\s+efter|lära\s+av)|(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+är\s+(?:den|en)\s+kommun\s+(?:som|vars)\s[^.;]{0,60}?(?:lära\s+av|lyfta\s+fram|ta\s+efter|förebild)|(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+har\s+(?:\p{Ll}+\s+)?löst\s+(?:samma|det|detta|det\s+här)\s+problem|(?:till|i|hos)\s+(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+för\s+att\s+(?:se|lära\s+sig|studera)\s+hur|(?<!\p{L})(?:(?i:ett|två|ytterligare\s+ett)\s+(?:\p{Ll}+\s+)?exempel\s+(?:finns\s+(?:även\s+|också\s+)?(?:i|hos|på)|är(?:\s+även|\s+också)?)|hämta\s+(?:\p{Ll}+\s+)?inspiration\s+(?:från|i|hos))\s+(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)|(?!(?:Därtill|Dessutom|Vidare|Även|Också|Här|Det|Detta)(?!\p{L}))(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(?:\p{Ll}+\s+)?(?:förtjänar\s+att\s+nämnas|kan\s+anföras|kan\s+nämnas)|^\s*Så\s+gör\s+(?:de|man)\s+i\s+(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*:|^\s*Tips\s+från\s+\p{Ll}+\s*:\s*(?:I\s+)?(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?!\p{L})|^\s*(?:(?i:jfr)\.?|Se\s+(?:även|också))\s+(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*,|(?:kan|bör)\s+(?:därtill\s+|även\s+|också\s+)?(?:nämnas|anföras)\s+(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)|^\s*(?<names>\p{Lu}[\p{L}-]*(?:\s+och\s+\p{Lu}[\p{L}-]*)?)\s[^.;]{0,160}?(?:studera|titta\s+(?:närmare\s+)?på|lära\s+(?:sig\s+)?av|ta\s+efter)\s+(?:hur\s+)?(?:de|dem|deras|dess)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex HeldUp();

    /// <summary>Words that hold a municipality up as an example: "förebildligt", "gott exempel", "värd att efterlikna", "inspiration", "lärdom", "ingen kommun … har lyckats bättre än".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:förebild\p{L}*|föredöme\p{L}*|gott\s+exempel|goda\s+exempel|värd\p{L}*\s+att\s+(?:efterlikna|studera|ta\s+efter|lära\s+av)|inspiration\p{L}*|lärdom|(?:ingen|inget|inga)\s+(?:annan\s+|annat\s+|andra\s+)?\p{Ll}*(?:kommun|kommunen|kommuner|stad|län|ställe|plats|håll)\s[^.;]{0,80}?(?:bättre|längre|mer|fler|snabbare)\s[^.;]{0,60}?än)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Praise();

    /// <summary>A sentence that opens with a condition contrary to fact: "Hade Amira bott i Alvesta hade hon kunnat …".</summary>
    [GeneratedRegex(@"^\s*Hade\s+\p{Lu}\p{L}*\s+(?:\p{Ll}+\s+){0,2}?(?:bott|varit|arbetat|levt)\s", RegexOptions.CultureInvariant)]
    private static partial Regex Counterfactual();

    /// <summary>Where people commute, move or were recruited to or from, or live: "pendlar till Luleå", "rekryterades från Umeå", "bodde i Mark", "går i skola i Halmstad", "gick till en tjänst i Växjö", "kör till Skövde för möten", "färjorna från Nynäshamn", "som tidigare tjänstgjorde i Uppsala", "kom till Mjölby från Motala", "kom till Köping från en liknande tjänst i Eskilstuna" (not "Idén kommer från Mark"), or are based: "närpolisen, som numera utgår från Karlskrona"; "bor hos en familj i Vilhelmina", "ska flyttas till Lund", "skolor i Lund, dit ett hundratal elever pendlar"; "som tidigare arbetade på Göteborgs stads informationsenhet", "personalchefen, som kom från Lomma i fjol".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:(?:flyttar|flyttade|flyttat)\s+(?:sin|sitt|sina|hela)\s+(?:\p{Ll}+\s+)?(?:till|från)|(?:konsult|konsulten|konsulter|konsultfirma|konsultföretag|firma|firman|företag|företaget|bolag|bolaget|leverantör|leverantören|föreläsare|föreläsaren|forskare|forskaren|expert|experten|delegation|delegationen)\s+från|(?:arkitekt|advokat|konsult|revisions|reklam|juridisk)\p{L}*(?:kontor|byrå|firma|bolag|företag)\p{L}*\s+i|(?:arkitektkontor|konsultföretag|konsultfirma|byrå|exploatör)\p{L}*\s+i|(?:ett|en|det|den)\s+(?:\p{Ll}+\s+)?\p{L}*(?:företag|firma|bolag|leverantör|hälsovård|samordnare|konsult|föreläsare)\s+i|(?:regionala\s+|lokala\s+)?kontor(?:et)?\s+i|\p{L}*(?:utbildningar|kurser|kursen)\s+i(?=\s+\p{Lu})|\p{L}*central(?:en)?\s+i|(?:sitter|satt)\s+i|(?:driver|drev|drivs|drevs)\s+i|(?:med\s+säte|med\s+huvudkontor|med\s+kontor|huvudkontor|huvudkontoret)\s+i|(?:har|hade)\s+sitt\s+(?:kontor|säte|huvudkontor)\s+i|(?:kom|kommit|flyttade|flyttat|flyttar)\s+hit\s+från(?:\s+[^.;]{0,40}?\s+(?:i|hos))?|(?:varit|var|är|blev)\s+anställd\s+(?:som\s+\p{Ll}+\s+)?(?:vid|hos|på|i)(?:\s+\p{Lu}\p{L}+\s+i)?|(?:väg|vägen|järnväg|järnvägen|sträckan|linjen|busslinjen|tåglinjen)\s+(?:\p{Ll}+\s+){0,2}?mellan|(?:kollegor|kolleger|representanter|företrädare)\s+(?:från|i)|(?:pendlar|pendlade|pendlat|flyttar|flyttade|flyttat|flyttas|flyttades|flyttats|rekryterades|rekryterats|rekryteras|rekryterad|rekryterade|bor|bodde|bott|arbetade|arbetat|jobbade|jobbat)\s+(?:till|från|i|på)|(?:kör|körde|kört|åker|åkte|åkt|reser|reste|rest)\s+(?:\p{Ll}+\s+){0,2}?till|(?:färja|färjan|färjor|färjorna|båten|båtarna|tåget|tågen|bussen|bussarna|flyget|flygen)\s+(?:\p{Ll}+\s+){0,2}?(?:från|till)|(?:kom|kommit|kommer)\s+till\s+\p{Lu}[\p{L}-]*\s+från(?:\s+[^.;]{0,40}?\s+(?:i|hos))?|(?:utgår|utgick|utgått)\s+från(?:\s+\p{Ll}+\s+i)?|som\s+(?:själv|själva|tidigare)\s+(?:arbetar|arbetade|arbetat|jobbar|jobbade|tjänstgör|tjänstgjorde|tjänstgjort)\s+(?:[^,.;]{0,50}?\s)?(?:i|på|hos)|(?:går|gick|gått)\s+(?:i\s+skola|i\s+gymnasiet|på\s+gymnasiet)\s+i|(?:gick|gått|går|övergick|övergått)\s+(?:över\s+)?till\s+(?:en|ett)\s+(?:\p{Ll}+\s+)?(?:tjänst|anställning|jobb|arbete)\s+(?:i|på|hos)|(?:fick|fått|får)\s+(?:en\s+|ett\s+)?(?:ny\s+|nytt\s+)?(?:tjänst|anställning|jobb)\s+(?:i|på|hos)|(?:studerar|studerade|studerat|pluggar|pluggade)\s+i|(?<=(?:som|han|hon|jag|vi|de)\s+)(?:kom|kommit)\s+(?:\p{Ll}+\s+){0,2}?från|(?:bor|bodde|bott)\s+(?:\p{Ll}+\s+){1,3}?i|(?:är|var)\s+(?:stationerad|stationerade|placerad|placerade|baserad|baserade)\s+i)\s+(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+|\s+eller\s+|\s+respektive\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*)|(?<names>\p{Lu}[\p{L}-]*)\s*,\s*dit\s+[^.;]{0,60}?(?<!\p{L})(?:pendlar|pendlade|flyttar|flyttade|åker|reser)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Moved();

    /// <summary>A visit not yet made: planned, intended, to come.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:planerar|planerad|planerat|planerade|planeras|avser|tänker|ska|skall|kommer\s+att|inplanerad|inplanerat|inplanerade|inbokad|inbokat|bokad|bokat)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlannedVisit();

    /// <summary>
    /// A name with its figure: the name before a number within a few words ("Kramfors fick 71 poäng",
    /// "Härnösand 68", "Ånge hamnade närmast noll avvikelse", "Örnsköldsvik drygt 40") or after one
    /// ("tolv förslag i Heby", "nitton i Håbo"); a year is no figure. Two names with figures in one
    /// sentence compare figures, as a table does.
    /// </summary>
    [GeneratedRegex(@"(?<names>\p{Lu}[\p{L}-]*(?:\s+(?:och|samt)\s+\p{Lu}[\p{L}-]*)?)\s+(?:(?!och\s|men\s|samt\s)\p{Ll}+\s+){0,5}?(?:på\s+)?(?:(?!(?:19|20)\d\d(?!\d))\d+(?:[,.]\d+)?(?!\d)|(?:noll|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|hundra)(?!\p{L}))|(?<!\p{L})(?:(?!(?:19|20)\d\d(?!\d))\d+(?:[,.]\d+)?(?!\d)|(?:noll|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio|femtio|hundra)(?!\p{L}))\s+(?:\p{Ll}+\s+){0,2}?(?:i|hos)\s+(?<names>\p{Lu}[\p{L}-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Figures();

    /// <summary>
    /// A municipality with more or less of something than another ("Ale … har färre obesvarade
    /// motioner än Alingsås", "andelen är lägre i Vårgårda än i Alingsås"): a figure compared, not
    /// a practice held up; not more than was expected: "fler resenärer än regionen hade räknat med"),
    /// or the same figure as the report's own ("Ovanåker har ungefär samma väntetider som ni"), or
    /// the same state ("I Boden, som …, ser det ut precis som i Oskarshamn").
    /// </summary>
    [GeneratedRegex(@"(?:ligger|låg|hamnar|hamnade)\s+(?<names>\p{Lu}[\p{L}-]*)\s+(?:\p{Ll}+\s+){0,2}?(?:före|efter|bakom|över|under)\s+(?:er|oss|kommunen|\p{Lu})|(?<names>\p{Lu}[\p{L}-]*)\s*,[^,.;]{1,80},\s+ligger\s+på\s+samma\s+nivå|(?<names>\p{Lu}[\p{L}-]*)\s+(?:[\p{Ll}\d,.-]+\s+){0,8}?(?:fler|färre|lägre|högre|större|mindre|billigare|dyrare)\s+(?:\p{Ll}+\s+){0,3}?än(?!\p{L})(?![^.;]{0,60}?(?<!\p{L})(?:räknat|räknade|väntat|förväntat|trott|beräknat|planerat|budgeterat)(?!\p{L}))|^\s*Jämfört\s+med\s+(?<names>\p{Lu}[\p{L}-]*)(?=\s+(?:har|hade|är|var|ligger|låg)\s)|(?:har|hade)\s+(?<names>\p{Lu}[\p{L}-]*(?:\s+och\s+\p{Lu}[\p{L}-]*)*)\s+(?:\p{Ll}+\s+){0,4}?samma\s+\p{L}+\s+som(?!\p{L})|(?<names>\p{Lu}[\p{L}-]*(?:\s+och\s+\p{Lu}[\p{L}-]*)*)\s+(?:har|hade|ligger|låg)\s+(?:\p{Ll}+\s+){0,4}?samma\s+\p{L}+\s+som\s+(?:ni|er|vi|oss|kommunen|\p{Lu}[\p{L}-]*)(?!\p{L})|(?:I|Hos)\s+(?<names>\p{Lu}[\p{L}-]*)(?:\s*,[^.;]{1,80},)?\s+(?:ser\s+det\s+ut|är\s+det|är\s+läget)\s+(?:\p{Ll}+\s+){0,2}?som\s+(?:i|hos)\s|(?<!\p{L})(?:fler|färre|lägre|högre|större|mindre|billigare|dyrare)\s+(?:i|hos)\s+(?<names>\p{Lu}[\p{L}-]*)\s+än(?!\p{L})|(?<!\p{L})(?:densamma|detsamma|desamma)\s+som\s+(?:i|hos)\s+(?<names>\p{Lu}[\p{L}-]*)|(?<!\p{L})lika\s+\p{Ll}+\s+(?:i|hos)\s+(?<names>\p{Lu}[\p{L}-]*\s+som\s+(?:i|hos)\s+\p{Lu}[\p{L}-]*)|(?:[Ss]om\s+(?:en\s+)?jämförelse|[Jj]ämförelsevis)\s[^.;]*?(?<!\p{L})(?:i|hos|för)\s+(?<names>\p{Lu}[\p{L}-]*(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+|\s+respektive\s+)\p{Lu}[\p{L}-]*)*)(?=[^.;]*?(?:\d|(?<!\p{L})(?:hälften|dubbelt|tredjedel|fjärdedel)))", RegexOptions.CultureInvariant)]
    private static partial Regex Comparatives();

    /// <summary>
    /// A question that weighs two readings of what it names ("är Oskarshamns låga värde ett resultat
    /// av ett medvetet arbete, eller helt enkelt av att skolorna är fullsatta?"): a yes/no question
    /// with "eller", at the start of a sentence or after a colon; it doubts, it does not hold up.
    /// </summary>
    [GeneratedRegex(@"(?:^|[:;]\s*)(?:(?i:men|och|så)\s+)?(?<names>(?i:är|var|blir|blev|beror|berodde|har|hade|kan|kunde|handlar|finns|fanns)\s[^?]*?(?<!\p{L})(?:eller|verkligen)(?!\p{L})[^?]*\?)", RegexOptions.CultureInvariant)]
    private static partial Regex Doubts();

    /// <summary>A figure or a lack: what makes "Jfr X" a comparison ("Jfr Lund, som enl. Kolada har ca 15 % lägre kostnad", "Jfr Götene, där ett liknande pris inte heller fick fäste").</summary>
    [GeneratedRegex(@"\d|(?<!\p{L})(?:inte|ej|ingen|inget|inga|saknar|saknas|lägre|högre|lägsta|högsta|fler|färre|mer|mindre|lite|föga)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FigureOrLack();

    /// <summary>A place visited: "besökte ledningsgruppen Jönköping och Linköping", "har besökt Växjö".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?i:besökte|besökt|besöker)\s+(?:(?:\p{Ll}+|i|hos)\s+){0,2}?(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Toured();

    /// <summary>The place a visit goes to: "besöka X", "studiebesök i/hos X", "studieresa till X".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?i:besöka|besök|studiebesök|studieresa|studieresan|studiebesöket)\s+(?:i\s+|hos\s+|till\s+|på\s+|vid\s+)?(?<names>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+|\s+eller\s+)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Visited();

    /// <summary>A sentence's first clause that puts its subject after the verb: "Ett bättre utfall har Sundbyberg".</summary>
    [GeneratedRegex(@"^[^,;:]{0,60}?(?<!\p{L})(?:har|gör|visar|erbjuder|finns\s+(?:i|hos))\s+(?:även\s+|också\s+)?(?<name>\p{Lu}[\p{L}-]+)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex InvertedSubject();

    /// <summary>A recommendation to the report's own municipality ("Kommunen bör överväga att …", "Vi rekommenderar …"): it asks for what another may show.</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:bör|borde|rekommenderar|rekommenderas|föreslår|föreslås|överväga|förbättringsområde)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Recommends();

    /// <summary>Where a recommendation goes on to another thing: "… slutför arbetet med ett landsbygdsråd och att ett webbforum … prövas".</summary>
    /// A second verb after "och" breaks too ("… ger etableringsgruppen ett tydligt uppdrag och tar fram en plan för entreprenörskap").
    /// A relative clause that adds a thing breaks as well ("… en samlad strategi mot kusterosion, som också tar ställning till hur … båtplatserna ska utvecklas").
    [GeneratedRegex(@";|,\s+som\s+(?:också|även|dessutom)\s|,?\s+(?:och|samt)\s+(?:att\s|(?:även\s+|också\s+|dessutom\s+)?(?=\p{Ll}+r\s+(?:en|ett|fram|upp|in|över|sina|sitt|sin|de|det|den|till|med|på|om|för|alla|fler)\s))|,\s+och\s+(?:vi\s+)?(?:rekommenderar|föreslår|anser)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationBreak();

    /// <summary>A need of the report's own municipality, which asks as a recommendation does: "Vår bedömning är att kommunen behöver färre mål".</summary>
    [GeneratedRegex(@"(?<!\p{L})(?:kommunen|nämnden|nämnderna|fullmäktige|ni)\s+(?:behöver|måste)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Needs();

    /// <summary>The evaluators' assessment that closes a passage: "Utvärderarna bedömer att …", "Vi anser att …", "Det är utvärderarnas uppfattning att …", "Bedömning: …".</summary>
    [GeneratedRegex(@"^\s*(?:(?:utvärderarna|vi)\s+(?:\p{Ll}+\s+)?(?:bedömer|anser|menar)\s+att|(?:vår|utvärderarnas)\s+(?:bedömning|uppfattning)\s+är\s+att|det\s+är\s+(?:vår|utvärderarnas)\s+(?:bedömning|uppfattning)\s+att|(?:sammanfattande\s+)?bedömning\s*:)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Assesses();

    /// <summary>A line labelled as a strength of the municipality's own: "Styrka: …", "Starka sidor: …".</summary>
    [GeneratedRegex(@"^\s*(?:styrka|styrkor|starka\s+sidor|stark\s+sida|positivt)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StrengthLabel();

    /// <summary>A note, not a recommendation: "Det bör nämnas att …", "Det kan noteras att …".</summary>
    [GeneratedRegex(@"^\s*det\s+(?:bör|kan|ska|skall)\s+(?:\p{Ll}+\s+)?(?:nämnas|noteras|sägas|påpekas|tilläggas)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoteOpens();

    /// <summary>A sentence that turns against what it first told: "…, men enligt de intervjuade har samarbetet där drabbats av …".</summary>
    [GeneratedRegex(@",\s+men\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Turns();

    /// <summary>A sentence whose subject is the report's own municipality: "Kommunen har …", "Vi föreslår …", "I kommunen …".</summary>
    [GeneratedRegex(@"^\s*(?:(?:i|inom|för)\s+)?(?:kommunen|kommunens|vi)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnOpens();

    /// <summary>
    /// A sentence that calls its municipality one more example of what the sentence before told:
    /// "Ett annat gott exempel är …", "Ytterligare ett exempel är …", or in its first clause "har på
    /// liknande sätt", "ett liknande forum", "likaså".
    /// </summary>
    [GeneratedRegex(@"^\s*(?:ett\s+annat|ytterligare\s+ett)\s+(?:\p{L}+\s+)?exempel(?!\p{L})|^[^,.;:]*?(?<!\p{L})(?:på\s+(?:samma|liknande|motsvarande)\s+sätt(?!\s+som)|(?:ett|en)\s+liknande|likaså|likadant)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnotherExample();

    /// <summary>A sentence that opens on one more municipality doing the same: "Även Vara har …", "Också i Kumla …".</summary>
    [GeneratedRegex(@"^\s*(?i:även|också)\s+(?:i\s+|hos\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex AlsoOpens();

    [GeneratedRegex(@";|,\s+(?:och|men|medan|samtidigt\s+som|vilket)\s|(?<!(?<!\p{L})(?-i:\p{Lu})[\p{L}-]*),\s+där\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(
        @"(?<!\p{L})(?:sådan|sådana|sådant|dylik|dylika|dylikt|nämnda|^\s*(?:idén|modellen|metoden|arbetssättet|upplägget|konceptet|tanken|inspirationen|förebilden)|^\s*(?:ett|ytterligare\s+ett|ett\s+annat)\s+(?:\p{L}+\s+)?exempel\s+är|^\s*(?:ytterligare\s+ett|ett\s+annat)\s+(?:\p{L}+\s+)?exempel(?!\p{L})|detta|dessa|denna|detsamma|densamma|desamma|(?:det|den|de)\s+här|(?:det|den|de)\s+\p{Ll}{3,}(?:et|en)|samma\s+(?!(?:år|året|period|perioden|tid|tidpunkt|dag|vecka|månad|höst|vår|sommar|vinter|mandatperiod)(?!\p{L}))\p{L}+(?!\s+som(?!\p{L}))|(?:tagit|tog|tar)\s+efter(?=\s*(?:[.,;:]|och\s|$))|^\s*(?:det|detta)\s+(?:har\s+|hade\s+)?(?:gjort|lett|gett|gav|ledde|inneburit|innebar|medfört|medförde|resulterat|resulterade)(?!\p{L})|(?:har|hade)\s+det\s+(?:förbättrat|lett|gett|gjort|inneburit|medfört|minskat|ökat)|(?:har|hade|är|var)\s+där\s+(?:\p{Ll}+\s+){0,2}?(?:minskat|ökat|halverats|fördubblats|förbättrats|sjunkit|stigit)|här|liknande|motsvarande|likaså|likadant|(?:en\s+annan|den\s+motsatta|motsatt)\s+väg(?:en)?|på\s+sitt\s+(?:håll|sätt)|andra\s+slutsatser|på\s+(?:samma|liknande)\s+sätt(?!\s+som)|så\s+(?:gör|har|är|även|också|arbetar|jobbar|fungerar)|(?:gör|gjorde|gjort|arbetar|arbetade|arbetat|jobbar|jobbade)\s+(?:även\s+|också\s+)?så(?=\s*(?:[.!;,""”]|$)|\s+(?:i|sedan|under|redan|länge|numera)\s)|det\s+gör\s+(?:även|också)|(?:även|också)\s+(?:där|här)|(?:lyckats|kommit|nått|hunnit|gått)\s+(?:\p{L}+\s+){0,2}?(?:bättre|längre|längst|bäst)(?!.*(?<!\p{L})än(?!\p{L}))|^\s*(?:en|ett)\s+(?:ännu\s+)?(?:mer|mera|bättre)\s+\p{L}+(?!.*(?<!\p{L})än(?!\p{L}))|^\s*(?:två|tre|fyra|fem|båda|bägge|ett\s+par)\s+(?:av\s+(?:dem|dessa|de\s+\p{L}+)\s+)?(?:var|är|hade|har|fick|får)(?=\s)|^\s*(?:man|kommunen|de|nämnden|förvaltningen)\s+(?:har|hade|är|var)\s+(?:också\s+|även\s+|dessutom\s+)?där|^\s*(?:\p{L}+\s+){1,2}?(?:har|hade|är|var|blev|blir|\p{Ll}{3,}(?:s|des|ts))\s+(?:(?:också|även|dessutom|numera|sedan\s+dess|enligt\s+\p{L}+)\s+){0,2}där(?!\p{L})|(?:av|med)\s+(?:arbetsformen|arbetssättet|metoden|modellen|upplägget|konceptet|idén|tanken|formen))(?!\p{L})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();
}
