using System.Diagnostics;
using System.Text.Json;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Quality.Legacy;
using Kommunkompassen.Ingest.Quality.Reference;
using Kommunkompassen.Ingest.Search.Tests.Support;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Quality;

/// <summary>
/// Search quality judged by forms (issue 12, item 5). Ingests the sample files into a fresh
/// archive as `kk ingest` does and indexes the archive's records four times through the
/// application's <see cref="ArchiveIndex"/>/<see cref="ArchiveSearcher"/>: with the lexicon
/// analysis (SwedishSearchAnalyzer, with its synonyms), with Lucene's stock SwedishAnalyzer
/// (Snowball), with the analysis before the lexicon (Legacy/, its own index and query sides) and
/// with a plain Lucene chain over the same Hunspell lexicon (Reference/HunspellChainAnalyzer).
/// All four are searched by the same query parser (any word, BM25, proximity bonus), so the
/// columns differ in analysis only. A text is relevant when <see cref="FormsJudge"/> finds one of
/// the query's forms in it. Prints recall@10 and nDCG@10 (binary gains, ideal = min(10,
/// relevant)) on the whole set, the original twelve and the added queries, and a per-query
/// table. Queries with no relevant text are listed as unjudgeable and left out of the means.
/// </summary>
internal static class SearchQuality
{
    private const int Top = 10;

    private static readonly string[] Names = ["lexicon", "snowball", "legacy", "hunspell"];

    /// <param name="judgedSets">search the invented reports of the good-examples judged sets
    /// (<see cref="JudgedSetCorpus"/>, forms from quality-set-forms-reports.json unless told)
    /// instead of the files of <paramref name="corpus"/>.</param>
    public static int Run(string? corpus, string? formsPath, string? show, bool judgedSets = false)
    {
        var clock = Stopwatch.StartNew();
        var repo = RepositoryRoot();
        corpus ??= Path.Combine(repo, "corpus");
        formsPath ??= Path.Combine(repo, "tests", "Kommunkompassen.Ingest.Search.Tests", judgedSets ? JudgedSetCorpus.FormsFileName : FormsSet.FileName);
        var set = FormsSet.Load(formsPath);
        var work = Directory.CreateTempSubdirectory("kk-search-quality-").FullName;
        try
        {
            IReadOnlyList<string> files = judgedSets ? [] : InputWalker.Walk([corpus]).Files;
            var records = judgedSets ? JudgedSetCorpus.Load(JudgedSetCorpus.Folder(repo)) : Ingest(files, Path.Combine(work, "archive"));
            var docs = records.SelectMany(SearchDocument.From).ToList();

            var lexicon = Path.Combine(work, "lexicon");
            new ArchiveIndex(lexicon).Rebuild(records);
            var stock = new SwedishAnalyzer(LuceneVersion.LUCENE_48);
            var snowball = Path.Combine(work, "snowball");
            new ArchiveIndex(snowball, stock).Rebuild(records);
            var legacy = Path.Combine(work, "legacy");
            new ArchiveIndex(legacy, LegacySearchAnalyzer.Index).Rebuild(records);
            using var ours = new ArchiveSearcher(lexicon);
            using var theirs = new ArchiveSearcher(snowball, stock);
            using var old = new ArchiveSearcher(legacy, LegacySearchAnalyzer.Index, queryAnalyzer: LegacySearchAnalyzer.Query);
            var lexiconFiles = Path.Combine(repo, "src", "Kommunkompassen.Ingest.Search", "Analysis", "Lexicon", "hunspell-sv");
            var (chainIndex, chainQuery) = HunspellChainAnalyzer.Create(Path.Combine(lexiconFiles, "sv_SE.aff"), Path.Combine(lexiconFiles, "sv_SE.dic"));
            var chain = Path.Combine(work, "hunspell");
            new ArchiveIndex(chain, chainIndex).Rebuild(records);
            using var plain = new ArchiveSearcher(chain, chainIndex, queryAnalyzer: chainQuery);
            ArchiveSearcher[] searchers = [ours, theirs, old, plain];

            if (show is not null)
            {
                Show(show, set, docs, searchers);
                return 0;
            }

            var rows = set.Queries.Select(q => Judge(q, docs, searchers)).ToList();

            Console.WriteLine(judgedSets
                ? $"search quality by forms: the judged sets' invented reports -> {records.Count} reports, {docs.Count} texts (passages and findings)"
                : $"search quality by forms: {files.Count} files -> {records.Count} reports, {docs.Count} texts (passages and findings)");
            Console.WriteLine($"forms: {Path.GetRelativePath(repo, formsPath)}, {set.Queries.Count} queries ({set.Queries.Count(q => q.Original)} original, {set.Queries.Count(q => !q.Original)} added)");
            Console.WriteLine("lexicon = SwedishSearchAnalyzer (Hunspell sv_SE lemmas and compounds, Snowball, synonyms); snowball = Lucene's SwedishAnalyzer;");
            Console.WriteLine("legacy = the analysis before the lexicon (curated word list); hunspell = a plain Lucene chain over the same sv_SE lexicon");
            Console.WriteLine($"(DictionaryCompoundWordTokenFilter, HunspellStemFilter, Snowball); all through ArchiveSearcher's query parser (any word, BM25, proximity), top {Top}");
            Console.WriteLine();
            Console.WriteLine($"{string.Empty,-16} {"judged",6}   {"recall@10",-26}   {"nDCG@10",-26}");
            Console.WriteLine($"{string.Empty,-16} {"queries",6}   {string.Join(" ", Names.Select(n => $"{n,8}"))}   {string.Join(" ", Names.Select(n => $"{n,8}"))}");
            PrintMeans("whole set", rows);
            PrintMeans("original 12", rows.Where(r => r.Query.Original).ToList());
            PrintMeans("added", rows.Where(r => !r.Query.Original).ToList());
            PrintMeans("  tuned on", rows.Where(r => !r.Query.Original && !r.Query.HeldOut).ToList());
            PrintMeans("  held out", rows.Where(r => r.Query.HeldOut).ToList());
            foreach (var batch in new[] { "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh" })
            {
                // The batch a held-out query came in, as its note says; the first batch has no note.
                var inBatch = rows.Where(r => r.Query.HeldOut && (r.Query.Note?.StartsWith($"held out, {batch} batch", StringComparison.Ordinal) ?? batch == "first")).ToList();
                if (inBatch.Count > 0)
                {
                    PrintMeans($"    {batch}", inBatch);
                }
            }
            Console.WriteLine();

            Console.WriteLine($"per query: relevant texts; relevant found in the top {Top} and nDCG@10, {string.Join(" | ", Names)}   (o = original, h = held out, < = lexicon finds fewer than snowball)");
            Console.WriteLine($"{"query",-32} {"rel",4}   {string.Join(" | ", Names.Select(_ => $"{"found",5} {"nDCG",5}"))}");
            foreach (var r in rows.Where(r => r.Relevant > 0))
            {
                var mark = (r.Query.Original ? "o" : r.Query.HeldOut ? "h" : " ") + (r.Scores[0].Found < r.Scores[1].Found ? "<" : " ");
                Console.WriteLine($"{Clip(r.Query.Query, 32),-32} {r.Relevant,4}   {string.Join(" | ", r.Scores.Select(x => $"{x.Found,5} {x.Ndcg,5:0.00}"))}  {mark}");
            }

            var unjudgeable = rows.Where(r => r.Relevant == 0).Select(r => r.Query.Query).ToList();
            Console.WriteLine();
            Console.WriteLine($"unjudgeable (no relevant text in the reports searched, not counted): {unjudgeable.Count}{(unjudgeable.Count > 0 ? ": " + string.Join(", ", unjudgeable) : string.Empty)}");
            Console.WriteLine($"lexicon finds fewer relevant texts in its top {Top} than snowball on {rows.Count(r => r.Relevant > 0 && r.Scores[0].Found < r.Scores[1].Found)} queries, more on {rows.Count(r => r.Relevant > 0 && r.Scores[0].Found > r.Scores[1].Found)}");
            CompareWithReading(Path.Combine(repo, "tests", "Kommunkompassen.Ingest.Search.Tests", "quality-set.json"), set, docs);
            Console.WriteLine($"({clock.Elapsed.TotalSeconds:0.0} s)");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private sealed record Scores(int Found, double Recall, double Ndcg);

    private sealed record Row(FormsQuery Query, int Relevant, Scores[] Scores);

    private static Row Judge(FormsQuery q, IReadOnlyList<SearchDocument> docs, ArchiveSearcher[] searchers)
    {
        var judge = new FormsJudge(q.Forms);
        var relevant = docs.Count(d => judge.IsRelevant(d.Text));
        return new Row(q, relevant, searchers.Select(s => Score(s, q.Query, judge, relevant)).ToArray());
    }

    private static Scores Score(ArchiveSearcher searcher, string query, FormsJudge judge, int relevant)
    {
        var gains = Hits(searcher, query).Select(h => judge.IsRelevant(h.Text) ? 1.0 : 0.0).ToList();
        if (relevant == 0)
        {
            return new Scores(0, 0, 0);
        }

        var ideal = Math.Min(Top, relevant);
        var dcg = gains.Select((g, i) => g / Math.Log2(i + 2)).Sum();
        var idcg = Enumerable.Range(0, ideal).Sum(i => 1 / Math.Log2(i + 2));
        return new Scores((int)gains.Sum(), gains.Sum() / ideal, dcg / idcg);
    }

    private static IReadOnlyList<SearchHit> Hits(ArchiveSearcher searcher, string query)
    {
        try
        {
            return searcher.Search(new SearchRequest(query, Top: Top)).Hits;
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"warning: {ex.Message}");
            return [];
        }
    }

    private static void PrintMeans(string label, IReadOnlyList<Row> rows)
    {
        var judged = rows.Where(r => r.Relevant > 0).ToList();
        if (judged.Count == 0)
        {
            Console.WriteLine($"{label,-16} {0,6}");
            return;
        }

        var recall = Enumerable.Range(0, Names.Length).Select(i => $"{judged.Average(r => r.Scores[i].Recall),8:0.000}");
        var ndcg = Enumerable.Range(0, Names.Length).Select(i => $"{judged.Average(r => r.Scores[i].Ndcg),8:0.000}");
        Console.WriteLine($"{label,-16} {judged.Count,6}   {string.Join(" ", recall)}   {string.Join(" ", ndcg)}");
    }

    /// <summary>For one query: each relevant text with the form that made it so, and the top 10 of both analyses judged.</summary>
    private static void Show(string query, FormsSet set, IReadOnlyList<SearchDocument> docs, ArchiveSearcher[] searchers)
    {
        foreach (var one in query.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            ShowOne(one, set, docs, searchers);
        }
    }

    /// <summary>One query: its relevant texts with the form that made each so, each analysis's top 10 judged, and what the first one missed.</summary>
    private static void ShowOne(string query, FormsSet set, IReadOnlyList<SearchDocument> docs, ArchiveSearcher[] searchers)
    {
        var q = set.Queries.FirstOrDefault(x => x.Query == query) ?? new FormsQuery(query, [query]);
        var judge = new FormsJudge(q.Forms);
        var relevant = docs.Select(d => (Doc: d, Form: judge.FirstMatch(d.Text))).Where(x => x.Form is not null).ToList();
        Console.WriteLine($"'{q.Query}': {relevant.Count} relevant texts");
        foreach (var (d, form) in relevant)
        {
            Console.WriteLine($"  [{form}] {d.ReportId} {d.Kind,-11} {Clip(d.Text, 110)}");
        }

        foreach (var (name, searcher) in Names.Zip(searchers))
        {
            Console.WriteLine($"top {Top}, {name}:");
            foreach (var h in Hits(searcher, q.Query))
            {
                Console.WriteLine($"  {(judge.FirstMatch(h.Text) is { } f ? "+ [" + f + "]" : "-"),-30} {h.ReportId} {h.Kind,-11} {Clip(h.Snippet, 90)}");
            }
        }

        var found = Hits(searchers[0], q.Query).Select(h => (h.ReportId, h.Kind, h.Text)).ToHashSet();
        var missed = relevant.Where(r => !found.Contains((r.Doc.ReportId, r.Doc.Kind, r.Doc.Text))).ToList();
        Console.WriteLine($"relevant, not in the top {Top} of {Names[0]}: {missed.Count}");
        foreach (var (d, form) in missed)
        {
            var text = d.Text.ReplaceLineEndings(" ");
            var at = Math.Max(0, text.IndexOf(form!.Trim('*').Split(' ')[0], StringComparison.OrdinalIgnoreCase) - 30);
            Console.WriteLine($"  [{form}] {d.Kind,-11} …{Clip(text[at..], 100)}");
        }
    }

    /// <summary>
    /// The original twelve were judged by reading (quality-set.json): how far the forms agree.
    /// Texts judged relevant by reading that no form finds, and texts the forms find that the
    /// reading did not list.
    /// </summary>
    private static void CompareWithReading(string path, FormsSet set, IReadOnlyList<SearchDocument> docs)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        int both = 0, readingOnly = 0, formsOnly = 0;
        var differ = new List<string>();
        foreach (var judged in json.RootElement.GetProperty("queries").EnumerateArray())
        {
            var query = judged.GetProperty("query").GetString()!;
            var forms = set.Queries.FirstOrDefault(q => q.Query == query && q.Original);
            if (forms is null)
            {
                continue;
            }

            var judge = new FormsJudge(forms.Forms);
            var read = judged.GetProperty("relevant").EnumerateArray()
                .Select(r => r.EnumerateArray().Select(x => x.GetString()!).ToArray())
                .ToList();
            foreach (var d in docs)
            {
                var byReading = read.Any(r => d.ReportId == r[0] && d.Kind == r[1] && d.Text.StartsWith(r[2], StringComparison.Ordinal));
                var byForms = judge.IsRelevant(d.Text);
                both += byReading && byForms ? 1 : 0;
                readingOnly += byReading && !byForms ? 1 : 0;
                formsOnly += !byReading && byForms ? 1 : 0;
                if (byReading != byForms)
                {
                    differ.Add($"  {(byReading ? "reading only" : "forms only"),-12} {Clip(query, 20),-20} {d.ReportId} {d.Kind,-11} {Clip(d.Text, 80)}");
                }
            }
        }

        Console.WriteLine($"original 12, forms against the judgement by reading (quality-set.json): {both} texts relevant by both, {readingOnly} by reading only, {formsOnly} by forms only");
        differ.ForEach(Console.WriteLine);
    }

    /// <summary>Ingests the files into a fresh archive through the application layer, as `kk ingest` does, and returns the records it keeps.</summary>
    private static List<ReportRecord> Ingest(IReadOnlyList<string> files, string archiveRoot)
    {
        var app = new KompassAppBuilder()
            .UseArchive(archiveRoot)
            .UseModels(Path.Combine(AppContext.BaseDirectory, KompassDefaults.TrainedModelsFolder))
            .Build();
        var result = app.Ingest(new IngestRequest(files));
        foreach (var failed in result.Files.Where(f => f.Status == IngestStatus.Failed))
        {
            Console.Error.WriteLine($"warning: {failed.Path}: {failed.Message}");
        }

        return app.Reports().ToList();
    }

    private static string Clip(string text, int width)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= width ? flat : string.Concat(flat.AsSpan(0, width - 1), "…");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kommunkompassen.Ingest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Kommunkompassen.Ingest.sln not found above " + AppContext.BaseDirectory);
    }
}
