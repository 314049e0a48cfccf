using System.Text.RegularExpressions;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>
/// The words and shapes by which Kommunkompassen reports mark their structure, in one place:
/// area headings ("Område 3 ..."), sub-question ids ("2.6 ..."), finding lists ("Starka
/// sidor"/"Styrkor", "Förbättringsområden"), score-table headers and total rows.
/// </summary>
internal static partial class ReportPatterns
{
    /// <summary>"Område 3 Politisk styrning", "Huvudområde 3: ...", "Område 3 - ...".</summary>
    [GeneratedRegex(@"^(?:Huvud)?[Oo]mråde\s+(?<n>[1-9])\b\s*[:.\-–]?\s*(?<title>.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex AreaHeading();

    /// <summary>"Sammanfattning område 2", the title of the findings box after each area.</summary>
    [GeneratedRegex(@"^Sammanfattning\s+(?:av\s+)?(?:huvud)?område\s+(?<n>[1-9])\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex AreaSummaryHeading();

    /// <summary>A sub-question label: "2.6 Hur arbetar ...", "2.6. Hur ...", or the id alone.</summary>
    [GeneratedRegex(@"^(?<a>[1-9])\.(?<q>\d{1,2})\.?(?:\s+(?<text>\S.*))?$", RegexOptions.CultureInvariant)]
    public static partial Regex QuestionLabel();

    /// <summary>An area label in a score table: "1 Offentlighet ...", "1. Offentlighet ...", or "1" alone.</summary>
    [GeneratedRegex(@"^(?<n>[1-9])\.?(?:\s+(?<title>\D.*))?$", RegexOptions.CultureInvariant)]
    public static partial Regex AreaLabel();

    [GeneratedRegex(@"^(?:starka\s+sidor|styrkor|styrkeområden|goda\s+exempel\s+och\s+styrkor)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex StrengthsMarker();

    [GeneratedRegex(@"^(?:förbättringsområden|förbättringsmöjligheter|förslag\s+till\s+förbättringsområden|utvecklingsområden|förbättringsförslag)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ImprovementsMarker();

    /// <summary>A heading that ends with a findings marker after other text ("Område 7 X Starka sidor").</summary>
    [GeneratedRegex(@"^(?<head>.+?)\s+(?<marker>Starka sidor|Styrkor|Förbättringsområden)\s*:?$", RegexOptions.CultureInvariant)]
    public static partial Regex TrailingMarker();

    [GeneratedRegex(@"^(?:totalt|total|summa|totalpoäng|sammanlagt)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex TotalLabel();

    [GeneratedRegex(@"^max", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex MaxHeader();

    [GeneratedRegex(@"(?:egna\s+poäng|uppnådd|erhållen|erhållna|resultat|^poäng$|bedömning)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ScoreHeader();

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

    public static bool IsFindingsMarker(string text, out FindingKind kind)
    {
        if (StrengthsMarker().IsMatch(text))
        {
            kind = FindingKind.Strength;
            return true;
        }

        if (ImprovementsMarker().IsMatch(text))
        {
            kind = FindingKind.Improvement;
            return true;
        }

        kind = default;
        return false;
    }
}

/// <summary>Which list a finding belongs to.</summary>
internal enum FindingKind
{
    Strength,
    Improvement,
}
