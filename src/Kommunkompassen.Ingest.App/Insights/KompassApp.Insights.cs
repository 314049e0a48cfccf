using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;

namespace Kommunkompassen.Ingest.App;

/// <summary>A municipality as the registry knows it.</summary>
public sealed record MunicipalityInfo(string Name, string Code, string County);

/// <summary>A municipality's profile: its evaluations, its areas over time, its scores in other reports, where it is cited.</summary>
public sealed record ProfileAnswer(MunicipalityInfo Municipality, MunicipalityProfile Profile);

/// <summary>The evaluations the archive's reports refer to, and how many reports there are.</summary>
public sealed record CoverageAnswer(int Reports, IReadOnlyList<ReferencedEvaluation> Referenced)
{
    /// <summary>The evaluations referred to that the archive does not hold.</summary>
    public IReadOnlyList<ReferencedEvaluation> Missing => Referenced.Where(r => !r.InArchive).ToList();
}

/// <summary>Good examples on a topic: a sub-question id (of <see cref="Framework"/>, the newest with sub-questions when null) or words.</summary>
public sealed record ExamplesQuery(string Topic, string? Framework = null, int Top = KompassDefaults.ExamplesTop);

/// <summary>The sub-questions the topic was resolved to, and the municipalities to learn from with their evidence.</summary>
public sealed record ExamplesAnswer(string Topic, IReadOnlyList<QuestionKey> Questions, IReadOnlyList<GoodExample> Examples);

public sealed partial class KompassApp
{
    /// <summary>A municipality's profile, by name or code.</summary>
    /// <exception cref="KompassRequestException">The name is not a Swedish municipality.</exception>
    public ProfileAnswer Profile(string municipality)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        var found = MunicipalityRegistry.Default.Find(municipality) ?? MunicipalityRegistry.Default.FindByCode(municipality.Trim()) ?? throw new KompassRequestException($"'{municipality}' is not a Swedish municipality");
        // Only the reports that say something of it: its own, and others comparing with or citing it.
        var records = Reading(a => a.RecordsConcerning(found.Code));
        var profile = MunicipalityProfile.Of(new MunicipalityRef(found.Name, found.Code), records);
        return new ProfileAnswer(new MunicipalityInfo(found.Name, found.Code, found.County), profile);
    }

    /// <summary>The evaluations the archive's reports refer to (lists of earlier evaluations, comparison tables, previous evaluations), held or not.</summary>
    public CoverageAnswer Coverage()
    {
        var records = ReadAll();
        return new CoverageAnswer(records.Count, Insights.Coverage.Of(records));
    }

    /// <summary>
    /// Which municipalities to learn from. A sub-question id is joined to the other framework
    /// versions through the crosswalks in the models folder, and citations under those
    /// sub-questions count. A topic in words is resolved to each version's most likely
    /// sub-question by the classifier (for the scores), searched for in the archive (for the own
    /// narrative shown), and a citation or a strength counts when its own text speaks of the topic.
    /// </summary>
    /// <exception cref="KompassRequestException">
    /// The request cannot be run as asked: a number of examples out of bounds, a framework version
    /// the catalog does not know, a sub-question id the version does not have, a topic that is
    /// empty, only common words, over the query limits or that the search syntax cannot read.
    /// </exception>
    /// <exception cref="KompassOperationException">The archive's search index cannot be read.</exception>
    public ExamplesAnswer Examples(ExamplesQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var catalog = FrameworkCatalog.Default;
        var framework = query.Framework ?? catalog.NewestWithQuestions.Id;
        CheckExamples(query, catalog, framework);
        var records = ReadAll();
        var questions = new HashSet<QuestionKey>();
        var hits = new List<TopicHit>();
        TopicMatcher? matcher = null;

        if (QuestionId().IsMatch(query.Topic))
        {
            questions.Add(new QuestionKey(framework, query.Topic));
            foreach (var joined in Crosswalked(Options.ModelsFolder, framework, query.Topic))
            {
                questions.Add(joined);
            }
        }
        else
        {
            matcher = new TopicMatcher(query.Topic);
            foreach (var f in catalog.Frameworks)
            {
                if (Models?.For(f.Id)?.Rank(query.Topic, null).FirstOrDefault() is { } best)
                {
                    questions.Add(new QuestionKey(f.Id, best.Question));
                }
            }

            try
            {
                if (new ArchiveIndex(Options.ArchiveFolder).Exists)
                {
                    using var searcher = OpenSearcher();
                    hits.AddRange(Searched(searcher, new SearchRequest(query.Topic, Top: QueryLimits.Default.MaxTop)).Hits.Select(h => new TopicHit(h.ReportId, h.Kind, h.Text)));
                }
            }
            catch (IOException ex)
            {
                // Lucene's CorruptIndexException and a missing index file are IOExceptions.
                throw new KompassOperationException($"the search index in {Path.GetFullPath(Options.ArchiveFolder)} cannot be read ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}); kk check --repair rebuilds it", ex);
            }
        }

        var examples = GoodExamples.Rank(records, questions, hits, matcher).Take(query.Top).ToList();
        return new ExamplesAnswer(query.Topic, questions.ToList(), examples);
    }

    /// <summary>What an examples request must be before anything is read: as the search's limits would have it, of a known version and sub-question.</summary>
    private static void CheckExamples(ExamplesQuery query, FrameworkCatalog catalog, string framework)
    {
        var limits = QueryLimits.Default;
        if (query.Top < 1 || query.Top > limits.MaxTop)
        {
            throw new KompassRequestException($"{query.Top.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} examples asked for: 1 to {limits.MaxTop.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var version = catalog.Find(framework) ?? throw new KompassRequestException($"{QueryException.Quote(framework)} is not a framework version ({string.Join(", ", catalog.Frameworks.Select(f => f.Id))})");
        if (QuestionId().IsMatch(query.Topic ?? string.Empty))
        {
            var ids = version.Areas.SelectMany(a => a.Questions).Select(q => q.Id).ToList();
            if (version.QuestionsKnown && ids.Count > 0 && version.Question(query.Topic!) is null)
            {
                throw new KompassRequestException($"framework {version.Id} has no sub-question {query.Topic} (its sub-questions are {ids[0]} to {ids[^1]})");
            }

            return;
        }

        try
        {
            limits.CheckText(query.Topic);
        }
        catch (QueryException ex)
        {
            throw new KompassRequestException(ex.Message, ex);
        }
    }

    /// <summary>The other versions' sub-questions the crosswalks join to this one (either direction).</summary>
    private static IEnumerable<QuestionKey> Crosswalked(string modelsFolder, string framework, string id)
    {
        foreach (var file in Crosswalk.FilesIn(modelsFolder))
        {
            foreach (var row in Crosswalk.ReadCsv(file))
            {
                if (row.Nearest.Count == 0)
                {
                    continue;
                }

                if (row.FromFramework == framework && row.FromQuestion == id)
                {
                    yield return new QuestionKey(row.ToFramework, row.Nearest[0].Question);
                }
                else if (row.ToFramework == framework && row.Nearest[0].Question == id)
                {
                    yield return new QuestionKey(row.FromFramework, row.FromQuestion);
                }
            }
        }
    }

    [GeneratedRegex(@"^[1-9]\.\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionId();
}
