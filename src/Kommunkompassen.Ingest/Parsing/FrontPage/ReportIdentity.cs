using System.Globalization;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Language;
using Kommunkompassen.Ingest.Mentions;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Parsing.FrontPage;

/// <summary>A record's identity (what a batch merges and replaces by), with the doubts about it.</summary>
internal sealed record Identity(Municipality Municipality, int Year, IReadOnlyList<ValidationWarning> Doubts);

/// <summary>
/// Decides which municipality and year a report is about, and says so when its sources disagree
/// (<c>identity-uncertain</c>, naming them). The municipality is the title's, checked against the
/// text (the municipality the narrative names most); without one on the title page, the text's,
/// with a doubt. The year is the evaluation's (its dates or month), else a year in the title, else
/// the year the text says the evaluation took place, else the report's own date (with a doubt).
/// The file's name, where it names a municipality or a year, is a further witness.
/// </summary>
internal static partial class ReportIdentity
{
    /// <summary>Mentions another municipality needs in the text, and how many times more than the title's, to doubt the title.</summary>
    private const int MinOtherMentions = 3;

    /// <summary>The evaluation year, and the doubts about it. Needs only the title page and the text, so the framework can be told before the narrative is read.</summary>
    public static (int Year, IReadOnlyList<string> Doubts) YearOf(FrontMatter front, ReportBlocks blocks, string fileName)
    {
        var doubts = new List<string>();
        var textYear = TextYear(blocks);
        int year;
        if (front.DateYear is { } dateYear)
        {
            year = dateYear;
            if (front.TitleYear is { } ty && ty != dateYear)
            {
                doubts.Add($"the evaluation date \"{front.DateText}\" gives {dateYear}, the title {ty}");
            }
        }
        else if (front.TitleYear is { } titleYear)
        {
            year = titleYear;
        }
        else if (textYear is { } ty)
        {
            year = ty.Year;
            doubts.Add($"no evaluation date on the title page; the year {ty.Year} is taken from the text (\"{Clip(ty.Sentence)}\")");
        }
        else if (front.ReportDateYear is { } ry)
        {
            year = ry;
            doubts.Add($"no evaluation date on the title page or in the text; the year {ry} is the report's own date, which may be later than the evaluation");
        }
        else
        {
            throw new ReportParseException(fileName, "no evaluation date or year on the title page");
        }

        if (textYear is { } said && said.Year != year && (front.DateYear is not null || front.TitleYear is not null))
        {
            doubts.Add($"the title page gives {year}, but the text says the evaluation took place in {said.Year} (\"{Clip(said.Sentence)}\")");
        }

        return (year, doubts);
    }

    /// <summary>
    /// The report's identity: the municipality (title, checked against the text), the year from
    /// <see cref="YearOf"/>, every doubt, and the file name as a witness. <paramref name="mentions"/>
    /// are the narrative's mentions of other municipalities than the title's, and <paramref name="yearOf"/>
    /// what <see cref="YearOf"/> gave, where the caller has them already.
    /// </summary>
    public static Identity Decide(
        FrontMatter front,
        ReportBlocks blocks,
        Narrative narrative,
        IReadOnlyList<Mention>? mentions,
        MunicipalityRegistry registry,
        string fileName,
        (int Year, IReadOnlyList<string> Doubts)? yearOf = null)
    {
        var (year, yearDoubts) = yearOf ?? YearOf(front, blocks, fileName);
        var doubts = new List<string>();
        Municipality municipality;
        if (front.TitleMunicipality is { } title)
        {
            municipality = title;
            mentions ??= MentionExtractor.Extract(narrative.Passages, title.Code, registry);
            var others = mentions.GroupBy(m => m.Municipality.Code).Select(g => (Code: g.Key, Count: g.Count())).OrderByDescending(x => x.Count).FirstOrDefault();
            var textTop = others.Code is null ? null : registry.FindByCode(others.Code);
            var textTopCount = others.Count;
            var titleCount = NameCount(narrative.Passages, title);
            if (textTop is not null && textTop != title && textTopCount >= MinOtherMentions && textTopCount > 2 * titleCount)
            {
                doubts.Add($"the title names {title.Name}, but the text names {textTop.Name} {Times(textTopCount)} and {title.Name} {Times(titleCount)}");
            }
        }
        else if (TextMentions(narrative, registry) is { Count: > 0 } counts)
        {
            var (textTop, textTopCount) = counts.MaxBy(kv => kv.Value) switch { var kv => (kv.Key, kv.Value) };
            municipality = textTop;
            doubts.Add($"no municipality is named on the title page; {textTop.Name} is taken from the text, which names it most ({Times(textTopCount)})");
        }
        else
        {
            throw new ReportParseException(fileName, "not a Kommunkompassen report: no evaluated municipality named on the title page");
        }

        doubts.AddRange(yearDoubts);
        FileNameWitness(fileName, municipality, year, registry, doubts);
        return new Identity(
            municipality,
            year,
            doubts.Select(d => new ValidationWarning(WarningCodes.IdentityUncertain, d) { Place = "title page" }).ToList());
    }

    /// <summary>How often the narrative names each municipality.</summary>
    private static Dictionary<Municipality, int> TextMentions(Narrative narrative, MunicipalityRegistry registry)
    {
        var counts = new Dictionary<Municipality, int>();
        foreach (var mention in MentionExtractor.Extract(narrative.Passages, null, registry))
        {
            var m = registry.FindByCode(mention.Municipality.Code)!;
            counts[m] = counts.GetValueOrDefault(m) + 1;
        }

        return counts;
    }

    /// <summary>How often the passages name the municipality: its name, or its name in the genitive, as a word.</summary>
    private static int NameCount(IReadOnlyList<Passage> passages, Municipality municipality)
    {
        var name = new Regex($@"(?<![\p{{L}}]){Regex.Escape(municipality.Name)}s?(?![\p{{L}}])", RegexOptions.CultureInvariant);
        return passages.Sum(p => name.Count(p.Text));
    }

    /// <summary>"Utvärderingen genomfördes i juni 2010", "Besöket ägde rum den 3-4 maj 2007": the year the text gives the evaluation.</summary>
    private static (int Year, string Sentence)? TextYear(ReportBlocks blocks)
    {
        foreach (var block in blocks.Blocks.OfType<Paragraph>())
        {
            var m = EvaluationTookPlace().Match(block.Content);
            if (m.Success)
            {
                var sentence = Sentences.Of(block.Content).FirstOrDefault(s => s.Contains(m.Groups["y"].Value, StringComparison.Ordinal)) ?? m.Value;
                return (int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), sentence);
            }
        }

        return null;
    }

    /// <summary>A file named after a municipality or a year that the report does not give is a doubt.</summary>
    private static void FileNameWitness(string fileName, Municipality municipality, int year, MunicipalityRegistry registry, List<string> doubts)
    {
        var words = FileWord().Matches(Path.GetFileNameWithoutExtension(fileName)).Select(m => m.Value).ToList();
        var named = new HashSet<Municipality>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length >= 3 && char.IsLetter(words[i][0]))
            {
                if (i + 1 < words.Count && registry.Find(words[i] + " " + words[i + 1]) is { } two)
                {
                    named.Add(two);
                    i++;
                }
                else if (registry.Find(words[i]) is { } one)
                {
                    named.Add(one);
                }
            }
        }

        if (named.Count == 1 && !named.Contains(municipality))
        {
            doubts.Add($"the file's name \"{fileName}\" names {named.First().Name}, the report {municipality.Name}");
        }

        // A year in a name that names the report's municipality is its evaluation's ("Kommunkompassen
        // Ljusdal 2011.pdf"); in any other name it may be anything (a framework version, a batch).
        var years = words.Where(w => w.Length == 4 && ReportPatterns.Year().IsMatch(w)).Select(w => int.Parse(w, CultureInfo.InvariantCulture)).Distinct().ToList();
        if (named.Contains(municipality) && years.Count == 1 && years[0] != year)
        {
            doubts.Add($"the file's name \"{fileName}\" gives the year {years[0]}, the report {year}");
        }
    }

    private static string Times(int n) => n == 1 ? "once" : n.ToString(CultureInfo.InvariantCulture) + " times";

    private static string Clip(string text) => text.Length <= 80 ? text : text[..80].TrimEnd() + "…";

    [GeneratedRegex(@"(?<!(?:förra|första|tidigare|föregående|förrförra)\s)\b(?:utvärdering(?:en)?|besöket|besöken|intervjuerna|platsbesöket)\b[^.]{0,80}?\b(?:genomfördes|gjordes|ägde\s+rum|skedde|hölls|pågick)\b[^.]{0,60}?\b(?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EvaluationTookPlace();

    [GeneratedRegex(@"[\p{L}]+|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex FileWord();
}
