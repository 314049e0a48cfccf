using System.CommandLine;
using System.Globalization;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;

namespace Kommunkompassen.Ingest.Cli.Commands;

/// <summary>`kk bench [search|classify]`: parse time per report, query latency, classification time.</summary>
internal sealed class BenchCommand : KkCommand
{
    private readonly Option<int> iterations = KkOptions.Int("--iterations", "timed runs of each report after warm-up", 20);
    private readonly Option<string> corpus = Corpus();

    public BenchCommand()
        : base("bench", "parse time per report vs the bare read of each format")
    {
        Add(iterations);
        Add(corpus);
        Add(new SearchBenchCommand());
        Add(new ClassifyBenchCommand());
    }

    private static Option<string> Corpus() => new("--corpus")
    {
        Description = "the sample reports",
        HelpName = "DIR",
        DefaultValueFactory = _ => KompassDefaults.CorpusFolder,
    };

    protected override int Run(ParseResult parse, KkOutput output)
    {
        var n = parse.GetValue(iterations);
        var o = output.Out;
        var header = false;
        new KompassAppBuilder().Build().ParseBench(new ParseBenchRequest(n, parse.GetValue(corpus)!), new Sync<ParseBenchRow>(row =>
        {
            if (!header)
            {
                header = true;
                o.WriteLine($"kk bench: {n} iterations after warm-up, median per run; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
                o.WriteLine($"{"file",-40} {"bare read ms",12} {"blocks ms",10} {"full parse ms",14} {"ratio",6} {"bare KB",9} {"full KB",9}");
            }

            o.WriteLine($"{row.File,-40} {row.BareReadMs,12:0.00} {row.BlocksMs,10:0.00} {row.FullParseMs,14:0.00} {row.Ratio,6:0.00} {row.BareKb,9:0} {row.FullKb,9:0}");
        }));
        return 0;
    }

    private sealed class SearchBenchCommand : KkCommand
    {
        private readonly Option<int> reports = KkOptions.Int("--reports", "synthetic reports in the large archive", 1000);
        private readonly Option<int> rounds = KkOptions.Int("--rounds", "rounds of the query mix", 20, helpName: "R");
        private readonly Option<string> corpus = Corpus();
        private readonly Option<bool> perQuery = new("--per-query") { Description = "also each query's median and maximum" };

        public SearchBenchCommand()
            : base("search", "query latency (median, p99) with facets and highlighting, on the sample archive and on N synthetic reports")
        {
            Add(reports);
            Add(rounds);
            Add(corpus);
            Add(perQuery);
        }

        protected override int Run(ParseResult parse, KkOutput output)
        {
            var o = output.Out;
            var request = new SearchBenchRequest(parse.GetValue(reports), parse.GetValue(rounds), parse.GetValue(corpus)!, parse.GetValue(perQuery));
            o.WriteLine($"kk bench search: {KompassApp.SearchBenchQueries} queries x {request.Rounds} rounds, top 10 with facets and highlighting; {Environment.ProcessorCount} cores");
            new KompassAppBuilder().Build().SearchBench(request, new Sync<SearchBenchRow>(row =>
            {
                foreach (var q in row.PerQuery)
                {
                    o.WriteLine($"  {q.Query,-40} median {q.MedianMs,7:0.00} ms, max {q.MaxMs,7:0.00} ms");
                }

                o.WriteLine($"{row.Name}: {row.Documents} documents, indexed in {row.BuildTime.TotalSeconds:0.0} s, {row.IndexBytes / 1e6:0.0} MB; query median {row.MedianMs:0.00} ms, p99 {row.P99Ms:0.00} ms ({row.Queries} queries, {row.MatchesPerRound} matches per round)");
            }));
            return 0;
        }
    }

    private sealed class ClassifyBenchCommand : KkCommand
    {
        private readonly Option<string?> models = KkOptions.Models();
        private readonly Option<string?> labels = KkOptions.File("--labels", $"the labelled findings to rank (default {KompassDefaults.LabelsFile})");
        private readonly Option<string> corpus = Corpus();

        public ClassifyBenchCommand()
            : base("classify", "model load time, the time to rank one finding, and the time to classify each sample report's findings as kk ingest does")
        {
            Add(models);
            Add(labels);
            Add(corpus);
        }

        protected override int Run(ParseResult parse, KkOutput output)
        {
            var o = output.Out;
            var rows = new List<ClassifyBenchRow>();
            var figures = new KompassAppBuilder().UseModels(parse.GetValue(models)).Build()
                .ClassifyBench(new ClassifyBenchRequest(parse.GetValue(labels), parse.GetValue(corpus)!), new Sync<ClassifyBenchRow>(rows.Add));
            o.WriteLine($"kk bench classify: models loaded in {figures.Load.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms; one finding ranked in median {figures.MedianMs:0.000} ms, p99 {figures.P99Ms:0.000} ms ({figures.Rankings} rankings)");
            foreach (var r in rows)
            {
                o.WriteLine($"  {r.File}: {r.Findings} findings, {r.PassagesUnderHeadings} passages under headings; all findings classified in median {r.MedianMs:0.0} ms");
            }

            return 0;
        }
    }
}

/// <summary>An <see cref="IProgress{T}"/> that runs its action at once on the reporting thread (unlike <see cref="Progress{T}"/>).</summary>
internal sealed class Sync<T>(Action<T> action) : IProgress<T>
{
    public void Report(T value) => action(value);
}
