using System.Globalization;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Parsing.Versions;

/// <summary>
/// The weights and thresholds of <see cref="FrameworkDetector"/>. Each kind of evidence scores a
/// version from 0 to 1; the version's fit is their weighted mean over the kinds the report has.
/// </summary>
public sealed record FrameworkDetectorOptions
{
    public static FrameworkDetectorOptions Default { get; } = new();

    /// <summary>Weight of the area titles the report prints.</summary>
    public double TitleWeight { get; init; } = 0.3;

    /// <summary>Weight of the printed sub-questions (ids, maxima, texts).</summary>
    public double QuestionWeight { get; init; } = 0.3;

    /// <summary>Weight of the evaluation year against the years the version was used.</summary>
    public double YearWeight { get; init; } = 0.2;

    /// <summary>Weight of a revision year the report names ("reviderades åren 2010 och 2016").</summary>
    public double StatementWeight { get; init; } = 0.15;

    /// <summary>Weight of the publisher the report names (SKL, SKR).</summary>
    public double PublisherWeight { get; init; } = 0.05;

    /// <summary>
    /// A version whose sub-questions are not catalogued cannot be confirmed by them: a score
    /// table that fits its areas' maxima counts this much, below a catalog that agrees question by question.
    /// </summary>
    public double UncataloguedQuestionFit { get; init; } = 0.6;

    /// <summary>The least fit that counts as fitting well; below it the report is of a version the catalog does not know.</summary>
    public double FitsWell { get; init; } = 0.6;

    /// <summary>A runner-up this close to the best makes the choice uncertain.</summary>
    public double CloseMargin { get; init; } = 0.08;

    /// <summary>A line that is not numbered as an area counts as an area's title when at least this like it.</summary>
    public double TitleAlone { get; init; } = 0.5;

    /// <summary>Sub-question texts at least this similar (<see cref="WordOverlap.QuestionSimilarity"/>) ask the same question.</summary>
    public double SameQuestionText { get; init; } = 0.6;

    /// <summary>Evidence weighing less than this in all (the year alone, say) leaves the choice uncertain.</summary>
    public double LeastEvidence { get; init; } = 0.45;
}

/// <summary>How well one catalogued version fits a report, overall and by kind of evidence (null where the report has none of that kind).</summary>
public sealed record FrameworkFit(string FrameworkId, double Score, double? Titles, double? Questions, double Year, double? Statement, double? Publisher)
{
    /// <summary>"2016 (0.81: titles 1.00, sub-questions 0.60, year 1.00)".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        Add("area titles", Titles);
        Add("sub-questions", Questions);
        Add("year", Year);
        Add("stated revision", Statement);
        Add("publisher", Publisher);
        return $"{FrameworkId} ({F(Score)}: {string.Join(", ", parts)})";

        void Add(string name, double? value)
        {
            if (value is { } v)
            {
                parts.Add($"{name} {F(v)}");
            }
        }
    }

    private static string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>The version a report was read with, every version's fit, and the doubt, if any.</summary>
internal sealed record FrameworkDetection(Framework Framework, IReadOnlyList<FrameworkFit> Fits, IReadOnlyList<ValidationWarning> Notes);

/// <summary>
/// Decides which framework version a report follows from everything it says (<see cref="FrameworkEvidence"/>):
/// the area titles, the sub-questions (ids, maxima and texts), the year, a revision it names and
/// its publisher, each scored per catalogued version. The best version is used; where nothing
/// fits well the report's own score table and titles become its catalog (<see cref="ReportCatalog"/>)
/// under <see cref="Framework.UnknownId"/>, and where the runner-up is close or the evidence thin the
/// record gets <see cref="WarningCodes.FrameworkUncertain"/> naming both and why. Immutable and thread-safe.
/// </summary>
internal sealed class FrameworkDetector
{
    private readonly FrameworkDetectorOptions options;

    public FrameworkDetector(FrameworkDetectorOptions options)
    {
        this.options = options;
    }

    public static FrameworkDetector Default { get; } = new(FrameworkDetectorOptions.Default);

    public FrameworkDetection Detect(FrameworkCatalog catalog, FrameworkEvidence evidence)
    {
        var fits = catalog.Frameworks
            .Select(f => Fit(f, evidence))
            .OrderByDescending(f => f.Score)
            .ThenByDescending(f => catalog.Find(f.FrameworkId)!.UsedIn(evidence.Year))
            .ToList();
        var notes = new List<ValidationWarning>();
        var best = fits[0];
        var runnerUp = fits.Count > 1 ? fits[1] : null;
        Framework framework;
        if (best.Score < options.FitsWell)
        {
            framework = ReportCatalog.FromReport(evidence, catalog.Find(best.FrameworkId)!);
            notes.Add(new ValidationWarning(
                WarningCodes.FrameworkUncertain,
                $"the report fits no catalogued framework version well, so it is read as version \"{Framework.UnknownId}\" with its own score table as the catalog; nearest {best.Describe()}"
                    + (runnerUp is null ? string.Empty : $" and {runnerUp.Describe()}")
                    + "; `kk framework draft` writes the catalog the report implies")
            {
                Place = "framework",
            });
        }
        else
        {
            framework = catalog.Find(best.FrameworkId)!;
            if (runnerUp is not null && best.Score - runnerUp.Score < options.CloseMargin)
            {
                notes.Add(new ValidationWarning(
                    WarningCodes.FrameworkUncertain,
                    $"framework {best.FrameworkId} fits the report only a little better than {runnerUp.FrameworkId}: {best.Describe()} against {runnerUp.Describe()}")
                {
                    Place = "framework",
                });
            }
            else if (Weight(best) < options.LeastEvidence)
            {
                notes.Add(new ValidationWarning(
                    WarningCodes.FrameworkUncertain,
                    $"framework {best.FrameworkId} was chosen on little evidence (no score table, area titles or stated revision to tell by): {best.Describe()}")
                {
                    Place = "framework",
                });
            }

            if (!framework.QuestionsKnown)
            {
                framework = ReportCatalog.WithReportQuestions(framework, evidence);
            }
        }

        if (!framework.QuestionsKnown && evidence.Questions.Count > 0)
        {
            notes.Add(new ValidationWarning(
                WarningCodes.FrameworkCatalogFromReport,
                $"the sub-questions of framework {framework.Id} are not catalogued: the {evidence.Questions.Count.ToString(CultureInfo.InvariantCulture)} sub-questions are taken as the report's score table prints them (ids, texts, maxima)")
            {
                Place = "score table",
            });
        }

        return new FrameworkDetection(framework, fits, notes);
    }

    /// <summary>How well one version fits the report's evidence.</summary>
    public FrameworkFit Fit(Framework framework, FrameworkEvidence evidence)
    {
        var titles = TitleFit(framework, evidence);
        var questions = QuestionFit(framework, evidence);
        var year = YearFit(framework, evidence.Year);
        double? statement = evidence.StatedRevision is { } stated ? (stated == framework.UsedFrom ? 1 : 0) : null;
        double? publisher = framework.Publishers.Count > 0 && evidence.PublishersNamed.Count > 0
            ? (framework.Publishers.Any(evidence.Names) ? 1 : 0)
            : null;

        double sum = 0, weights = 0;
        Add(titles, options.TitleWeight);
        Add(questions, options.QuestionWeight);
        Add(year, options.YearWeight);
        Add(statement, options.StatementWeight);
        Add(publisher, options.PublisherWeight);
        return new FrameworkFit(framework.Id, weights > 0 ? sum / weights : 0, titles, questions, year, statement, publisher);

        void Add(double? value, double weight)
        {
            if (value is { } v)
            {
                sum += v * weight;
                weights += weight;
            }
        }
    }

    private double Weight(FrameworkFit fit) =>
        (fit.Titles is null ? 0 : options.TitleWeight) + (fit.Questions is null ? 0 : options.QuestionWeight)
        + (fit.Statement is null ? 0 : options.StatementWeight);

    /// <summary>
    /// How alike the area titles the report prints are to the version's: per area the report shows
    /// (a numbered title counts for the area of its number, a title alone for the version's area it
    /// is like, if at least <see cref="FrameworkDetectorOptions.TitleAlone"/>), the best likeness, averaged.
    /// A numbered area the version does not have counts 0. Null when the report shows no area.
    /// </summary>
    private double? TitleFit(Framework framework, FrameworkEvidence evidence)
    {
        var best = new Dictionary<int, double>();
        foreach (var seen in evidence.Titles)
        {
            var words = WordOverlap.Words(seen.Title);
            if (words.Count == 0)
            {
                continue;
            }

            if (seen.Number is { } n)
            {
                Keep(n, framework.Area(n) is null ? 0 : AreaTitleMatcher.Similarity(words, framework, n));
                continue;
            }

            foreach (var area in framework.Areas)
            {
                var similarity = AreaTitleMatcher.Similarity(words, framework, area.Number);
                if (similarity >= options.TitleAlone)
                {
                    Keep(area.Number, similarity);
                }
            }
        }

        return best.Count == 0 ? null : best.Values.Average();

        void Keep(int area, double similarity) => best[area] = Math.Max(similarity, best.GetValueOrDefault(area));
    }

    /// <summary>
    /// For a version with catalogued sub-questions: the share of the printed ones that agree in id,
    /// maximum and question, squared (a score table read in part is no evidence against a version). For one without: how well the printed maxima add up to its
    /// areas' maxima, at most <see cref="FrameworkDetectorOptions.UncataloguedQuestionFit"/>. Null without a score table.
    /// </summary>
    private double? QuestionFit(Framework framework, FrameworkEvidence evidence)
    {
        var printed = evidence.Questions;
        if (printed.Count == 0)
        {
            return null;
        }

        if (!framework.QuestionsKnown)
        {
            var areas = printed.GroupBy(q => q.Area).ToList();
            var fitting = areas.Count(g => framework.Area(g.Key) is { } area
                && (g.Any(q => q.Max is null) || Math.Abs(g.Sum(q => q.Max!.Value.Value) - area.Max) < 0.5));
            return options.UncataloguedQuestionFit * fitting / Math.Max(areas.Count, framework.Areas.Count);
        }

        var agree = 0;
        foreach (var q in printed)
        {
            if (framework.Question(q.Id) is { } known
                && (q.Max is null || Math.Abs(known.Max - q.Max.Value.Value) < 1e-9)
                && SameQuestion(q.Text, known.Text))
            {
                agree++;
            }
        }

        // Squared: a genuine report agrees on (nearly) every question, and each that asks something
        // else under a catalogued id is strong evidence of another version.
        var share = (double)agree / printed.Count;
        return share * share;
    }

    /// <summary>Whether a printed sub-question asks what the catalog's does (an empty printed text cannot say otherwise).</summary>
    internal bool SameQuestion(string printed, string catalogued) =>
        string.IsNullOrWhiteSpace(printed) || WordOverlap.QuestionSimilarity(printed, catalogued) >= options.SameQuestionText;

    /// <summary>1 within the years the version was used, halving with each year outside them.</summary>
    private static double YearFit(Framework framework, int year)
    {
        var distance = year < framework.UsedFrom ? framework.UsedFrom - year
            : framework.UsedTo is { } to && year > to ? year - to
            : 0;
        return distance == 0 ? 1 : distance >= 3 ? 0 : Math.Pow(0.5, distance);
    }
}
