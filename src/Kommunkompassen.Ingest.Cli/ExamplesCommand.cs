using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>
/// `kk examples "&lt;topic or sub-question id&gt;" [--framework 2010] [--top 10] [--json]`: which
/// municipalities to learn from. A sub-question id is joined to the other framework version
/// through the crosswalk in models/, and citations under those sub-questions count. A topic in
/// words is resolved to each version's most likely sub-question by the classifier (for the
/// scores), searched for in the archive (for the own narrative shown), and a citation or a
/// strength counts when its own text speaks of the topic (<see cref="TopicMatcher"/>).
/// </summary>
internal static partial class ExamplesCommand
{
    public static int Run(CommandLine line)
    {
        if (line.Arguments.Count == 0)
        {
            throw new UsageException("examples needs a topic or a sub-question id, e.g. kk examples synpunktshantering");
        }

        var topic = string.Join(' ', line.Arguments);
        var catalog = FrameworkCatalog.Default;
        var framework = line.Options.GetValueOrDefault("--framework") ?? catalog.NewestWithQuestions.Id;
        var top = int.Parse(line.Options.GetValueOrDefault("--top") ?? "10", CultureInfo.InvariantCulture);
        var records = ReportArchive.ReadAll(line.Archive);
        var questions = new HashSet<QuestionKey>();
        var hits = new List<TopicHit>();
        TopicMatcher? matcher = null;

        if (QuestionId().IsMatch(topic))
        {
            questions.Add(new QuestionKey(framework, topic));
            foreach (var joined in Crosswalked(ClassifyCommands.ModelsFolder(line), framework, topic))
            {
                questions.Add(joined);
            }
        }
        else
        {
            matcher = new TopicMatcher(topic);
            var models = ClassifyCommands.LoadModels(line);
            foreach (var f in catalog.Frameworks)
            {
                if (models?.For(f.Id)?.Rank(topic, null).FirstOrDefault() is { } best)
                {
                    questions.Add(new QuestionKey(f.Id, best.Question));
                }
            }

            if (new ArchiveIndex(line.Archive).Exists)
            {
                using var searcher = new ArchiveSearcher(line.Archive);
                hits.AddRange(searcher.Search(new SearchRequest(topic, Top: 1000)).Hits.Select(h => new TopicHit(h.ReportId, h.Kind, h.Text)));
            }
        }

        var examples = GoodExamples.Rank(records, questions, hits, matcher).Take(top).ToList();
        if (line.Options.ContainsKey("--json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new { topic, questions, examples }, RecordJson.Options));
            return 0;
        }

        Console.WriteLine($"topic '{topic}': sub-questions {string.Join(", ", questions.OrderBy(q => q.Framework, StringComparer.Ordinal).Select(q => $"{q.Question} ({q.Framework})"))}");
        var rank = 0;
        foreach (var e in examples)
        {
            Console.WriteLine();
            Console.WriteLine($"{++rank,2}. {e.Municipality.Name} ({e.Municipality.Code})  rank {e.Rank.ToString("0.00", CultureInfo.InvariantCulture)}");
            foreach (var ev in e.Evidence)
            {
                var what = ev.Kind switch
                {
                    "cited" => $"cited in {ev.Report}: {ev.Text}",
                    "strength" => $"own strength, {ev.Year}: {ev.Text}",
                    "narrative" => $"own report, {ev.Year}: {Shorten(ev.Text)}",
                    _ => $"own score {ev.Year} (framework {ev.Framework}) on {ev.Question}: {ev.Score?.ToString("0.#", CultureInfo.InvariantCulture)}/{ev.Max?.ToString("0.#", CultureInfo.InvariantCulture)}",
                };
                Console.WriteLine($"    {what}");
            }
        }

        return 0;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";

    /// <summary>The other versions' sub-questions the crosswalk joins to this one (either direction).</summary>
    private static IEnumerable<QuestionKey> Crosswalked(string modelsFolder, string framework, string id)
    {
        foreach (var file in Directory.Exists(modelsFolder) ? Directory.EnumerateFiles(modelsFolder, "crosswalk-*.csv") : [])
        {
            foreach (var row in LabelFile.ReadCsv(file))
            {
                if (row["from_framework"] == framework && row["from_question"] == id)
                {
                    yield return new QuestionKey(row["to_framework"], row["to_question_1"]);
                }
                else if (row["to_framework"] == framework && row["to_question_1"] == id)
                {
                    yield return new QuestionKey(row["from_framework"], row["from_question"]);
                }
            }
        }
    }

    [GeneratedRegex(@"^[1-9]\.\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionId();
}
