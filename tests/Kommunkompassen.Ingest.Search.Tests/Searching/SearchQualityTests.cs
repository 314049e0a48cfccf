using System.Globalization;
using System.Text.Json;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Analysis;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Kommunkompassen.Ingest.Tests.Support;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Util;
using Xunit.Abstractions;

namespace Kommunkompassen.Ingest.Search.Tests.Searching;

/// <summary>
/// Search quality on the judged query set (Search/quality-set.json) over the two sample reports:
/// recall@10 and nDCG@10 of the project's Swedish analysis, against Lucene's stock
/// SwedishAnalyzer in the same run.
/// </summary>
public sealed class SearchQualityTests : IDisposable
{
    private readonly ITestOutputHelper output;
    private readonly TempArchive temp = new("kk-quality-");
    private readonly IReadOnlyList<ReportRecord> records = [SampleRecords.Of(Corpus.Report2005Docx), SampleRecords.Of(Corpus.Report2010Docx)];

    public SearchQualityTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    public void Dispose() => temp.Dispose();

    private sealed record Judged(string Query, bool Compound, IReadOnlyList<string[]> Relevant);

    private sealed record QualitySet(IReadOnlyList<Judged> Queries);

    private sealed record Scores(double Recall, double Ndcg);

    [Fact]
    public void Search_JudgedQueries_RecallAtLeast90PercentAndBeatsSwedishAnalyzerOnCompounds()
    {
        var set = JsonSerializer.Deserialize<QualitySet>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "quality-set.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var ours = Build("ours", new ArchiveIndex(Path.Combine(temp.Dir, "ours")), () => new ArchiveSearcher(Path.Combine(temp.Dir, "ours")));
        var stock = new SwedishAnalyzer(LuceneVersion.LUCENE_48);
        var baseline = Build("stock", new ArchiveIndex(Path.Combine(temp.Dir, "stock"), stock), () => new ArchiveSearcher(Path.Combine(temp.Dir, "stock"), stock));

        var rows = new List<(Judged Q, Scores Ours, Scores Stock)>();
        foreach (var q in set.Queries)
        {
            AssertJudgementsExist(q);
            rows.Add((q, Score(ours, q), Score(baseline, q)));
        }

        output.WriteLine($"{"query",-22} {"R@10",6} {"nDCG",6} | {"stock R",7} {"nDCG",6}");
        foreach (var (q, o, s) in rows)
        {
            output.WriteLine($"{q.Query + (q.Compound ? " *" : string.Empty),-22} {o.Recall,6:0.00} {o.Ndcg,6:0.00} | {s.Recall,7:0.00} {s.Ndcg,6:0.00}");
        }

        var meanRecall = rows.Average(r => r.Ours.Recall);
        output.WriteLine($"mean recall@10 {meanRecall:0.000} (stock {rows.Average(r => r.Stock.Recall):0.000}); mean nDCG@10 {rows.Average(r => r.Ours.Ndcg):0.000} (stock {rows.Average(r => r.Stock.Ndcg):0.000})");
        ours.Searcher.Dispose();
        baseline.Searcher.Dispose();

        Assert.True(meanRecall >= 0.9, $"mean recall@10 {meanRecall:0.000} < 0.9");
        NonEmpty.All(rows, r => Assert.True(
            r.Ours.Recall >= r.Stock.Recall - 1e-9 && r.Ours.Ndcg >= r.Stock.Ndcg - 1e-9,
            $"{r.Q.Query}: ours R {r.Ours.Recall:0.00} nDCG {r.Ours.Ndcg:0.00}, stock R {r.Stock.Recall:0.00} nDCG {r.Stock.Ndcg:0.00}"));
        var compound = rows.Where(r => r.Q.Compound).ToList();
        Assert.True(compound.Average(r => r.Ours.Ndcg) > compound.Average(r => r.Stock.Ndcg));
        Assert.True(compound.Average(r => r.Ours.Recall) > compound.Average(r => r.Stock.Recall));
    }

    private (ArchiveSearcher Searcher, string Name) Build(string name, ArchiveIndex index, Func<ArchiveSearcher> open)
    {
        index.Rebuild(records);
        return (open(), name);
    }

    private void AssertJudgementsExist(Judged q)
    {
        var docs = records.SelectMany(SearchDocument.From).ToList();
        foreach (var r in q.Relevant)
        {
            var n = docs.Count(d => Matches(d.ReportId, d.Kind, d.Text, r));
            Assert.True(n == 1, $"judgement for '{q.Query}' ({r[0]} {r[1]} '{r[2]}') matches {n} documents");
        }
    }

    private static Scores Score((ArchiveSearcher Searcher, string Name) engine, Judged q)
    {
        var hits = engine.Searcher.Search(new SearchRequest(q.Query, Top: 10)).Hits;
        var gains = hits.Select(h => q.Relevant.Any(r => Matches(h.ReportId, h.Kind, h.Text, r)) ? 1.0 : 0.0).ToList();
        var ideal = Math.Min(10, q.Relevant.Count);
        var recall = gains.Sum() / ideal;
        var dcg = gains.Select((g, i) => g / Math.Log2(i + 2)).Sum();
        var idcg = Enumerable.Range(0, ideal).Sum(i => 1 / Math.Log2(i + 2));
        return new Scores(recall, dcg / idcg);
    }

    private static bool Matches(string reportId, string kind, string text, string[] judged) =>
        reportId == judged[0] && kind == judged[1] && text.StartsWith(judged[2], StringComparison.Ordinal);
}
