using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Kommunkompassen.Ingest.Storage;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Kommunkompassen.Ingest.App;

public sealed partial class KompassApp
{
    /// <summary>The fixed query mix of the search benchmark: compounds, phrases, several words, filters, a misspelling.</summary>
    private static readonly SearchRequest[] SearchMix =
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

    /// <summary>How many queries the search benchmark's mix has.</summary>
    public static int SearchBenchQueries => SearchMix.Length;

    /// <summary>The search benchmark's query mix as searches a front end makes (the web API's load benchmark sends them).</summary>
    public static IReadOnlyList<SearchQuery> SearchBenchMix { get; } =
        SearchMix.Select(r => new SearchQuery(r.Query, r.Area, r.Question, null, r.YearFrom, r.YearTo, r.Framework, r.Kind, r.Top, r.Related)).ToList();

    /// <summary>
    /// Fills this app's archive (which must not exist yet) with N synthetic reports: the sample
    /// reports of a folder parsed, then stored again and again under generated municipalities and
    /// years (<see cref="Synthetic"/>), each as a file of its own content, and indexed, so that the
    /// archive answers as one of N ingested reports would. For the web API's load benchmark.
    /// </summary>
    /// <exception cref="KompassRequestException">The folder has no .docx report, or the archive exists already.</exception>
    public int WriteSyntheticArchive(int reports, string corpus = KompassDefaults.CorpusFolder)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reports);
        if (ReportArchive.Exists(Options.ArchiveFolder))
        {
            throw new KompassRequestException($"{Options.ArchiveFolder}: an archive is there already; give a new folder");
        }

        var samples = Docx(corpus).Select(f => ReportParser.Default.Parse(DocumentLoader.Default.Load(f))).ToList();
        if (samples.Count == 0)
        {
            throw new KompassRequestException($"no .docx reports in {corpus}");
        }

        using var archive = OpenForWriting();
        var n = 0;
        foreach (var record in Synthetic(samples, reports))
        {
            // A file of its own per report: the archive keys files by content.
            var own = record with { Sources = record.Sources.Select(s => s with { Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(record.Id + s.Sha256))) }).ToList() };
            archive.Store(own, Path.Combine(corpus, record.Id + ".docx"), 0, "synthetic", "synthetic");
            n++;
        }

        IndexMaintenance.BringUp(archive);
        return n;
    }

    /// <summary>
    /// For each report in the folder, the full parse (read + parse into a record) next to the bare
    /// read of the same file in the same run: PdfPig extracting every page's words with
    /// NearestNeighbourWordExtractor, or the Open XML SDK walking every text element. Each is warmed
    /// up for a second, then timed over N iterations; each row is reported as it is done.
    /// </summary>
    /// <exception cref="KompassRequestException">The folder has no .docx or .pdf file.</exception>
    public IReadOnlyList<ParseBenchRow> ParseBench(ParseBenchRequest request, IProgress<ParseBenchRow>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = Directory.Exists(request.Corpus)
            ? Directory.EnumerateFiles(request.Corpus)
                .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
        if (files.Count == 0)
        {
            throw new KompassRequestException($"no .docx or .pdf files in {request.Corpus}");
        }

        var rows = new List<ParseBenchRow>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var isPdf = file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
            Action bare = isPdf ? () => BarePdf(bytes) : () => BareDocx(bytes);
            var name = Path.GetFileName(file);
            void Full() => ReportParser.Default.Parse(DocumentLoader.Default.Load(bytes, name));

            var results = Measure([bare, () => DocumentLoader.Default.Load(bytes, name), Full], request.Iterations);
            var row = new ParseBenchRow(name, results[0].Ms, results[1].Ms, results[2].Ms, results[0].Kb, results[2].Kb);
            rows.Add(row);
            progress?.Report(row);
        }

        return rows;
    }

    /// <summary>
    /// Query latency, including facet counting and highlighting, on an index of the sample reports
    /// and on one of N synthetic reports (the sample records re-indexed under generated
    /// municipality and year ids): the index's build time and size, and the median and the 99th
    /// percentile over R rounds of the query mix. Each archive's row is reported as it is done.
    /// </summary>
    /// <exception cref="KompassRequestException">The folder has no .docx report.</exception>
    public IReadOnlyList<SearchBenchRow> SearchBench(SearchBenchRequest request, IProgress<SearchBenchRow>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var samples = Docx(request.Corpus)
            .Select(f => ReportParser.Default.Parse(DocumentLoader.Default.Load(f)))
            .ToList();
        if (samples.Count == 0)
        {
            throw new KompassRequestException($"no .docx reports in {request.Corpus}");
        }

        var rows = new List<SearchBenchRow>();
        foreach (var (name, records) in new[] { ($"sample archive ({samples.Count} reports)", (IEnumerable<ReportRecord>)samples), ($"synthetic archive ({request.Reports} reports)", Synthetic(samples, request.Reports)) })
        {
            var row = MeasureSearch(name, records, request.Rounds, request.PerQuery);
            rows.Add(row);
            progress?.Report(row);
        }

        return rows;
    }

    /// <summary>
    /// The model load time, the median and p99 time to rank one labelled finding after load, and
    /// per sample report the time to classify all its findings as an ingest does (each report
    /// reported as it is done).
    /// </summary>
    /// <exception cref="KompassOperationException">There are no models, or none for framework 2010.</exception>
    public ClassifyBenchFigures ClassifyBench(ClassifyBenchRequest request, IProgress<ClassifyBenchRow>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var load = Stopwatch.StartNew();
        var trained = ClassifierSet.Load(Options.ModelsFolder, Frameworks.FrameworkCatalog.Default) ?? throw new KompassOperationException($"no models in {Options.ModelsFolder}; train them first");
        load.Stop();
        var labels = LabelFile.ReadFindings(request.LabelsFile ?? KompassDefaults.LabelsFile);
        var model = trained.For("2010") ?? throw new KompassOperationException("no model for framework 2010");

        // Warm up past tiered JIT compilation, so that the figures are the steady state of a long ingest.
        for (var round = 0; round < 5; round++)
        {
            foreach (var f in labels)
            {
                model.Rank(f.Text, f.Area);
            }
        }

        var times = new List<double>();
        for (var round = 0; round < 10; round++)
        {
            foreach (var f in labels)
            {
                var sw = Stopwatch.StartNew();
                model.Rank(f.Text, f.Area);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        var figures = new ClassifyBenchFigures(load.Elapsed, times[times.Count / 2], times[(int)(times.Count * 0.99)], times.Count);

        // What an ingest does per report: every list ranked as a chain, weighed with the report's narrative.
        foreach (var file in Docx(request.Corpus))
        {
            var record = ReportParser.Default.Parse(DocumentLoader.Default.Load(File.ReadAllBytes(file), Path.GetFileName(file)));
            for (var warm = 0; warm < 20; warm++)
            {
                trained.Classify(record);
            }

            var perReport = Enumerable.Range(0, 11).Select(_ =>
            {
                var sw = Stopwatch.StartNew();
                trained.Classify(record);
                return sw.Elapsed.TotalMilliseconds;
            }).Order().ToList();
            progress?.Report(new ClassifyBenchRow(Path.GetFileName(file), record.Areas.Sum(a => a.Strengths.Count + a.Improvements.Count), record.Passages.Count(p => p.Question is not null), perReport[5]));
        }

        return figures;
    }

    /// <summary>The sample records again and again under other municipalities and years.</summary>
    public static IEnumerable<ReportRecord> Synthetic(IReadOnlyList<ReportRecord> samples, int count)
    {
        ArgumentNullException.ThrowIfNull(samples);
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

    private static SearchBenchRow MeasureSearch(string name, IEnumerable<ReportRecord> records, int rounds, bool perQueryTimes)
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
                foreach (var q in SearchMix)
                {
                    searcher.Search(q);
                }
            }

            var times = new List<double>();
            var perQuery = SearchMix.ToDictionary(q => q, _ => new List<double>());
            long hits = 0;
            for (var r = 0; r < rounds; r++)
            {
                foreach (var q in SearchMix)
                {
                    var sw = Stopwatch.StartNew();
                    hits += searcher.Search(q).TotalHits;
                    times.Add(sw.Elapsed.TotalMilliseconds);
                    perQuery[q].Add(sw.Elapsed.TotalMilliseconds);
                }
            }

            var queryTimes = new List<QueryTime>();
            if (perQueryTimes)
            {
                foreach (var (q, t) in perQuery)
                {
                    t.Sort();
                    queryTimes.Add(new QueryTime(q.Query, t[t.Count / 2], t[^1]));
                }
            }

            times.Sort();
            var p50 = times[times.Count / 2];
            var p99 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.99) - 1)];
            return new SearchBenchRow(name, searcher.DocumentCount, build.Elapsed, size, p50, p99, times.Count, hits / Math.Max(1, rounds), queryTimes);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// Times the actions interleaved (one run of each per iteration), so drift in the machine's
    /// speed affects all of them alike. Returns the median time and mean allocation of each.
    /// </summary>
    private static (double Ms, double Kb)[] Measure(Action[] actions, int iterations)
    {
        // Warm up for at least 50 runs and a second, so tiered JIT compilation has settled before
        // timing: a method is recompiled optimised after 30 calls, so code the parser calls once
        // per report is still unoptimised after the few runs a second allows on a large file.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 50 || warm.ElapsedMilliseconds < 1000; i++)
        {
            foreach (var action in actions)
            {
                action();
            }
        }

        var times = actions.Select(_ => new double[iterations]).ToArray();
        var allocated = new long[actions.Length];
        for (var i = 0; i < iterations; i++)
        {
            for (var a = 0; a < actions.Length; a++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                actions[a]();
                sw.Stop();
                allocated[a] += GC.GetAllocatedBytesForCurrentThread() - before;
                times[a][i] = sw.Elapsed.TotalMilliseconds;
            }
        }

        return times.Select((t, a) =>
        {
            Array.Sort(t);
            return (t[iterations / 2], allocated[a] / 1024.0 / iterations);
        }).ToArray();
    }

    private static IEnumerable<string> Docx(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.docx").Order(StringComparer.Ordinal) : [];

    private static int BarePdf(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var words = 0;
        foreach (var page in pdf.GetPages())
        {
            words += page.GetWords(NearestNeighbourWordExtractor.Instance).Count();
        }

        return words;
    }

    private static int BareDocx(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var chars = 0;
        foreach (var t in doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>())
        {
            chars += t.Text.Length;
        }

        return chars;
    }
}
