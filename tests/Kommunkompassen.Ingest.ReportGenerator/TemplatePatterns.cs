using System.Text.RegularExpressions;

namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>The shapes of score-table labels and headers, as the parser reads them (its own patterns are internal).</summary>
internal static partial class TemplatePatterns
{
    [GeneratedRegex(@"^(?<a>[1-9])\.(?<q>\d{1,2})\.?(?:\s+(?<text>\S.*))?$", RegexOptions.CultureInvariant)]
    public static partial Regex QuestionLabel();

    [GeneratedRegex(@"^(?<n>[1-9])\.?(?:\s+(?<title>\D.*))?$", RegexOptions.CultureInvariant)]
    public static partial Regex AreaLabel();

    [GeneratedRegex(@"^(?:Huvud)?[Oo]mråde\s+(?<n>[1-9])\b", RegexOptions.CultureInvariant)]
    public static partial Regex AreaHeading();

    [GeneratedRegex(@"^(?:totalt|total|summa|totalpoäng|sammanlagt)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex TotalLabel();

    [GeneratedRegex(@"^max", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex MaxHeader();

    [GeneratedRegex(@"(?:egna\s+poäng|uppnådd|erhållen|erhållna|resultat|^poäng$|bedömning)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ScoreHeader();

    [GeneratedRegex(@"^(?:%|procent|andel)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex PercentHeader();

    [GeneratedRegex(@"^(?<name>\p{L}[\p{L} .\-]*?)\s+(?<year>(?:19|20)\d{2})$", RegexOptions.CultureInvariant)]
    public static partial Regex NameAndYear();

    [GeneratedRegex(@"^(?:19|20)\d{2}$", RegexOptions.CultureInvariant)]
    public static partial Regex Year();
}
