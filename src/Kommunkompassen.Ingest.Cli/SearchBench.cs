using System.Diagnostics;
using System.Globalization;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>
/// `kk bench search [--reports N] [--corpus DIR] [--rounds R] [--per-query]`: query latency, including facet
/// counting and highlighting, on an index of the sample reports and on one of N synthetic
/// reports (the sample records re-indexed under generated municipality and year ids). Prints
/// the index's build time and size, and the median and the 99th percentile over R rounds of a
/// fixed query mix (compounds, phrases, several words, filters, a misspelling with suggestions).
/// </summary>
internal static class SearchBench
{
    private static readonly SearchRequest[] Mix =
    [
        new("synpunktshantering"),
        new("klagomålshantering"),
        new("medborgardialog"),
        new("brukarundersökning"),
        new("ledarutveckling"),
        new("kompetensutveckling", Kind: "improvement"),
        new("kvalitetsutveckling"),
        new("delegering", Area: 4),
        new("internkontroll"),
        new("\"hållbar utveckling\""),
        new("e-tjänster OR e-service"),
        new("värdegrund*", YearFrom: 2003, YearTo: 2008),
        new("ungdomars inflytande i kommunen"),
        new("utbildning i ledarskap för chefer"),
        new("synpunktshantrering"),
    ];

    public static int Run(CommandLine line)
    {
        var reports = int.Parse(line.Options.GetValueOrDefault("--reports") ?? "1000", CultureInfo.InvariantCulture);
        var rounds = int.Parse(line.Options.GetValueOrDefault("--rounds") ?? "20", CultureInfo.InvariantCulture);
        var corpus = line.Options.GetValueOrDefault("--corpus") ?? "corpus";
        var samples = Directory.EnumerateFiles(corpus, "*.docx").Order(StringComparer.Ordinal)
            .Select(f => ReportParser.Default.Parse(DocumentLoader.Default.Load(f)))
            .ToList();
        if (samples.Count == 0)
        {
            throw new UsageException($"no .docx reports in {corpus}");
        }

        Console.WriteLine($"kk bench search: {Mix.Length} queries x {rounds} rounds, top 10 with facets and highlighting; {Environment.ProcessorCount} cores");
        var perQuery = line.Options.ContainsKey("--per-query");
        Measure($"sample archive ({samples.Count} reports)", samples, rounds, perQuery);
        Measure($"synthetic archive ({reports} reports)", Synthetic(samples, reports), rounds, perQuery);
        return 0;
    }

    /// <summary>The sample records again and again under other municipalities and years.</summary>
    internal static IEnumerable<ReportRecord> Synthetic(IReadOnlyList<ReportRecord> samples, int count)
    {
        var registry = MunicipalityRegistry.Default.All;
        for (var i = 0; i < count; i++)
        {
            var m = registry[i % registry.Count];
            var year = 2002 + (i / registry.Count);
            var r = samples[i % samples.Count];
            yield return r with
            {
                Id = $"{m.Code}-{year.ToString(CultureInfo.InvariantCulture)}",
                Municipality = new MunicipalityRef(m.Name, m.Code),
                Year = year,
            };
        }
    }

    private static void Measure(string name, IEnumerable<ReportRecord> records, int rounds, bool perQueryTimes)
    {
        var dir = Directory.CreateTempSubdirectory("kk-bench-").FullName;
        try
        {
            var build = Stopwatch.StartNew();
            var index = new ArchiveIndex(dir);
            index.Rebuild(records);
            build.Stop();
            var size = Directory.EnumerateFiles(index.Path).Sum(f => new FileInfo(f).Length);
            using var searcher = new ArchiveSearcher(dir);
            for (var warm = 0; warm < 5; warm++)
            {
                foreach (var q in Mix)
                {
                    searcher.Search(q);
                }
            }

            var times = new List<double>();
            var perQuery = Mix.ToDictionary(q => q, _ => new List<double>());
            long hits = 0;
            for (var r = 0; r < rounds; r++)
            {
                foreach (var q in Mix)
                {
                    var sw = Stopwatch.StartNew();
                    hits += searcher.Search(q).TotalHits;
                    times.Add(sw.Elapsed.TotalMilliseconds);
                    perQuery[q].Add(sw.Elapsed.TotalMilliseconds);
                }
            }

            if (perQueryTimes)
            {
                foreach (var (q, t) in perQuery)
                {
                    t.Sort();
                    Console.WriteLine($"  {q.Query,-40} median {t[t.Count / 2],7:0.00} ms, max {t[^1],7:0.00} ms");
                }
            }

            times.Sort();
            var p50 = times[times.Count / 2];
            var p99 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.99) - 1)];
            Console.WriteLine($"{name}: {searcher.DocumentCount} documents, indexed in {build.Elapsed.TotalSeconds:0.0} s, {size / 1e6:0.0} MB; query median {p50:0.00} ms, p99 {p99:0.00} ms ({times.Count} queries, {hits / rounds} matches per round)");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
