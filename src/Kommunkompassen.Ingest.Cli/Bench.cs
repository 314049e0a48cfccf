using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Parsing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>
/// `kk bench`: for each report in the corpus, the full parse (read + parse into a record) next
/// to the bare read of the same file in the same run: PdfPig extracting every page's words with
/// NearestNeighbourWordExtractor, or the Open XML SDK walking every text element. Each is warmed
/// up for a second, then timed over N iterations; the median and the allocations per run are printed.
/// </summary>
internal static class Bench
{
    public static int Run(CommandLine line)
    {
        if (line.Arguments.Count > 0 && line.Arguments[0] == "search")
        {
            return SearchBench.Run(line);
        }

        if (line.Arguments.Count > 0 && line.Arguments[0] == "classify")
        {
            return ClassifyBench(line);
        }

        var iterations = int.Parse(line.Options.GetValueOrDefault("--iterations") ?? "20", CultureInfo.InvariantCulture);
        var corpus = line.Options.GetValueOrDefault("--corpus") ?? "corpus";
        var files = Directory.EnumerateFiles(corpus)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new UsageException($"no .docx or .pdf files in {corpus}");
        }

        Console.WriteLine($"kk bench: {iterations} iterations after warm-up, median per run; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine($"{"file",-40} {"bare read ms",12} {"blocks ms",10} {"full parse ms",14} {"ratio",6} {"bare KB",9} {"full KB",9}");
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var isPdf = file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
            Action bare = isPdf ? () => BarePdf(bytes) : () => BareDocx(bytes);
            var name = Path.GetFileName(file);
            void Full() => ReportParser.Default.Parse(DocumentLoader.Default.Load(bytes, name));

            var results = Measure([bare, () => DocumentLoader.Default.Load(bytes, name), Full], iterations);
            var (bareMs, bareKb) = results[0];
            var (readMs, _) = results[1];
            var (fullMs, fullKb) = results[2];
            Console.WriteLine($"{name,-40} {bareMs,12:0.00} {readMs,10:0.00} {fullMs,14:0.00} {fullMs / bareMs,6:0.00} {bareKb,9:0} {fullKb,9:0}");
        }

        return 0;
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

    /// <summary>
    /// `kk bench classify`: model load time, the median and p99 time to rank one finding after
    /// load, and per sample report the time to classify all its findings as 'kk ingest' does.
    /// </summary>
    private static int ClassifyBench(CommandLine line)
    {
        var load = Stopwatch.StartNew();
        var models = ClassifyCommands.LoadModels(line) ?? throw new UsageException("no models; run 'kk train' first");
        load.Stop();
        var labels = Kommunkompassen.Ingest.Classification.LabelFile.ReadFindings(line.Options.GetValueOrDefault("--labels") ?? ClassifyCommands.DefaultLabels);
        var model = models.For("2010") ?? throw new UsageException("no model for framework 2010");
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
        Console.WriteLine($"kk bench classify: models loaded in {load.Elapsed.TotalMilliseconds:0} ms; one finding ranked in median {times[times.Count / 2]:0.000} ms, p99 {times[(int)(times.Count * 0.99)]:0.000} ms ({times.Count} rankings)");

        // What 'kk ingest' does per report: every list ranked as a chain, weighed with the report's narrative.
        var corpus = line.Options.GetValueOrDefault("--corpus") ?? "corpus";
        foreach (var file in Directory.EnumerateFiles(corpus, "*.docx").Order(StringComparer.Ordinal))
        {
            var record = ReportParser.Default.Parse(DocumentLoader.Default.Load(File.ReadAllBytes(file), Path.GetFileName(file)));
            for (var warm = 0; warm < 20; warm++)
            {
                models.Classify(record);
            }

            var perReport = Enumerable.Range(0, 11).Select(_ =>
            {
                var sw = Stopwatch.StartNew();
                models.Classify(record);
                return sw.Elapsed.TotalMilliseconds;
            }).Order().ToList();
            Console.WriteLine($"  {Path.GetFileName(file)}: {record.Areas.Sum(a => a.Strengths.Count + a.Improvements.Count)} findings, {record.Passages.Count(p => p.Question is not null)} passages under headings; all findings classified in median {perReport[5]:0.0} ms");
        }

        return 0;
    }

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
