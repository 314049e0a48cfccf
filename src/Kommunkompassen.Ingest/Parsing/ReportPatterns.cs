using System.Text.RegularExpressions;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>
/// The words and shapes by which Kommunkompassen reports mark their structure, in one place:
/// area headings ("Område 3 ..."), sub-question ids ("2.6 ..."), finding lists ("Starka
/// sidor"/"Styrkor", "Förbättringsområden"), score-table headers and total rows.
/// </summary>
internal static partial class ReportPatterns
{
    /// <summary>"Område 3 Politisk styrning", "Huvudområde 3: ...", "Område 3 - ...", "OMRÅDE 3".</summary>
    [GeneratedRegex(@"^(?:Huvud|HUVUD)?(?:[Oo]mråde|OMRÅDE)\s+(?<n>[1-9])\b\s*[:.\-–—]?\s*(?<title>.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex AreaHeading();

    /// <summary>
    /// The title of an area's findings summary: "Sammanfattning område 2", "Sammanfattning av
    /// huvudområde 2", "Område 2 – sammanfattning", "Styrkor och förbättringsområden område 2",
    /// "Sammanfattning: område 2".
    /// </summary>
    [GeneratedRegex(@"^(?:sammanfattning|summering)\s*(?:[:–—-]\s*)?(?:av\s+|för\s+)?(?:huvud)?område\s+(?<n>[1-9])\b|^(?:huvud)?område\s+(?<n>[1-9])\b\s*[:.–—-]?\s*(?:sammanfattning|summering)\s*$|^(?:starka\s+sidor|styrkor)\s+och\s+(?:förbättringsområden|förbättringsmöjligheter|utvecklingsområden)\s*(?:[:–—-]\s*)?(?:för\s+|inom\s+|i\s+)?(?:huvud)?område\s+(?<n>[1-9])\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex AreaSummaryHeading();

    /// <summary>A sub-question label: "2.6 Hur arbetar ...", "2.6. Hur ...", "Fråga 2.6: Hur ...", "Delfråga 2.6", or the id alone.</summary>
    [GeneratedRegex(@"^(?:(?:[Dd]el)?(?:[Ff]råga|FRÅGA)\s+|[Dd]elområde\s+)?(?<a>[1-9])\.(?<q>\d{1,2})\.?(?:\s*[:–—-])?(?:\s+(?<text>\S.*))?$", RegexOptions.CultureInvariant)]
    public static partial Regex QuestionLabel();

    /// <summary>An area label in a score table: "1 Offentlighet ...", "1. Offentlighet ...", or "1" alone.</summary>
    [GeneratedRegex(@"^(?<n>[1-9])\.?(?:\s+(?<title>\D.*))?$", RegexOptions.CultureInvariant)]
    public static partial Regex AreaLabel();

    /// <summary>
    /// A findings list's title: the list's words ("Starka sidor", "Styrkor", "Förbättringsområden",
    /// "Förslag till förbättringar", "Utvecklingsområden", ...), perhaps with an area before or after
    /// them ("Område 3: Styrkor", "Styrkor inom område 3", "Förbättringsområden – område 3"), and
    /// nothing else but punctuation.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:huvud)?område\s+(?<n1>[1-9])\b\s*[:.–—-]?\s*)?(?:kommunens\s+|områdets\s+|möjliga\s+|viktiga\s+)?(?:(?<s>starka\s+sidor|styrkor|styrkeområden|starka\s+områden|goda\s+exempel\s+och\s+styrkor|styrkor\s+och\s+goda\s+exempel|framgångsfaktorer)|(?<i>förbättringsområden|förbättringsmöjligheter|förbättringsförslag|förslag\s+(?:till|på)\s+förbättring(?:ar|sområden)?|utvecklingsområden|utvecklingsmöjligheter|områden\s+(?:att|för)\s+(?:utveckla|utveckling|förbättra|förbättring)|att\s+utveckla|svaga\s+sidor))(?:\s*(?:[:–—-]|\(|inom|för|i)?\s*(?:huvud)?område\s+(?<n2>[1-9])\)?)?\s*[:.]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FindingsMarker();

    /// <summary>A heading that ends with a findings marker after other text ("Område 7 X Starka sidor").</summary>
    [GeneratedRegex(@"^(?<head>.+?)\s+(?<marker>Starka sidor|Styrkor|Förbättringsområden|Förbättringsmöjligheter|Utvecklingsområden)\s*:?$", RegexOptions.CultureInvariant)]
    public static partial Regex TrailingMarker();

    /// <summary>"Totalt", "Summa", "Totalt antal poäng", "Total poäng", "Sammanlagt".</summary>
    [GeneratedRegex(@"^(?:totalt?|summa|totalpoäng|totalsumma|sammanlagt|samtliga\s+områden)(?:\s+(?:antal\s+)?poäng)?\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex TotalLabel();

    /// <summary>A total row's or column's label; also one a narrow cell broke inside the word ("Total t").</summary>
    public static bool IsTotalLabel(string text)
    {
        var t = text.Trim();
        return TotalLabel().IsMatch(t) || (t.Length <= 24 && t.Contains(' ', StringComparison.Ordinal) && TotalLabel().IsMatch(t.Replace(" ", string.Empty, StringComparison.Ordinal)));
    }

    /// <summary>A word that names a figure column of a score or summary table (score, max, %, mean, scale, change).</summary>
    [GeneratedRegex(@"uppnå|poäng|nivå|max|möjlig|medel|genomsnitt|snitt|nuvarande|äldre|förbättring|förändring|procent|andel|bedömning", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ColumnHeaderWord();

    /// <summary>A score (and a bracketed mean) after an area's title in a heading: "Effektivitet 83 (64)", "Effektivitet: 83 poäng".</summary>
    [GeneratedRegex(@"\s*[:–-]?\s+\d{1,3}(?:[,.]\d)?\s*(?:p(?:oäng)?\.?)?\s*(?:\([^)]*\d[^)]*\))?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex TrailingScore();

    /// <summary>A column of other municipalities' mean: "Medel", "Medelvärde", "Genomsnitt", "Snitt övriga", "Jämförelsekommuner (medel)", "Referens".</summary>
    [GeneratedRegex(@"medel|genomsnitt|snitt|referens", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ReferenceHeader();

    /// <summary>A maximum-points column: "Max", "Maxpoäng", "max-poäng", "Möjlig poäng", "Maximal poäng", "Högsta poäng".</summary>
    [GeneratedRegex(@"^(?:max|möjlig|maximal|högsta)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex MaxHeader();

    /// <summary>The points given: "Egna poäng", "Uppnådd nivå", "Uppnått", "Erhållna poäng", "Poäng", "Kommunens poäng", "Resultat", "Bedömning", "Utfall".</summary>
    [GeneratedRegex(@"(?:egna?\s+poäng|uppnå|erhåll|resultat|^poäng|kommunens\s+poäng|bedömning|^utfall|^betyg)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ScoreHeader();

    /// <summary>"15/20", "7,5 av 10", "15 p av 20 p", "15 (20)".</summary>
    [GeneratedRegex(@"^(?<score>\d{1,3}(?:[,.]\d)?)\s*(?:p(?:oäng)?\.?\s*)?(?:/|av|\()\s*(?<max>\d{1,3})\s*(?:p(?:oäng)?\.?)?\)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ScoreOutOf();

    [GeneratedRegex(@"^(?:%|procent|andel)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex PercentHeader();

    /// <summary>A comparison-table column header: "Mark 2009", "Göteborgs stad 2004".</summary>
    [GeneratedRegex(@"^(?<name>\p{L}[\p{L} .\-]*?)\s+(?<year>(?:19|20)\d{2})$", RegexOptions.CultureInvariant)]
    public static partial Regex NameAndYear();

    [GeneratedRegex(@"^(?:19|20)\d{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex Year();

    /// <summary>A numbered section heading such as "1 Vad är Kommunkompassen?" or "4. Poängsammanställning".</summary>
    [GeneratedRegex(@"^[1-9]\.?\s+\p{Lu}", RegexOptions.CultureInvariant)]
    public static partial Regex NumberedSection();

    /// <summary>A finding without the number of its numbered list ("1. Inför …", "b) Utveckla …"): the number is the list's, not the finding's.</summary>
    public static string WithoutListNumber(string text)
    {
        var m = ListNumber().Match(text);
        return m.Success && m.Length < text.Length ? text[m.Length..] : text;
    }

    [GeneratedRegex(@"^(?:\d{1,2}|[a-zA-Z])[.)]\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex ListNumber();

    /// <summary>The list a findings title opens, and the area it names if it names one; null when the text is no such title.</summary>
    public static FindingsMarkerMatch? ParseFindingsMarker(string text)
    {
        if (text.Length > 80)
        {
            return null;
        }

        var m = FindingsMarker().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }

        var kind = m.Groups["s"].Success ? FindingKind.Strength : FindingKind.Improvement;
        var n = m.Groups["n1"].Success ? m.Groups["n1"].Value : m.Groups["n2"].Success ? m.Groups["n2"].Value : null;
        return new FindingsMarkerMatch(kind, n is null ? null : n[0] - '0');
    }
}

/// <summary>A findings title: which list it opens, and the area it names, if any.</summary>
internal sealed record FindingsMarkerMatch(FindingKind Kind, int? Area);

/// <summary>Which list a finding belongs to.</summary>
internal enum FindingKind
{
    Strength,
    Improvement,
}
