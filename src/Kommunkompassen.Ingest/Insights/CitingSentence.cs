using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Language;
using Kommunkompassen.Ingest.Mentions;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Insights;

/// <summary>
/// The text a citation is judged by: the sentence that names the municipality, or where that
/// sentence refers back ("Sådana kanaler finns även i Sollentuna", "Ett gott exempel på detta
/// finns i …") the sentence before it and the sentence itself. The sentence before is found in
/// the passage that holds the mention's sentence, split as the mention extractor splits it; a
/// sentence that opens its passage has none. Two more readings of the sentences around it, as a
/// reader takes them: a sentence that opens with another municipality (or names it as its subject
/// after the verb: "Ett enkelt upplägg har Nordanstig") right after one that states a lack of the
/// report's own or recommends something to it ("Kommunen har ännu ingen plan för kompetensförsörjning. I Skövde
/// kartlägger varje förvaltning sina behov …") answers it, and is read with it; a sentence after it
/// that opens with "Där" (in a quotation too) says more of the same place, and is read with it, and
/// so is the sentence after a short one that only points ("Uddevalla har gjort just det.", "Värnamo
/// gör det."), which tells what was done, and after a question that names it ("Vad har Hässleholm
/// som kommunen saknar? En lekplatsplan, …"), which answers it (unless it names the municipality
/// again: then it is a mention of its own, "… som i Olofström? Men Olofström lade ned …"). A municipality named only
/// as a partner ("samarbetar med Lycksele om räddningstjänsten") is not cited at all (<see cref="NamesAsPartner"/>),
/// nor one named only to compare with or to visit (<see cref="NamesInPassing"/>), nor one whose own
/// statement says its practice failed or is lacking (<see cref="NamesAsFailure"/>).
/// </summary>
public static partial class CitingSentence
{
    /// <summary>Most sentences a chain of referring sentences is followed back over.</summary>
    public const int MaxChain = 3;

    /// <summary>
    /// The citing text: the statement that names the municipality, with the sentence before it
    /// where it refers back, and so on while the sentence before refers back too ("Kommunen kan här
    /// ta intryck av Örebro, som mäter svarstiderna. Likaså har Uppsala kortat dem." is Uppsala cited
    /// for what the sentence before Örebro's described), at most <see cref="MaxChain"/> sentences back.
    /// A sentence of coordinated statements, each with its own subject ("I Varberg finns ett
    /// förbättringsråd, och Enköping har inrättat en innovationssluss"), cites each municipality for
    /// its own statement; a later statement that refers back ("…, och Umeå har en liknande ordning")
    /// is read with the whole sentence.
    /// </summary>
    public static string Of(Mention mention, IReadOnlyList<Passage> passages, string? ownCode = null) => Readings(mention, passages, ownCode)[0];

    /// <summary>
    /// The citing text of each statement of the sentence that names the municipality, in order (one
    /// reading as <see cref="Of"/> gives it, and more where the sentence names it in several
    /// statements: "… bör titta på Värnamo eller Nacka, vilka …; i Nacka kan man dessutom följa sitt
    /// ärende i en e-tjänstportal" cites Nacka for both).
    /// </summary>
    public static IReadOnlyList<string> Readings(Mention mention, IReadOnlyList<Passage> passages, string? ownCode = null)
    {
        var statements = Statements(mention.Sentence);
        if (statements.Count < 2)
        {
            return [Reading(mention, passages, statements, -1, ownCode)];
        }

        var naming = Enumerable.Range(0, statements.Count).Where(i => Names(statements[i], mention.Municipality.Name)).ToList();
        return naming.Count == 0 ? [Reading(mention, passages, statements, -1, ownCode)] : naming.Select(at => Reading(mention, passages, statements, at, ownCode)).ToList();
    }

    /// <summary>The citing text of the statement at <paramref name="at"/> (-1: the sentence has one statement, or none names it).</summary>
    private static string Reading(Mention mention, IReadOnlyList<Passage> passages, List<string> statements, int at, string? ownCode)
    {
        var sentence = mention.Sentence;
        var all = SentencesAround(mention, passages);
        var index = all?.IndexOf(mention.Sentence) ?? -1;
        var after = index >= 0 && index + 1 < all!.Count && (ThereOpens().IsMatch(all[index + 1]) || PointsAhead().IsMatch(sentence) || (sentence.TrimEnd().EndsWith('?') && !Names(all[index + 1], mention.Municipality.Name))
            || (TheyOpen().IsMatch(all[index + 1]) && MentionExtractor.InSentence(all[index + 1], MunicipalityRegistry.Default, ownCode).Count == 0)) ? " " + all[index + 1] : string.Empty;
        if (at > 0 && !Anaphor().IsMatch(statements[at]) && !ListItem(sentence, statements[at]))
        {
            // A later statement with a subject of its own: read alone, or with the lack it answers.
            return (Answers(all, index, ownCode) ? all![index - 1] + " " : string.Empty) + statements[at] + after;
        }

        var own = WithoutPartnership(at == 0 ? statements[0] : sentence, mention.Municipality.Name);
        var before = Before(all, index, ownCode);
        return (before.Count == 0 ? own : string.Join(" ", before) + " " + own) + after;
    }

    /// <summary>
    /// Whether a later statement is one more item of a list after a colon, a name and a relative
    /// clause with no verb of its own ("har kommit längre: Åtvidaberg, som …, och Kinda, där …"): it is
    /// held up by what the sentence says before the colon, and read with the whole sentence.
    /// </summary>
    private static bool ListItem(string sentence, string statement) =>
        ListItemOpens().IsMatch(statement) && sentence.IndexOf(statement, StringComparison.Ordinal) is var at && at > 0 && sentence.AsSpan(0, at).Contains(':');

    /// <summary>
    /// Whether the municipality is named in its statement only as a partner of the report's own
    /// ("samarbetar med Lycksele om räddningstjänsten", "drivs ihop med Varberg", "ett jämförelsenätverk med Laholm och
    /// Mönsterås", "samma nätverk som Sölvesborg", "tillsammans med bl.a. Ystad", "ett gemensamt
    /// projekt med Boden", "ett nätverk där bl.a. Falun också ingår"): a municipality worked
    /// with, not one to learn from; or as the host of a shared body ("med Österåker som
    /// värdkommun"); or only as where a meeting was held ("en konferens … som hölls i
    /// Sala", "kursen ägde rum i Nybro", "kursdagarna förläggs till Borås", "vid den nationella
    /// ledarkonferens i Åre", "vid sitt internat i Åre", "hölls på en kursgård i Tingsryd"): a venue.
    /// </summary>
    public static bool NamesAsPartner(Mention mention)
    {
        // Named as a partner; still a good example where the sentence names it again outside the lists.
        var lists = Partners().Matches(mention.Sentence).Concat(Venues().Matches(mention.Sentence)).Concat(Members().Matches(mention.Sentence)).Concat(Hosts().Matches(mention.Sentence)).Concat(PartnerSubjects().Matches(mention.Sentence)).Concat(Dealings().Matches(mention.Sentence))
            .Select(m => (m.Groups["names"].Index, m.Groups["names"].Value)).ToList();

        // An agreement between the municipalities makes every one the statement names a partner ("tar emot larmen från Hjo och Tibro enligt ett avtal mellan kommunerna").
        foreach (var statement in Statements(mention.Sentence).Where(st => Between().IsMatch(st)))
        {
            var offset = mention.Sentence.IndexOf(statement, StringComparison.Ordinal);
            if (offset >= 0)
            {
                lists.Add((offset, statement));
            }
        }

        return OnlyIn(mention.Sentence, lists, mention.Municipality.Name);
    }

    /// <summary>
    /// Whether the municipality is named only in passing: as a row of a table of figures
    /// ("Hofors: 61 %"), as what the report's own is compared with ("jämfört med 55 procent i
    /// Kävlinge", "låg Kristianstad efter Landskrona och Kävlinge", "fler än i Ovanåker"), or as a
    /// place a visit is planned to ("planerar att besöka Nacka för att se hur deras kontaktcenter
    /// är organiserat", "ett studiebesök i Ludvika … är planerat"): a figure or a destination, not
    /// an example the report holds up; or as where people commute, move or were recruited to or from
    /// ("pendlar till Luleå", "rekryterades från Umeå"); or in a question that doubts what it shows
    /// ("är Oskarshamns låga värde ett resultat av …, eller …?"). Still cited where the sentence names it
    /// again outside these.
    /// </summary>
    public static bool NamesInPassing(Mention mention)
    {
        var name = mention.Municipality.Name;
        var sentence = mention.Sentence;
        if (TableRow().Match(sentence) is { Success: true } row && Names(row.Groups["names"].Value, name))
        {
            return true;
        }

        // What it is compared with, unless the sentence holds it up all the same ("Jfr Tidaholm, vars styrkort … är förebildligt").
        // "Jfr X" as a footnote of an example ("Jfr Osby, som varje torsdag köper en helsida …") is a comparison only with figures or a lack beside it.
        var lists = Praise().IsMatch(sentence) ? [] : Comparisons().Matches(sentence)
            .Where(m => !m.Value.StartsWith("jfr", StringComparison.OrdinalIgnoreCase) || FigureOrLack().IsMatch(sentence))
            .Select(m => (m.Groups["names"].Index, m.Groups["names"].Value)).ToList();
        if (!Praise().IsMatch(sentence))
        {
            lists.AddRange(Toured().Matches(sentence).Select(m => (m.Groups["names"].Index, m.Groups["names"].Value)));
        }

        foreach (var statement in Statements(sentence).Where(st => PlannedVisit().IsMatch(st)))
        {
            var offset = sentence.IndexOf(statement, StringComparison.Ordinal);
            if (offset >= 0)
            {
                lists.AddRange(Visited().Matches(statement).Select(m => (offset + m.Groups["names"].Index, m.Groups["names"].Value)));
            }
        }

        // Not in a counterfactual that holds the place up ("Hade Birgitta bott i Säffle hade hon kunnat …").
        if (!Counterfactual().IsMatch(sentence))
        {
            lists.AddRange(Moved().Matches(sentence).Select(m => (m.Groups["names"].Index, m.Groups["names"].Value)));
        }

        lists.AddRange(Doubts().Matches(sentence).Select(m => (m.Groups["names"].Index, m.Groups["names"].Value)));
        lists.AddRange(ComparedList().Matches(sentence).Select(m => (m.Groups["names"].Index, m.Groups["names"].Value)));
        if (!Praise().IsMatch(sentence))
        {
            lists.AddRange(Comparatives().Matches(sentence).Select(m => (m.Groups["names"].Index, m.Groups["names"].Value)));
        }

        if (!Praise().IsMatch(sentence) && Figures().Matches(sentence) is { } figures && figures.Select(m => m.Groups["names"].Value).Distinct(StringComparer.Ordinal).Count() >= 2)
        {
            lists.AddRange(figures.Select(m => (m.Groups["names"].Index, m.Groups["names"].Value)));
        }

        return OnlyIn(sentence, lists, name);
    }

    /// <summary>Whether the name is in one of the spans of the sentence and nowhere else in it.</summary>
    private static bool OnlyIn(string sentence, IReadOnlyList<(int Index, string Value)> spans, string name)
    {
        if (!spans.Any(g => Names(g.Value, name)))
        {
            return false;
        }

        // The sentence with the spans blanked out (they may overlap).
        var rest = sentence.ToCharArray();
        foreach (var (index, value) in spans)
        {
            Array.Fill(rest, ' ', index, Math.Min(value.Length, rest.Length - index));
        }

        // Named elsewhere only as no municipality ("Länsstyrelsen i Kalmar län"): only in the spans.
        return !MentionExtractor.InSentence(new string(rest), MunicipalityRegistry.Default, exceptCode: null).Any(m => m.Name == name);
    }

    /// <summary>
    /// Whether the statement that names the municipality says its practice failed ("Kramfors införde
    /// e-förslag 2013 men har knappt fått in några förslag", "Lean-satsningen i Karlshamn gav inte
    /// avsedd effekt och avbröts", "modellen har visat sig svår att tillämpa", "stängde den efter tre
    /// månader", "har inte kommit igång", "har ännu inte kommit längre än till en projektplan", "lade, i likhet med
    /// Vänersborg, ned försöket", "har skjutit upp en motsvarande satsning", "har i år beslutat att …, men där
    /// har ännu ingen börjat", "men när vi frågade visade det sig att …", "för tung för att användas",
    /// "avslutades efter ett år", "… erbjuder man inte där heller", "stod halvtomt", "var så allmänt
    /// hållna att de inte gick att följa upp", "används den bara på ett av boendena", or is only
    /// studied: "pågick en utredning om"): a warning, not an example to learn from.
    /// </summary>
    public static bool NamesAsFailure(Mention mention)
    {
        var name = mention.Municipality.Name;
        var statements = Statements(mention.Sentence);
        if (Unexamined().IsMatch(mention.Sentence) && (!Praise().IsMatch(mention.Sentence) || NotPraised().IsMatch(mention.Sentence) || Hearsay().IsMatch(mention.Sentence)))
        {
            return true; // "… men vi har inte granskat hur pengarna har använts och kan inte säga om …"
        }

        var named = statements.Select((st, i) => (Statement: st, At: i)).Where(x => Names(x.Statement, name)).ToList();
        return named.Count == 0
            ? Fails(mention.Sentence) || Lacks(mention.Sentence, name)
            : named.All(x => Fails(x.Statement) || Lacks(x.Statement, name) || FailsNext(statements, x.At, name));

        static bool Fails(string statement) => Failed().Matches(statement).Any(m => !WhenClause().IsMatch(statement[..m.Index])) || (DeniedAfterBut().IsMatch(statement) && !Praise().IsMatch(statement));

        // A failure told as the background of a clause of time is another's ("Avesta stod inför samma fråga
        // när det gamla järnverket vid forsen lades ner, och de har sedan dess gjort Verket till en konsthall").
        // "Västervik lanserade en chattbot i december, och det är för tidigt att säga om …": the
        // statement after it that goes on about the same thing says it failed or is unproven.
        static bool FailsNext(List<string> statements, int at, string name) =>
            at + 1 < statements.Count && !Names(statements[at + 1], name) && GoesOn().IsMatch(statements[at + 1]) && Fails(statements[at + 1]);
    }

    /// <summary>
    /// Whether the statement says the municipality itself lacks something: its name as the subject
    /// of a denial ("Söderhamn saknar också tjänstegarantier", "Bollnäs har inte antagit några
    /// riktlinjer", "Hässleholm, som ännu inte har någon klimatstrategi, …", "Hofors, där någon sådan
    /// rätt inte finns", not "Härryda, där varje elev som inte når nivåerna får en plan", "Vellinge har, liksom
    /// Kristianstad, ännu inga garantier", "Söderhamn – ej med i LUPP"; not a rule that bars something,
    /// "Bollnäs, där ingen chef kan attestera sina egna utlägg"), or asks others about it
    /// ("Sölvesborg har hört av sig till Karlshamn för att få råd", "Ronneby har hört sig för", "Båstad
    /// frågade i fjol hur Ängelholm räknar fram …"), or only plans or studies it ("Sala vid tiden för
    /// utvärderingen utredde …", "Växjö planerar enligt uppgift att …", "Grums planerar enligt uppgift en
    /// liknande kartläggning", "Säffle har enligt uppgift beslutat att utreda …"), or lacks it ("Vindeln och
    /// Bjurholm, som använder samma plattform, saknar också en sådan funktion"), or had trouble with it
    /// ("Uppvidinge, som försökte …, hade enligt uppgift svårt att …"), or closed it down ("Västerås
    /// avslutade sitt konto på TikTok 2023"), "Inte heller
    /// Hässleholm … har"). A lack of the report's own set against it ("Till skillnad från Karlshamn
    /// har kommunen inga servicegarantier") does not count.
    /// </summary>
    private static bool Lacks(string statement, string name)
    {
        var n = Regex.Escape(name) + "s?";
        const string Adverbs = @"(?:(?:också|heller|ännu|fortfarande|hittills|dock|däremot|själv|i\s+dag|idag)\s+){0,3}";
        var lack = new Regex(
            $@"(?<!\p{{L}})(?:{n}\s*,\s*där\s+(?:(?:(?!som\s)[^,.;]){{0,40}}?\s)?(?:inte|ej|saknas|(?:ingen|inget|inga)(?!\s+(?:\p{{L}}+\s+){{0,2}}?(?:kan|får|behöver)(?!\p{{L}})))|{n}\s+(?:[\p{{L}}\d]+\s+){{0,4}}?(?:(?:hört|hörde|hör|hört)\s+(?:\p{{Ll}}+\s+){{0,3}}?(?:av\s+sig|sig\s+för)|(?:kontaktat|kontaktade|kontaktar)\s+(?:\p{{Lu}}\p{{L}}+|oss|er|kommunen)\s+för\s+att\s+(?:få\s+)?(?:veta|höra|fråga|lära)|(?:frågade|frågat|frågar)\s+(?:(?:\p{{Ll}}+|\p{{Lu}}\p{{L}}+)\s+){{0,3}}?(?:hur|om|vad)\s+(?:ni|er|vi|oss|de|man|kommunen|\p{{Lu}}\p{{L}}+)(?!\p{{L}})|(?:ringt|ringde|mejlat|mejlade|skrivit|skrev)\s+(?:till\s+\p{{Lu}}\p{{L}}+\s+)?och\s+(?:frågat|frågade)|(?:bett|bad)\s+om\s+(?:råd|hjälp)|(?:gjorde|gjort|gör|genomförde|genomfört)\s+(?:ett\s+)?studiebesök\s+(?:i|hos|på|vid)|(?:begärt|begärde|bett|bad|frågat|frågade|frågar)\s+(?:om\s+)?att\s+få)|(?:fått|fick|får)\s+(?:\p{{L}}+\s+){{0,2}}?(?:frågor|förfrågan|förfrågningar|en\s+fråga)\s+från\s+{n}|(?:finns|fanns)\s+(?:\p{{L}}+\s+){{0,2}}?(?:inte|ej)\s+(?:heller\s+)?(?:i|hos)\s+{n}|{n}(?:\s+(?:och|samt)\s+\p{{Lu}}[\p{{L}}-]*)*(?:\s*,[^,.;]{{1,80}},)?\s+(?:har|hade)\s+(?:(?!löst|lös|åtgärdat|klarat)\p{{L}}+\s+){{0,7}}?(?:samma\s+(?:brist|problem|svårighet|frågor\s+olösta)\p{{L}}*|olöst\p{{L}}*)|{n}(?:\s+(?:och|samt)\s+\p{{Lu}}[\p{{L}}-]*)*(?:\s*,\s*som|\s*[–—-]|\s*,\s*där\s[^,.;]{{1,60}},|\s*,[^,.;]{{1,80}},)?\s+{Adverbs}(?:saknar|saknade|inte|ej|ingen|inget|inga|har(?:\s*,[^,.;]{{1,40}},)?\s+{Adverbs}(?:inte|ej|ingen|inget|inga))|(?i:inte\s+heller)\s+(?:i\s+|hos\s+)?{n}|{n}\s+(?:(?:vid|enligt|under|just|nu|redan|också|även)\s+(?:[\p{{Ll}}\d]+\s+){{0,4}}?)?(?:(?:planerar|planerade|avser|avsåg)\s+(?:\p{{Ll}}+\s+){{0,5}}?att|(?:planerar|planerade)\s+(?:(?:enligt\s+\p{{Ll}}+|också|även|nu)\s+)?(?:en|ett)(?=\s)|(?:har\s+(?:\p{{Ll}}+\s+){{0,3}}?)?(?:beslutat|beslutade|beslöt|ska|skall)\s+(?:att\s+)?utreda|utreder|utredde|(?:funderar|funderade)\s+på)|{n}(?:\s*,[^,.;]{{1,80}},)?\s+(?:hade|har)\s+(?:\p{{Ll}}+\s+){{0,3}}?svårt\s+att|{n}\s+(?:\p{{Ll}}+\s+){{0,2}}?(?:avslutade|avslutat|stängde|stängt)\s+(?:sitt|sin|sina)|^\W{{0,3}}{n}\s*:\s[^.;]*?(?<!\p{{L}})(?:ej|aldrig|oklart?)(?!\p{{L}}))(?!\p{{L}})",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        return lack.IsMatch(statement);
    }

    /// <summary>
    /// The statement without a relative clause that names what the municipality is a partner in
    /// ("Hultsfred, som kommunen samarbetar med om IT-driften, har infört styrkort" is Hultsfred cited
    /// for styrkort, not for IT-driften).
    /// </summary>
    private static string WithoutPartnership(string statement, string name)
    {
        foreach (Match m in PartnerClause().Matches(statement))
        {
            if (m.Index >= name.Length && statement.AsSpan(0, m.Index).EndsWith(name, StringComparison.Ordinal))
            {
                return statement.Remove(m.Index, m.Length).Insert(m.Index, ",");
            }
        }

        return statement;
    }

    /// <summary>The sentences of the passage that holds the mention's sentence; null when no passage does.</summary>
    private static List<string>? SentencesAround(Mention mention, IReadOnlyList<Passage> passages) =>
        PassageOf(mention, passages) is { } text ? Sentences.Of(text).ToList() : null;

    /// <summary>The sentences a citing sentence refers back over (or answers), in text order (none when it does neither).</summary>
    private static List<string> Before(List<string>? all, int at, string? ownCode)
    {
        var chain = new List<string>();
        if (all is null || at < 0)
        {
            return chain;
        }

        if (!RefersBack(all[at]) && (Answers(all, at, ownCode) || ShortAnswer(all, at)))
        {
            chain.Add(all[at - 1]);
            return chain;
        }

        // An item of a list, read with the line that leads into it ("Så här arbetar två andra kommuner
        // med internkommunikation: – Halmstad har en app … – Härryda har utsett kommunikationsombud …").
        if (OpensWithAMunicipality(all[at]) && LeadOf(all, at) is { } lead)
        {
            chain.Add(all[lead]);
            return chain;
        }

        // "Boxholm har gjort likadant som Kinda": read back to the sentence that named Kinda.
        if (FollowedBack(all, at) is { } from)
        {
            chain.AddRange(all.GetRange(from, at - from));
            return chain;
        }

        // A citing sentence that opens with "Däremot" sets itself against the one before ("… webbsänds.
        // Däremot går det inte att hoppa till en viss punkt, något som Lerum har löst"), and is read
        // with it; further back the contrast marks where the topic changed, so the chain stops there.
        // A sentence read back to goes on further back where it goes on telling of the municipality
        // the sentence before it named ("Kungälv ritade om kundresan … Resultatet i Kungälv är … Lomma
        // har gjort något liknande": Lomma did what Kungälv did, told two sentences back), or where it
        // is a question put between ("… ert sparpaket … Hur tror ni att det kändes? Ovanåker gick en annan väg").
        while (at > 0 && chain.Count < MaxChain && (RefersBack(all[at]) || (chain.Count == 0 && ContrastOpens().IsMatch(all[at])) || (chain.Count > 0 && (Continues(all[at], all[at - 1], ownCode) || all[at].TrimEnd().EndsWith('?')))))
        {
            at--;
            chain.Insert(0, all[at]);
        }

        return chain;
    }

    /// <summary>
    /// The line that leads into a list the sentence at <paramref name="at"/> is an item of: the
    /// nearest sentence before it ending in a colon, over items before it that each open with a
    /// municipality, at most <see cref="MaxChain"/> back; null when there is none.
    /// </summary>
    private static int? LeadOf(List<string> all, int at)
    {
        for (var i = at - 1; i >= 0 && at - i <= MaxChain; i--)
        {
            if (all[i].TrimEnd().EndsWith(':'))
            {
                return i;
            }

            if (!OpensWithAMunicipality(all[i]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the sentence right after the mention's, naming no other municipality (the report's own
    /// may stand in it: "Men ingen i Vimmerby har sett …"), takes back what it
    /// told: it opens with "Men" or a pronoun for it and says it failed or is unproven ("Linköping
    /// har en grupp som … Men ingen här har sett hur den fungerar.", "Kinda har skolfrukost sedan i
    /// höstas. Det är för tidigt att säga om …"), or that objects to it ("… föreslår att panelen nämner
    /// Lidköping … U2 invänder att … ingen i panelen har sett något underlag").
    /// </summary>
    public static bool HedgedAfter(Mention mention, IReadOnlyList<Passage> passages, string? ownCode)
    {
        var all = SentencesAround(mention, passages);
        var index = all?.IndexOf(mention.Sentence) ?? -1;
        if (index < 0 || index + 1 >= all!.Count)
        {
            return false;
        }

        // Another municipality may stand in it only in passing or as a venue ("U2 invänder att uppgiften kommer från en föreläsning i Göteborg").
        var next = all[index + 1];
        return (HedgeOpens().IsMatch(next) || Objects().IsMatch(next))
            && MentionExtractor.InSentence(next, MunicipalityRegistry.Default, ownCode).Select(o => new Mention(new MunicipalityRef(o.Name, o.Code), mention.Area, mention.Question, next, null))
                .All(o => o.Municipality.Code != mention.Municipality.Code && (NamesInPassing(o) || NamesAsPartner(o)))
            && (Failed().IsMatch(next) || DeniedAfterBut().IsMatch(next) || Unexamined().IsMatch(next)) && !Praise().IsMatch(next);
    }

    /// <summary>
    /// Whether sentence <paramref name="at"/> is a short answer (a label, then at most six words:
    /// "Svar: Ja, Piteå.") to the question before it, which tells what it answers ("Finns det någon
    /// kommun ni har lärt av när det gäller budgetuppföljning?").
    /// </summary>
    private static bool ShortAnswer(List<string>? all, int at) =>
        all is not null && at > 0 && all[at - 1].TrimEnd().EndsWith('?') && Words().Count(Label().Replace(all[at], string.Empty, 1)) <= 6;

    /// <summary>Whether a sentence names a municipality (not the report's own) that the sentence before it names too.</summary>
    private static bool Continues(string sentence, string before, string? ownCode)
    {
        var named = MentionExtractor.InSentence(sentence, MunicipalityRegistry.Default, ownCode);
        return named.Count > 0 && MentionExtractor.InSentence(before, MunicipalityRegistry.Default, ownCode).Any(m => named.Contains(m));
    }

    /// <summary>
    /// Where a sentence says its municipality does as another did ("har gjort likadant som Kinda",
    /// "på samma sätt som Vara", "efter Älmhults modell", "tog efter Boxholm"): the index of the
    /// nearest sentence before it, at most <see cref="MaxChain"/> back, that names the other; null
    /// when none does.
    /// </summary>
    private static int? FollowedBack(List<string> all, int at)
    {
        foreach (Match m in Follows().Matches(all[at]))
        {
            var word = m.Groups["name"].Value;
            var other = MunicipalityRegistry.Default.Find(word) ?? (word.EndsWith('s') ? MunicipalityRegistry.Default.Find(word[..^1]) : null);
            if (other is null)
            {
                continue;
            }

            for (var back = at - 1; back >= 0 && back >= at - MaxChain; back--)
            {
                if (Names(all[back], other.Name))
                {
                    return back;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether sentence <paramref name="at"/> answers the one before it: it opens with a municipality
    /// (among its first three words: "I Skövde …", "Göteborg har …") and the one before states a lack
    /// or a shortfall ("inte", "ingen", "saknas", "ändå", "brister", "ligger efter" …) that is not
    /// another municipality's (<see cref="LackIsAnothers"/>).
    /// </summary>
    private static bool Answers(List<string>? all, int at, string? ownCode) =>
        all is not null && at > 0 && OpensWithAMunicipality(all[at]) && !OwnTopicOpens().IsMatch(all[at]) && (Lack().IsMatch(all[at - 1]) || Recommends().IsMatch(all[at - 1]))
        && !LackIsAnothers(all[at - 1], ownCode);

    /// <summary>
    /// Whether the lack a sentence states is another municipality's, not the report's own ("Jfr
    /// Götene, där ett liknande pris inte heller fick fäste"): a sentence after it answers nothing.
    /// The report's own municipality (<paramref name="ownCode"/>) may state its own lack by name.
    /// </summary>
    private static bool LackIsAnothers(string sentence, string? ownCode) =>
        MentionExtractor.InSentence(sentence, MunicipalityRegistry.Default, ownCode).Any(m => Lacks(sentence, m.Name));

    /// <summary>
    /// The sentence's subject or opening place is a municipality: its first word, or its first after
    /// words that open a sentence ("I Skövde …", "Även i Mora …"), or of a quotation after a colon
    /// ("… berättar hon: \"I Luleå har alla nya chefer …\""), or after a label run into the line
    /// ("Att lära av – Ljusdal: …"), not one named after a noun of the
    /// sentence's own ("Heltidsarbetet i Älmhult …" speaks of heltidsarbetet, not of the lack before).
    /// </summary>
    private static bool OpensWithAMunicipality(string sentence)
    {
        // Reported speech after a colon opens anew ("… berättar hon: \"I Luleå har alla nya chefer …\"").
        if (QuoteOpens().Match(sentence) is { Success: true } quote && OpensWithAMunicipality(sentence[(quote.Index + quote.Length)..]))
        {
            return true;
        }

        // Its subject after the verb, the object first ("Ett enkelt upplägg har Nordanstig, som …").
        if (InvertedSubject().Match(sentence) is { Success: true } inverted && MunicipalityRegistry.Default.Find(inverted.Groups["name"].Value) is not null)
        {
            return true;
        }

        // A label run into the line ("Att lära av – Ljusdal: …", "Föredöme – Västerås (…)", "Tips: …") opens nothing itself.
        if (Label().Match(sentence) is { Success: true } label)
        {
            sentence = sentence[label.Length..];
        }

        foreach (var w in Words().Matches(sentence).Take(3).Select(m => m.Value))
        {
            if (char.IsUpper(w[0]) && MunicipalityRegistry.Default.Find(w) is not null)
            {
                return true;
            }

            if (!MentionExtractor.IsSentenceOpener(char.ToUpperInvariant(w[0]) + w[1..]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The coordinated statements of a sentence: split at a semicolon or at a comma before "och".</summary>
    internal static List<string> Statements(string sentence) =>
        StatementBreak().Split(sentence).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    /// <summary>Whether the text names the municipality (the name as a word, or its genitive in -s).</summary>
    private static bool Names(string text, string name)
    {
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
        {
            var end = i + name.Length;
            if (end < text.Length && text[end] == 's')
            {
                end++;
            }

            if ((i == 0 || !char.IsLetter(text[i - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence points back to what was said before it. The words (whole words, any
    /// case) are Swedish anaphora a report uses to cite another municipality for what the previous
    /// sentence described: demonstratives that stand for a thing said before ("detta", "dessa",
    /// "denna", "det/den/de här", "detsamma"; "det/den/de" before a noun in the definite form, "det
    /// problemet", "den modellen"; "samma" before a noun not followed by "som …", "Samma reform
    /// genomfördes i …"), "sådan(a/t)" and the older "dylik(a/t)" and "nämnda" (a thing of the kind
    /// just named), a sentence that opens with a noun for the practice just described ("Idén kommer
    /// från Mark", "Modellen har hämtats från …") or with an example of it ("Ett exempel är …"),
    /// comparison words with nothing to compare with in their own sentence ("liknande",
    /// "motsvarande", "likaså", "likadant", "på samma/liknande sätt" not followed by "som …"),
    /// "här" ("kommunen kan här ta intryck av …"), the elliptic "så gör/har/är …", "gör/har gjort så"
    /// at a stop or before a time ("Mark har gjort så i flera år"), "så även",
    /// "även där/här", and a comparative of success with no "än" to say what it is compared with
    /// ("Arvika har lyckats bättre genom …", "har kommit längre"), and a thing of more or better of a
    /// kind with no "än" opening the sentence or statement ("En mer systematisk ansats finns i Täby",
    /// "…; ett ännu mer strukturerat arbetssätt har utvecklats i Nora"; not as an object, "kommunen
    /// behöver ett mer systematiskt arbete", which compares with the report's own state), and a
    /// sentence whose subject is a number of what was just named ("Två var mycket lättare att använda
    /// än …: Lerums och Sundsvalls"): it is measured against what the sentence before described. Not in the list: a bare "även"/"också". They mark an addition, and a sentence
    /// with them usually names its own practice ("Även Haninge har en medborgarpanel"), which the
    /// previous sentence's practice would then be credited to.
    /// </summary>
    /// The word must stand in the sentence's first clause: in a later one ("Biblioteket samarbetar
    /// kring läsfrämjande, och Sundbyberg har ett liknande samarbete …") it points into the
    /// sentence's own earlier clause, not to the sentence before.
    public static bool RefersBack(string sentence) => Anaphor().IsMatch(FirstClause(sentence));

    /// <summary>
    /// The sentence up to its first clause break: a semicolon, or a comma before a conjunction that
    /// opens a new clause; not ", där" right after a name, whose clause tells of the place named
    /// ("En av oss arbetar i Gävle, där ett liknande servicecenter öppnades …").
    /// </summary>
    private static string FirstClause(string sentence)
    {
        var m = ClauseBreak().Match(sentence);
        return m.Success ? sentence[..m.Index] : sentence;
    }

    /// <summary>
    /// Whether <paramref name="later"/> is the sentence right after the mention's, names the same
    /// municipality, tells what came of it afterwards and says it failed ("… så som Degerfors gjorde
    /// för några år sedan. Enligt kommunsekreteraren fick Degerfors därefter kritik … och har nu
    /// återinfört annonsen."): what was told has been taken back, whatever words it used.
    /// </summary>
    public static bool UndoneNext(Mention mention, Mention later, IReadOnlyList<Passage> passages)
    {
        var all = SentencesAround(mention, passages);
        var at = all?.IndexOf(mention.Sentence) ?? -1;
        return at >= 0 && at + 1 < all!.Count && all[at + 1] == later.Sentence && Afterwards().IsMatch(later.Sentence) && NamesAsFailure(later);
    }

    /// <summary>Whether the mention's sentence says in so many words that the municipality is no example ("vi ser den inte som ett föredöme", "knappast något att ta efter").</summary>
    public static bool Disowns(Mention mention) => NotPraised().IsMatch(mention.Sentence);

    /// <summary>
    /// Whether the mention's sentence holds the municipality up in so many words (<see cref="HeldUp"/>):
    /// "U3 lyfter i stället fram Götene, där …", "Vi rekommenderar att ni tittar på hur Timrå gör: där …".
    /// </summary>
    public static bool HoldsUp(Mention mention) =>
        HeldUp().Matches(mention.Sentence).Any(m => Names(m.Groups["names"].Value, mention.Municipality.Name));

    /// <summary>
    /// The sentences before the mention's in its passage that a sentence holding the municipality up
    /// answers: at most <paramref name="count"/>, back to the nearest that names another municipality
    /// (by the report's <paramref name="mentions"/>) for anything but a failure, a lack, a figure or a
    /// partnership, or a proposal a sentence after it turned down. A reader passes over the examples
    /// the text has just turned down and the rows of a comparison ("… föreslår Skövde som förebild …
    /// U3 invänder att Skövde inte skriver några referat alls … U3 lyfter i stället fram Götene"); a
    /// sentence that holds it up "also" is read with the example right before it. It stops before a
    /// sentence further back than the one right before that names another for a plan or a failure,
    /// where the text has turned to another thing. Empty when there are none.
    /// </summary>
    public static string Answered(Mention mention, IReadOnlyList<Passage> passages, IReadOnlyList<Mention> mentions, int count = 3)
    {
        var all = SentencesAround(mention, passages);
        var at = all?.IndexOf(mention.Sentence) ?? -1;
        var taken = new List<string>();
        var turnedDown = new HashSet<string>(StringComparer.Ordinal);
        for (var i = at - 1; i >= 0 && taken.Count < count; i--)
        {
            var sentence = all![i];
            var others = mentions.Where(m => m.Sentence == sentence && m.Area == mention.Area && m.Question == mention.Question && m.Municipality.Code != mention.Municipality.Code).ToList();
            if (others.Any(o => !turnedDown.Contains(o.Municipality.Code) && !NamesAsFailure(o) && !NamesInPassing(o) && !NamesAsPartner(o)))
            {
                // "Vi rekommenderar också att ni tittar på hur Örnsköldsvik …": held up for what the example before it was
                // (with what told on of it: "Ett gott exempel är Växjö … Där redovisas … Kommunen kan också ta del av hur Jönköping …").
                if (Also().IsMatch(mention.Sentence) && taken.All(s => RefersBack(s) || ThereOpens().IsMatch(s)))
                {
                    taken.Insert(0, sentence);
                }

                break;
            }

            // A strength of the municipality's own is nothing an example answers ("Styrka: riktlinjer
            // för sociala medier … Svaghet: klarspråk tillämpas ojämnt … Tips: titta på Trollhättan").
            if (StrengthLabel().IsMatch(sentence))
            {
                break;
            }

            // What a later sentence turned down was proposed in an earlier one ("… föreslår Skövde som förebild … U3 invänder att Skövde inte skriver några referat").
            turnedDown.UnionWith(others.Where(NamesAsFailure).Select(o => o.Municipality.Code));
            // A plan or failure of another's further back, past the sentence right before, was another
            // topic's ("Ragunda planerar att inrätta ett landsbygdsråd … Utvärderarna vill också peka på
            // webbplatsen … Ett gott exempel är Kalix, där … ett diskussionsforum").
            if (taken.Count > 0 && others.Any(NamesAsFailure))
            {
                break;
            }

            taken.Insert(0, sentence);
        }

        return string.Join(" ", taken);
    }

    /// <summary>
    /// The sentence right before the mention's where the mention's opens with it and the one before
    /// opens with another municipality or holds it up ("Ett gott exempel är Kungsbacka, där …"), for
    /// anything but a failure, a figure, a partnership or a passing mention ("Lerum har samlat … I
    /// Alingsås ställer kommunen ut containrar …"): one more example of what the sentence before held
    /// up; for a sentence that opens "Även Y …", also over what was told on of the example before it
    /// ("I Örnsköldsvik sänds … Där tas också frågor … Även Kramfors har …"). Null otherwise.
    /// </summary>
    public static string? NextExampleAfter(Mention mention, IReadOnlyList<Passage> passages, IReadOnlyList<Mention> mentions)
    {
        var all = SentencesAround(mention, passages);
        var at = all?.IndexOf(mention.Sentence) ?? -1;
        var also = AlsoOpens().IsMatch(mention.Sentence);
        if (at < 1 || !(OpensWithAMunicipality(mention.Sentence) || also) || FirstNamed(mention.Sentence) != mention.Municipality.Code)
        {
            return null;
        }

        // "Även Y …" may follow what was told on of the example ("I Örnsköldsvik sänds … Där tas
        // också frågor … Även Kramfors har …"), at most MaxChain sentences back.
        for (var back = at - 1; back >= 0 && at - back <= (also ? MaxChain : 1); back--)
        {
            // The report's own municipality is no mention: a sentence before that opens with it finds none.
            var before = all![back];
            var others = mentions.Where(m => m.Sentence == before && m.Municipality.Code != mention.Municipality.Code).ToList();
            if (FirstNamed(before) is { } first
                && others.Any(o => o.Municipality.Code == first && (OpensWithAMunicipality(before) || HoldsUp(o)) && !NamesAsFailure(o) && !NamesInPassing(o) && !NamesAsPartner(o)))
            {
                return before;
            }

            if (others.Count > 0 || !(ThereOpens().IsMatch(before) || RefersBack(before)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The sentence right after the mention's where it calls another municipality "another example"
    /// or says it does the like ("I Sandviken har kommunen begränsat antalet medarbetare per chef …
    /// Ett annat gott exempel är Järfälla, där kommunen har kartlagt chefernas förutsättningar …";
    /// "I Hultsfred bjuder … in företagarna till frukost … Mullsjö har på liknande sätt förlagt sina
    /// företagarträffar ute hos företagen"; "I Kumla samlades … Där betalas numera … Även Vara har samlat
    /// ekonomiadministrationen …", over what was told on of the first): the municipality of the sentence
    /// before was the first example of the same, when that sentence opens with it or holds it up. The
    /// sentences from the one after the mention's to that one; null otherwise.
    /// </summary>
    public static string? AnotherExampleAfter(Mention mention, IReadOnlyList<Passage> passages, IReadOnlyList<Mention> mentions)
    {
        var all = SentencesAround(mention, passages);
        var at = all?.IndexOf(mention.Sentence) ?? -1;
        if (at < 0 || !((OpensWithAMunicipality(mention.Sentence) && FirstNamed(mention.Sentence) == mention.Municipality.Code) || HoldsUp(mention)))
        {
            return null;
        }

        // Over what is told on of it first ("Där betalas numera …"), at most MaxChain sentences on.
        for (var next = at + 1; next < all!.Count && next - at <= MaxChain; next++)
        {
            var sentence = all[next];
            var others = mentions.Any(m => m.Sentence == sentence && m.Municipality.Code != mention.Municipality.Code);
            if (others && (AnotherExample().IsMatch(sentence) || AlsoOpens().IsMatch(sentence)))
            {
                return string.Join(" ", all.GetRange(at + 1, next - at));
            }

            if (others || !(ThereOpens().IsMatch(sentence) || RefersBack(sentence)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The recommendation to the report's own municipality that an example described before it
    /// answers ("… det finns ingen samlad bild av vilka lokaler som går att låna. I Kungsör utformas
    /// nya skolor … så att matsal, bibliotek och idrottshall kan användas av föreningar … Alla lokaler
    /// bokas där … Vi rekommenderar att kommunen … tar fram riktlinjer för samnyttjande"): the first
    /// sentence after the mention's that recommends, says what the municipality needs ("Vår bedömning
    /// är att kommunen behöver färre mål") or gives the evaluators' assessment ("Utvärderarna bedömer
    /// att kommunen genom att öppna en seniorrestaurang … skulle kunna minska den ensamhet …"), at
    /// most <see cref="MaxChain"/> + 1 sentences on. Between them may stand sentences that go on
    /// telling of the example ("Där …", "Enligt
    /// fritidschefen i Kungsör …"), one more example of it ("Även Enköping …", "Köping har använt samma
    /// arbetssätt"), municipalities named only in passing, as partners or in figures, or as failing at
    /// the like ("Åsele har diskuterat att ge medarbetarna liknande lediga dagar, men …"), and sentences
    /// of the report's own municipality (<see cref="RecommendedAnswer.Own"/>: the caller tells
    /// whether they keep to the topic; one that refers back to the example goes on: "Enligt de
    /// intervjuade cheferna i Järfälla skulle en liknande rapport underlätta arbetet"); another
    /// municipality held up for something else ends it. (Ending it also at any sentence that states
    /// a lack, as where the text turns back to the municipality's own shortfalls, was measured: it
    /// kept no wrong citation out and two right ones.) The mention's sentence must open with the
    /// municipality, hold it up or open "Även …", and not turn against it ("…, men … har samarbetet där
    /// drabbats av en långvarig oenighet"), and the municipality must not have been told of as a
    /// failure before it. Null when there is no such recommendation.
    /// </summary>
    public static RecommendedAnswer? RecommendationAfter(Mention mention, IReadOnlyList<Passage> passages, IReadOnlyList<Mention> mentions, string? ownCode)
    {
        var all = SentencesAround(mention, passages);
        var at = all?.IndexOf(mention.Sentence) ?? -1;
        if (at < 0 || Turns().IsMatch(mention.Sentence)
            || !((OpensWithAMunicipality(mention.Sentence) && FirstNamed(mention.Sentence) == mention.Municipality.Code) || HoldsUp(mention) || AlsoOpens().IsMatch(mention.Sentence)))
        {
            return null;
        }

        // Told of before as a failure ("Ett system med e-förslag prövades i Höör 2014 men avvecklades …
        // Bedömning: Höörs erfarenheter bör inte avskräcka …"): no example of what is recommended.
        if (mentions.Any(o => o.Municipality.Code == mention.Municipality.Code && all!.IndexOf(o.Sentence) is var before && before >= 0 && before < at && NamesAsFailure(o)))
        {
            return null;
        }

        var self = ownCode is null ? null : MunicipalityRegistry.Default.FindByCode(ownCode);
        var told = new List<string> { mention.Sentence };
        var own = new List<string>();
        for (var next = at + 1; next < all!.Count && next - at <= MaxChain + 1; next++)
        {
            var sentence = all[next];
            var others = mentions.Where(m => m.Sentence == sentence && m.Municipality.Code != mention.Municipality.Code && !NamesInPassing(m) && !NamesAsPartner(m)
                && !(NamesAsFailure(m) && RefersBack(sentence))).ToList();
            if (others.Count == 0 && (Recommends().IsMatch(sentence) || Needs().IsMatch(sentence) || Assesses().IsMatch(sentence)) && !NoteOpens().IsMatch(sentence))
            {
                return new RecommendedAnswer(RecommendationBreak().Split(sentence), string.Join(" ", told), own);
            }

            if (others.Count > 0)
            {
                if (!(AlsoOpens().IsMatch(sentence) || AnotherExample().IsMatch(sentence)))
                {
                    return null;
                }
            }
            else if (ThereOpens().IsMatch(sentence) || RefersBack(sentence) || Names(sentence, mention.Municipality.Name))
            {
                told.Add(sentence);
            }
            else if (OwnOpens().IsMatch(sentence) || (self is not null && Names(sentence, self.Name)))
            {
                own.Add(sentence);
            }
        }

        return null;
    }

    /// <summary>The code of the first municipality the sentence names, or null.</summary>
    private static string? FirstNamed(string sentence) =>
        MentionExtractor.InSentence(sentence, MunicipalityRegistry.Default, null).FirstOrDefault()?.Code;

    /// <summary>The text of the passage before the mention's sentence (empty when it opens the passage or no passage holds it).</summary>
    public static string Earlier(Mention mention, IReadOnlyList<Passage> passages)
    {
        var text = PassageOf(mention, passages);
        var at = text?.IndexOf(mention.Sentence, StringComparison.Ordinal) ?? -1;
        return at > 0 ? text![..at] : string.Empty;
    }

    /// <summary>The text of the passage after the mention's sentence (empty when it closes the passage or no passage holds it).</summary>
    public static string Later(Mention mention, IReadOnlyList<Passage> passages)
    {
        var text = PassageOf(mention, passages);
        var at = text?.IndexOf(mention.Sentence, StringComparison.Ordinal) ?? -1;
        return at >= 0 ? text![(at + mention.Sentence.Length)..] : string.Empty;
    }

    /// <summary>
    /// The sentence right before a citing text of the mention (<see cref="Readings"/>): before the
    /// first sentence the text holds, or before the mention's sentence when it is one statement of
    /// it; null when none stands before it.
    /// </summary>
    public static string? Preceding(Mention mention, IReadOnlyList<Passage> passages, string reading)
    {
        var all = SentencesAround(mention, passages);
        if (all is null)
        {
            return null;
        }

        var first = all.FindIndex(s => reading.StartsWith(s, StringComparison.Ordinal));
        var at = first >= 0 ? first : all.IndexOf(mention.Sentence);
        return at > 0 ? all[at - 1] : null;
    }

    /// <summary>
    /// The heading a terse passage opens with, where the mention's sentence holds the municipality
    /// up under a label ("Välfärdsteknik – handlingsplan 2018–2020 … Föredöme – Västerås (…)"): the
    /// words before the first dash or colon of the passage, one to five of them. Null where the
    /// sentence has no such label, or the passage no such heading.
    /// </summary>
    public static string? HeadingOfPraise(Mention mention, IReadOnlyList<Passage> passages)
    {
        if (!PraiseLabel().IsMatch(mention.Sentence) || PassageOf(mention, passages) is not { } text || Heading().Match(text) is not { Success: true } heading)
        {
            return null;
        }

        return mention.Sentence.StartsWith(heading.Groups["heading"].Value, StringComparison.Ordinal) ? null : heading.Groups["heading"].Value;
    }

    /// <summary>The text of the passage that holds the mention's sentence: same area and sub-question first, any passage as a fallback.</summary>
    private static string? PassageOf(Mention mention, IReadOnlyList<Passage> passages) =>
        passages.FirstOrDefault(p => p.Area == mention.Area && p.Question == mention.Question && p.Text.Contains(mention.Sentence, StringComparison.Ordinal))?.Text
        ?? passages.FirstOrDefault(p => p.Text.Contains(mention.Sentence, StringComparison.Ordinal))?.Text;
}
