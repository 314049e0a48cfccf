using System.Diagnostics;
using System.Globalization;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Storage.Import;

namespace Kommunkompassen.Ingest.Benchmarks;

/// <summary>
/// Ingests a folder into a fresh archive the way `kk ingest` does (parse on all cores, classify
/// findings, store in SQLite, update the search index), then a second time unchanged, and prints
/// throughput, peak memory and the memory after each tenth of the batch.
/// </summary>
internal static class IngestBench
{
    public static int Run(string folder, string archiveRoot)
    {
        if (Directory.Exists(archiveRoot))
        {
            Directory.Delete(archiveRoot, recursive: true);
        }

        var files = Ingestor.ExpandInputs([folder], out _);
        var modelsFolder = Path.Combine(AppContext.BaseDirectory, "models");
        var models = ClassifierSet.Load(modelsFolder, FrameworkCatalog.Default);
        var version = ParserVersion.Current + "+" + ClassifierSet.Fingerprint(modelsFolder, FrameworkCatalog.Default);
        var ingestor = new Ingestor(DocumentLoader.Default, ReportParser.Default, models is null ? [] : [models.WithFindings]);
        var importer = new BatchImporter(ingestor, version);
        var samples = new List<(int Done, long WorkingSet, long Heap)>();
        var progress = new Sampler(files.Count, samples);

        using var archive = ReportArchive.OpenForWriting(archiveRoot);
        var clock = Stopwatch.StartNew();
        var first = importer.Run(files, archive, progress);
        var importTime = clock.Elapsed;
        new ArchiveIndex(archive.Root).Replace(first.Changed.Select(r => archive.Find(r.Id)!), null, archive.ContentVersion);
        var firstTime = clock.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        clock.Restart();
        var second = importer.Run(files, archive);
        var secondTime = clock.Elapsed;

        var reports = archive.Count;
        Console.WriteLine($"files              {files.Count}");
        Console.WriteLine($"reports            {reports} ({first.Count(FileStatus.Failed)} files failed)");
        Console.WriteLine($"cores              {Environment.ProcessorCount}");
        Console.WriteLine($"first run          {firstTime.TotalSeconds:0.0} s = {reports / firstTime.TotalSeconds:0.0} reports/s ({files.Count / firstTime.TotalSeconds:0.0} files/s), incl. index");
        Console.WriteLine($"  of which import   {importTime.TotalSeconds:0.0} s = {reports / importTime.TotalSeconds:0.0} reports/s (the writer busy {first.WriteTime.TotalSeconds:0.0} s); search index {(firstTime - importTime).TotalSeconds:0.0} s");
        Console.WriteLine($"unchanged re-run   {secondTime.TotalSeconds:0.00} s = {secondTime.TotalSeconds / firstTime.TotalSeconds * 100:0.0} % of the first ({second.Count(FileStatus.Skipped)} skipped)");
        Console.WriteLine($"peak working set   {peak / 1048576.0:0} MiB");
        Console.WriteLine($"archive.db         {new FileInfo(archive.DatabasePath).Length / 1048576.0:0.0} MiB");
        Console.WriteLine("memory during the first run (after each tenth of the files):");
        foreach (var (done, ws, heap) in samples)
        {
            Console.WriteLine($"  {done,6} files  working set {ws / 1048576.0,6:0} MiB  managed heap {heap / 1048576.0,6:0} MiB");
        }

        return first.Count(FileStatus.Failed) == 0 ? 0 : 2;
    }

    private sealed class Sampler(int total, List<(int, long, long)> samples) : IProgress<ImportProgress>
    {
        private int next = Math.Max(1, total / 10);

        public void Report(ImportProgress value)
        {
            if (value.Done >= next || value.Done == total)
            {
                next += Math.Max(1, total / 10);
                using var self = Process.GetCurrentProcess();
                samples.Add((value.Done, self.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false)));
            }
        }
    }
}
