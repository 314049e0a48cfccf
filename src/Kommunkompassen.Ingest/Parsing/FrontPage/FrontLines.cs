using System.Text.RegularExpressions;

namespace Kommunkompassen.Ingest.Parsing.FrontPage;

/// <summary>
/// What a title-page line is besides a title: an address or contact block ("118 82 STOCKHOLM",
/// "Besök: Hornsgatan 20", "Tfn 08-452 70 00", an e-mail or web address), which names neither the
/// evaluated municipality nor an evaluator; or a line carrying the report's own date ("RAPPORT
/// 2007-11-28", "Datum: 2007-11-28", "Sveriges Kommuner och Landsting 2017-05-13 2 (25)"), which
/// is when the report was written or printed, not when the evaluation took place.
/// </summary>
internal static partial class FrontLines
{
    public static bool IsContact(string line) => Contact().IsMatch(line);

    public static bool IsReportDate(string line) =>
        !AboutTheVisit().IsMatch(line) && (ReportDate().IsMatch(line) || OrganisationWithDate().IsMatch(line));

    [GeneratedRegex(@"\b\d{3}\s?\d{2}\s+\p{Lu}{3,}|\b(?:besök(?:sadress)?|post(?:adress)?|tfn|tel|telefon|fax|växel|org\.?\s*nr|box)\b\.?:?\s*\d|@|\bwww\.|https?://|\.se\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Contact();

    /// <summary>"RAPPORT 2007-11-28", "Rapporten färdigställd 2007-11-28", "Datum: 2007-11-28", "Tryckt 2007-11", "Version 2, 2013-05-02", "Dnr 2007/123".</summary>
    [GeneratedRegex(@"^(?:rapport(?:en|datum)?|datum|daterad|tryckt|tryck|utskrift|utskriven|version|reviderad|publicerad|färdigställd|dnr|diarienummer)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReportDate();

    /// <summary>A line about the evaluation itself ("Datum för platsbesök: ...", "Utvärderingen genomfördes ...") is no report date.</summary>
    [GeneratedRegex(@"besök|utvärdering|intervju|genomförd|genomfördes", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheVisit();

    /// <summary>A running header: the organisation, a date and a page number ("Sveriges Kommuner och Landsting 2017-05-13 2 (25)").</summary>
    [GeneratedRegex(@"^(?:Sveriges\s+Kommuner\s+och\s+(?:Landsting|Regioner)|SKL|SKR)\b.*\b(?:19|20)\d{2}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationWithDate();
}
