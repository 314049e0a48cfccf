using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Parsing.FrontPage;

/// <summary>
/// Reads the evaluators from the lines of a title page, in the forms reports print them:
/// "Utvärderare: A, senior konsult (SKL), B, SKL och C, SKL"; "A, SKL och B" (the last without an
/// organisation); "A, B, C, SKL" (one organisation after several names is theirs); "A, Org" one per
/// line; or a name alone on a line with its organisation on the next. A person's name is two to
/// four capitalised words that name no organisation and no municipality; a role ("senior konsult")
/// gives its organisation in brackets. Lines that are an address or contact block are never read
/// as evaluators. What it could not split is reported, never dropped.
/// </summary>
internal static partial class EvaluatorList
{
    /// <summary>The evaluators, the indexes of the lines they were read from, and lines that announced evaluators but could not be split.</summary>
    public static (IReadOnlyList<Evaluator> Evaluators, IReadOnlySet<int> Lines, IReadOnlyList<string> Unsplit) Read(IReadOnlyList<string> lines, MunicipalityRegistry registry)
    {
        var evaluators = new List<Evaluator>();
        var used = new HashSet<int>();
        var unsplit = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var labelled = Label().Match(line);
            var text = labelled.Success ? line[labelled.Length..].Trim() : line;
            if (text.Length == 0 && labelled.Success)
            {
                // "Utvärderare:" alone: the names follow, one per line (handled below as they come).
                used.Add(i);
                continue;
            }

            if (FrontLines.IsContact(text))
            {
                continue;
            }

            var parsed = Split(text, registry);
            if (parsed is { Count: > 0 } && (labelled.Success || parsed.All(p => p.Organisation is not null) || parsed.Count >= 2 && parsed.Any(p => p.Organisation is not null)))
            {
                evaluators.AddRange(parsed);
                used.Add(i);
                continue;
            }

            // A name alone, with its organisation on the next line.
            if (IsPersonName(text, registry) && i + 1 < lines.Count && IsOrganisation(lines[i + 1], registry) && !IsPersonName(lines[i + 1], registry))
            {
                evaluators.Add(new Evaluator(text, OrganisationLine(lines[i + 1], registry)));
                used.Add(i);
                used.Add(i + 1);
                i++;
                continue;
            }

            if (labelled.Success)
            {
                unsplit.Add(line);
                used.Add(i);
            }
        }

        return (evaluators.DistinctBy(e => e.Name, StringComparer.Ordinal).ToList(), used, unsplit);
    }

    /// <summary>
    /// Splits "A, senior konsult (SKL), B, SKL och C" into people: each name starts one, the
    /// descriptions after it give its organisation; an organisation after several bare names is
    /// theirs. Null when a part is neither a name nor an organisation (then it is no evaluator list).
    /// </summary>
    internal static List<Evaluator>? Split(string text, MunicipalityRegistry registry)
    {
        var parts = Parts(text, registry);
        if (parts.Count == 0)
        {
            return null;
        }

        var people = new List<(string Name, string? Organisation)>();
        var waiting = new List<int>();
        foreach (var part in parts)
        {
            if (NameWithOrganisation().Match(part) is { Success: true } withOrg && IsPersonName(withOrg.Groups["name"].Value, registry))
            {
                // "Anna Lind (SKL)"
                people.Add((withOrg.Groups["name"].Value.Trim(), CleanOrganisation(withOrg.Groups["org"].Value)));
                waiting.Clear();
            }
            else if (IsPersonName(part, registry))
            {
                people.Add((part, null));
                waiting.Add(people.Count - 1);
            }
            else if (people.Count > 0 && Organisation(part, registry) is { } organisation)
            {
                foreach (var k in waiting)
                {
                    people[k] = (people[k].Name, organisation);
                }

                waiting.Clear();
            }
            else if (people.Count > 0 && IsRole(part))
            {
                // A role without an organisation ("senior konsult"): nothing to record.
            }
            else
            {
                return null;
            }
        }

        return people.Select(p => new Evaluator(p.Name, p.Organisation)).ToList();
    }

    /// <summary>
    /// The parts between commas and "och"/"samt"/"&amp;"; two neighbours joined by "och" that are not
    /// people's names are one organisation again ("Sveriges Kommuner och Landsting").
    /// </summary>
    private static List<string> Parts(string text, MunicipalityRegistry registry)
    {
        var parts = new List<string>();
        foreach (var segment in Comma().Split(text))
        {
            var pieces = And().Split(segment).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            for (var k = 0; k < pieces.Count; k++)
            {
                if (k > 0 && !IsPersonLike(pieces[k], registry) && !IsPersonLike(pieces[k - 1], registry) && parts.Count > 0)
                {
                    parts[^1] += " och " + pieces[k];
                }
                else
                {
                    parts.Add(pieces[k]);
                }
            }
        }

        return parts;
    }

    /// <summary>A name, with or without its organisation in brackets.</summary>
    private static bool IsPersonLike(string part, MunicipalityRegistry registry) =>
        IsPersonName(part, registry) || (NameWithOrganisation().Match(part) is { Success: true } m && IsPersonName(m.Groups["name"].Value, registry));

    /// <summary>Two to four capitalised words (hyphenated first names, "af"/"von"/"de" allowed) that name no organisation or place.</summary>
    internal static bool IsPersonName(string text, MunicipalityRegistry registry)
    {
        var t = text.Trim();
        if (!PersonName().IsMatch(t) || OrganisationWord().IsMatch(t) || registry.Find(t) is not null)
        {
            return false;
        }

        // A name is not a title-page heading ("Analys Av", "Kommunkompassen Rapport").
        return !TitleWord().IsMatch(t);
    }

    private static bool IsOrganisation(string text, MunicipalityRegistry registry) => Organisation(text, registry) is not null;

    /// <summary>The organisation a part names: "SKL", "Sveriges Kommuner och Landsting", "Orust kommun", "senior konsult (SKL)" gives "SKL"; null for anything else.</summary>
    private static string? Organisation(string part, MunicipalityRegistry registry)
    {
        var bracket = Bracketed().Match(part);
        if (bracket.Success && IsRole(part[..bracket.Index]))
        {
            return CleanOrganisation(bracket.Groups[1].Value);
        }

        var t = part.Trim();
        if (OrganisationWord().IsMatch(t) || Acronym().IsMatch(t) || registry.Find(t) is not null)
        {
            return CleanOrganisation(t);
        }

        return null;
    }

    private static string CleanOrganisation(string text) => text.Trim().TrimEnd('.', ',', ';');

    /// <summary>The organisation of a line under a name: "Senior konsult, SKL" gives "SKL"; roles are left out.</summary>
    private static string OrganisationLine(string line, MunicipalityRegistry registry)
    {
        var organisations = Comma().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0 && !IsRole(p) && Organisation(p, registry) is not null).ToList();
        return organisations.Count > 0 ? string.Join(", ", organisations.Select(p => Organisation(p, registry)!)) : CleanOrganisation(line);
    }

    private static bool IsRole(string text) => Role().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:utvärderare|utvärderingsgrupp(?:en)?|utvärderingen\s+(?:genomfördes|gjordes)\s+av|rapporten\s+(?:är\s+)?(?:skriven|författad)\s+av|författare|granskare|utvärderingsteam)\s*:?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>A comma between people; not one inside brackets.</summary>
    [GeneratedRegex(@",(?![^()]*\))", RegexOptions.CultureInvariant)]
    private static partial Regex Comma();

    /// <summary>" och ", " samt ", " &amp; " between people; not inside brackets.</summary>
    [GeneratedRegex(@"\s+(?:och|samt|&)\s+(?![^()]*\))", RegexOptions.CultureInvariant)]
    private static partial Regex And();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’\-]+(?:-\p{Lu}[\p{Ll}'’\-]+)?(?:\s+(?:af\s+|von\s+|de\s+|van\s+)?\p{Lu}[\p{Ll}'’\-]+(?:-\p{Lu}[\p{Ll}'’\-]+)?){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    /// <summary>A word that names a body: "kommun", "Kommunförbundet", "Landstingsförbundet", "Region", "konsult", "SKL", "Sveriges".</summary>
    [GeneratedRegex(@"\b(?:\p{L}*(?:kommun|förbund|landsting|region|förvaltning|akademi|universitet|högskola|institut|konsult|länsstyrelse|styrelse|nämnd|departement|myndighet)\p{L}*|stad|staden|AB|HB|SKL|SKR|Sveriges|Svenska|sektionen|avdelningen)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationWord();

    /// <summary>An organisation's initials: "SKL", "SKR", "KPMG".</summary>
    [GeneratedRegex(@"^\p{Lu}{2,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    [GeneratedRegex(@"\(([^()]+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    /// <summary>"Anna Lind (SKL)", "Bo Ek (Lerums kommun)."</summary>
    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<org>[^()]+)\)\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithOrganisation();

    [GeneratedRegex(@"^(?:(?:senior|seniora|junior|extern|externa|ledande|biträdande|tidigare|f\.d\.)\s+)*(?:konsult|utredare|handläggare|chef|sakkunnig|expert|projektledare|utvärderare|direktör|kommundirektör|kommunchef|stadsdirektör|kvalitetschef|kvalitetsstrateg|strateg|controller|rådgivare|processledare|samordnare|sekreterare)\b[^()]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    /// <summary>Title-page words that make two capitalised words a title, not a name.</summary>
    [GeneratedRegex(@"\b(?:Kommunkompassen|KommunKompassen|Analys|Rapport|Utvärdering|Innehåll|Sammanfattning|Bilaga|Område|Sida)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleWord();
}
