using System.Diagnostics;
using Kommunkompassen.Ingest.App;

namespace Kommunkompassen.Ingest.Benchmarks;

/// <summary>
/// Ingests a folder into a fresh archive through the application layer, as `kk ingest` does
/// (parse on all cores, classify findings, store in SQLite, update the search index), then a
/// second time unchanged, and prints throughput, peak memory and the memory after each tenth of
/// the batch.
/// </summary>
internal static class IngestBench
{
    /// <summary>The application over a fresh archive (deleted first) with the committed models, as `kk ingest` runs.</summary>
    public static KompassApp FreshApp(string archiveRoot)
    {
        if (Directory.Exists(archiveRoot))
        {
            Directory.Delete(archiveRoot, recursive: true);
        }

        return new KompassAppBuilder()
            .UseArchive(archiveRoot)
            .UseModels(Path.Combine(AppContext.BaseDirectory, KompassDefaults.TrainedModelsFolder))
            .Build();
    }

    public static int Run(string folder, string archiveRoot)
    {
        var app = FreshApp(archiveRoot);
        var request = new IngestRequest([folder]);
        var samples = new List<(int Done, long WorkingSet, long Heap)>();
        var progress = new Sampler(samples);

        var clock = Stopwatch.StartNew();
        var first = app.Ingest(request, progress);
        var firstTime = clock.Elapsed;
        var importTime = first.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        clock.Restart();
        var second = app.Ingest(request);
        var secondTime = clock.Elapsed;

        var files = first.Files.Count;
        var reports = second.ReportsInArchive;
        Console.WriteLine($"files              {files}");
        Console.WriteLine($"reports            {reports} ({first.Count(IngestStatus.Failed)} files failed)");
        Console.WriteLine($"cores              {Environment.ProcessorCount}");
        Console.WriteLine($"steps              {string.Join(", ", first.Steps.Select(s => $"{s.Name} {s.Version}"))}");
        Console.WriteLine($"first run          {firstTime.TotalSeconds:0.0} s = {reports / firstTime.TotalSeconds:0.0} reports/s ({files / firstTime.TotalSeconds:0.0} files/s), incl. index");
        Console.WriteLine($"  of which import   {importTime.TotalSeconds:0.0} s = {reports / importTime.TotalSeconds:0.0} reports/s (the writer busy {first.WriteTime.TotalSeconds:0.0} s); search index {(firstTime - importTime).TotalSeconds:0.0} s");
        Console.WriteLine($"unchanged re-run   {secondTime.TotalSeconds:0.00} s = {secondTime.TotalSeconds / firstTime.TotalSeconds * 100:0.0} % of the first ({second.Count(IngestStatus.Skipped)} skipped)");
        Console.WriteLine($"peak working set   {peak / 1048576.0:0} MiB");
        Console.WriteLine($"archive.db         {new FileInfo(first.DatabasePath).Length / 1048576.0:0.0} MiB");
        Console.WriteLine("memory during the first run (after each tenth of the files):");
        foreach (var (done, ws, heap) in samples)
        {
            Console.WriteLine($"  {done,6} files  working set {ws / 1048576.0,6:0} MiB  managed heap {heap / 1048576.0,6:0} MiB");
        }

        return first.Count(IngestStatus.Failed) == 0 ? 0 : 2;
    }

    private sealed class Sampler(List<(int, long, long)> samples) : IProgress<IngestProgress>
    {
        private int next;

        public void Report(IngestProgress value)
        {
            var step = Math.Max(1, value.Total / 10);
            if (next == 0)
            {
                next = step;
            }

            if (value.Done >= next || value.Done == value.Total)
            {
                next += step;
                using var self = Process.GetCurrentProcess();
                samples.Add((value.Done, self.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false)));
            }
        }
    }
}
