using System.Globalization;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// Draws a <see cref="ReportContent"/> from a seed: scores around a level the report has (whole
/// or half points), narrative composed from the text bank on each area's theme without repeating
/// a sentence within a report, findings from the theme's lists, a previous evaluation and
/// comparison columns that agree with themselves, and for the versions that have them
/// (<see cref="PrintedFrameworks.Edition"/>) the statement of the version, areas under an alias
/// and the reference means. One <see cref="SeededRandom"/> per request, so equal requests give
/// equal content; what 2016, 2020 and the made-up version add is drawn after everything 2002
/// and 2010 reports draw, so those stay as they were.
/// </summary>
internal static class ContentDrawer
{
    public static ReportContent Draw(ContentRequest request, FrameworkCatalog catalog, MunicipalityRegistry registry)
    {
        var framework = catalog.Find(request.FrameworkId) ?? throw new ArgumentException($"no framework {request.FrameworkId}", nameof(request));
        var edition = PrintedFrameworks.Edition(framework.Id);
        var rng = new Dice(((ulong)(uint)request.Seed * 0x9E3779B97F4A7C15UL) ^ StableHash(framework.Id));
        var candidates = registry.All.Where(m => !ReportContent.SampleMunicipalities.Contains(m.Name)).ToList();
        var municipality = request.Municipality is { } name
            ? registry.Find(name) ?? throw new ArgumentException($"\"{name}\" is not a municipality", nameof(request))
            : rng.Pick(candidates);
        if (ReportContent.SampleMunicipalities.Contains(municipality.Name))
        {
            throw new ArgumentException("a sample report's municipality is not generated", nameof(request));
        }

        var lastYear = framework.UsedTo ?? framework.UsedFrom + 5;
        var year = request.Year ?? framework.UsedFrom + rng.Next(lastYear - framework.UsedFrom + 1);
        if (year < framework.UsedFrom || year > lastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(request), year, $"framework {framework.Id} was used {framework.UsedFrom}-{framework.UsedTo}");
        }

        var dates = DrawDates(rng, year, request.Dates);
        var printDate = dates.To.AddDays(20 + rng.Next(60));
        var others = candidates.Where(m => m.Code != municipality.Code).ToList();
        var evaluators = DrawEvaluators(rng, year, others);
        var halfPoints = rng.Chance(0.5);
        var step = halfPoints ? 0.5 : 1.0;
        var writer = new NarrativeWriter(rng, municipality, others);
        var longArea = request.LongFindings ? 2 + rng.Next(framework.Areas.Count - 2) : (int?)null;

        var level = 0.3 + (rng.Next(50) / 100.0);
        var areas = new List<AreaContent>();
        foreach (var area in framework.Areas)
        {
            var questions = area.Questions
                .Select(q => new QuestionContent(q.Id, area.Number, q.Text, q.Max, DrawScore(rng, q.Max, level, step)))
                .ToList();
            var theme = edition.Theme(area.Number);
            var passages = writer.Passages(area.Number, theme, questions);
            var (strengths, improvements) = writer.Findings(theme, area.Number == longArea);
            areas.Add(new AreaContent(area.Number, area.Title, area.Max, questions.Sum(q => q.Score), questions, passages, strengths, improvements));
        }

        var previous = DrawPrevious(rng, year, areas, step);
        var comparisons = DrawComparisons(rng, municipality, year, areas, others);
        var introduction = TextBank.IntroductionOf(framework).Select(rng.Pick).ToList();
        var inhabitants = (8 + rng.Next(140)) * 1000 + (rng.Next(10) * 100);
        var summary = new List<string>
        {
            writer.Fill(rng.Pick(TextBank.AboutMunicipality))
                .Replace("{n}", inhabitants.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' '), StringComparison.Ordinal)
                .Replace("{län}", municipality.County, StringComparison.Ordinal),
            rng.Pick(TextBank.AboutResults),
        };

        // What later versions add; 2002 and 2010 draw nothing from here on.
        var statement = DrawStatement(rng, edition, request.Statement);
        DrawAliases(rng, framework, edition, areas);
        if (edition.ReferenceMeans)
        {
            DrawReferenceMeans(rng, areas, previous);
        }

        return new ReportContent(framework, municipality, year, dates, printDate, evaluators, halfPoints, areas, previous, comparisons, introduction, summary, statement);
    }

    /// <summary>Whether and where the report says which version it uses: where drawn, seven reports in ten say it, one in four of those on the title page.</summary>
    private static RevisionStatement? DrawStatement(Dice rng, FrameworkEdition edition, StatementChoice choice)
    {
        if (edition.IntroductionStatements.Count == 0 || choice == StatementChoice.Absent || (choice == StatementChoice.Drawn && !rng.Chance(0.7)))
        {
            return null;
        }

        return edition.FrontStatements.Count > 0 && rng.Chance(0.25)
            ? new RevisionStatement(rng.Pick(edition.FrontStatements), StatementPlacement.FrontPage)
            : new RevisionStatement(rng.Pick(edition.IntroductionStatements), StatementPlacement.Introduction);
    }

    /// <summary>Areas with aliases printed under one of them, each as often as the edition's chance (once drawn, throughout the report).</summary>
    private static void DrawAliases(Dice rng, Framework framework, FrameworkEdition edition, List<AreaContent> areas)
    {
        if (edition.AliasChance <= 0)
        {
            return;
        }

        for (var i = 0; i < areas.Count; i++)
        {
            var aliases = framework.Area(areas[i].Number)?.Aliases ?? [];
            if (aliases.Count > 0 && rng.Chance(edition.AliasChance))
            {
                areas[i] = areas[i] with { Title = rng.Pick(aliases) };
            }
        }
    }

    /// <summary>
    /// The mean score of recently evaluated municipalities per area: whole points, 40-75 % of the
    /// area's maximum, never equal to the report's own score or the previous evaluation's, and
    /// their sum (the total's mean) never the report's total or the previous total, so a reader
    /// who takes one for another is caught.
    /// </summary>
    private static void DrawReferenceMeans(Dice rng, List<AreaContent> areas, PreviousContent? previous)
    {
        double? Before(AreaContent area) => previous is not null && previous.AreaScores.TryGetValue(area.Number, out var p) ? p : null;
        bool Fits(AreaContent area, double mean) => mean > 0 && mean < area.Max && mean != area.Score && mean != Before(area);

        for (var i = 0; i < areas.Count; i++)
        {
            var area = areas[i];
            var mean = Math.Round(area.Max * (40 + rng.Next(36)) / 100, MidpointRounding.AwayFromZero);
            mean = Nearest(mean, m => Fits(area, m));
            areas[i] = area with { ReferenceMean = mean };
        }

        var last = areas[^1];
        var others = areas.Take(areas.Count - 1).Sum(a => a.ReferenceMean!.Value);
        var total = areas.Sum(a => a.Score);
        var kept = Nearest(last.ReferenceMean!.Value, m => Fits(last, m) && others + m != total && others + m != previous?.Total);
        areas[^1] = last with { ReferenceMean = kept };
    }

    /// <summary>The whole number nearest <paramref name="start"/> (itself first, then one above, one below, two above, ...) that <paramref name="fits"/>.</summary>
    private static double Nearest(double start, Func<double, bool> fits)
    {
        for (var distance = 0; distance <= 1000; distance++)
        {
            if (fits(start + distance))
            {
                return start + distance;
            }

            if (fits(start - distance))
            {
                return start - distance;
            }
        }

        throw new InvalidOperationException($"no whole number near {start} fits");
    }

    /// <summary>FNV-1a of a string: the same on every run (string.GetHashCode is not).</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static EvaluationDates DrawDates(Dice rng, int year, DateForm form)
    {
        // Site visits happen outside the summer holidays: February to June, September to November.
        int[] months = [2, 3, 4, 5, 6, 9, 10, 11];
        var month = rng.Pick(months);
        var days = DateTime.DaysInMonth(year, month);
        if (form == DateForm.CrossMonth)
        {
            var last = new DateOnly(year, month, days);
            var from = last.AddDays(-rng.Next(2));
            return new EvaluationDates(form, from, last.AddDays(1 + rng.Next(2)));
        }

        var length = 1 + rng.Next(3);
        var start = 1 + rng.Next(days - length);
        var first = new DateOnly(year, month, start);
        return new EvaluationDates(form, first, first.AddDays(length - 1));
    }

    private static List<EvaluatorContent> DrawEvaluators(Dice rng, int year, List<Municipality> others)
    {
        var count = 2 + rng.Next(2);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<EvaluatorContent>();
        var association = TextBank.Association(year);
        while (list.Count < count)
        {
            var name = rng.Pick(TextBank.FirstNames) + " " + rng.Pick(TextBank.LastNames);
            if (!names.Add(name))
            {
                continue;
            }

            var fromAssociation = list.Count == 0 || rng.Chance(0.6);
            var organisation = fromAssociation
                ? association
                : new Organisation(TextBank.OfficialName(rng.Pick(others).Name), string.Empty);
            organisation = organisation.ShortName.Length == 0 ? organisation with { ShortName = organisation.FullName } : organisation;
            var role = fromAssociation && rng.Chance(0.5) ? rng.Pick(TextBank.Roles) : null;
            list.Add(new EvaluatorContent(name, organisation, role));
        }

        return list;
    }

    /// <summary>A score around the report's level, in whole steps, within [0, max].</summary>
    private static double DrawScore(Dice rng, double max, double level, double step)
    {
        var share = Math.Clamp(level + ((rng.Next(61) - 30) / 100.0), 0, 1);
        return Math.Round(share * max / step, MidpointRounding.AwayFromZero) * step;
    }

    private static PreviousContent? DrawPrevious(Dice rng, int year, List<AreaContent> areas, double step)
    {
        var earliest = Math.Max(2002, year - 8);
        var latest = year - 2;
        if (latest < earliest || !rng.Chance(0.6))
        {
            return null;
        }

        var previousYear = earliest + rng.Next(latest - earliest + 1);
        var scores = areas.ToDictionary(
            a => a.Number,
            a => Math.Clamp(a.Score - ((rng.Next(31) - 10) * step * (step < 1 ? 2 : 1)), 1, a.Max));
        return new PreviousContent(previousYear, scores, scores.Values.Sum());
    }

    /// <summary>A score drawn for an area of 100 points, for an area of <paramref name="max"/> points in half-point steps (unchanged at 100).</summary>
    private static double Scaled(double score, double max) =>
        max == 100 ? score : Math.Round(score * max / 100 * 2, MidpointRounding.AwayFromZero) / 2;

    private static List<ComparisonContent> DrawComparisons(Dice rng, Municipality self, int year, List<AreaContent> areas, List<Municipality> others)
    {
        var list = new List<ComparisonContent>();
        if (rng.Chance(0.5))
        {
            list.Add(new ComparisonContent(self, year, areas.ToDictionary(a => a.Number, a => a.Score), areas.Sum(a => a.Score), IsSelf: true));
        }

        var count = 2 + rng.Next(4);
        var used = new HashSet<string>(StringComparer.Ordinal) { self.Code };
        while (list.Count(c => !c.IsSelf) < count)
        {
            var m = rng.Pick(others);
            if (!used.Add(m.Code))
            {
                continue;
            }

            var half = rng.Chance(0.4);
            var scores = areas.ToDictionary(a => a.Number, a => Scaled((25 + rng.Next(66)) + (half && rng.Chance(0.5) ? 0.5 : 0.0), a.Max));
            var earliest = Math.Max(2002, year - 6);
            list.Add(new ComparisonContent(m, earliest + rng.Next(year - earliest + 1), scores, scores.Values.Sum(), IsSelf: false));
        }

        return list;
    }
}

/// <summary>SeededRandom with the choices the drawers need.</summary>
internal sealed class Dice(ulong seed)
{
    private readonly SeededRandom random = new(seed);

    public int Next(int exclusiveMax) => random.Next(exclusiveMax);

    public bool Chance(double p) => random.Next(1000) < p * 1000;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A random order of the items (Fisher-Yates).</summary>
    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
