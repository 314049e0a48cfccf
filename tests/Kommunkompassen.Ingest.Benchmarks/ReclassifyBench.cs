using System.Diagnostics;
using Kommunkompassen.Ingest.App;

namespace Kommunkompassen.Ingest.Benchmarks;

/// <summary>
/// Classifying a whole archive again (as after `kk train`) next to importing it: ingests a folder
/// into a fresh archive through the application layer as `kk ingest` does, then moves the folder
/// away (so no file can be read) and classifies every stored report again from its stored
/// readings with the same models (`kk reclassify --all`: the work new models would do), and prints
/// both times, the ratio and the peak memory of each.
/// </summary>
internal static class ReclassifyBench
{
    public static int Run(string folder, string archiveRoot)
    {
        var app = IngestBench.FreshApp(archiveRoot);
        var clock = Stopwatch.StartNew();
        var imported = app.Ingest(new IngestRequest([folder]));
        var importTime = clock.Elapsed;
        var importPeak = Peak();

        var away = folder.TrimEnd(Path.DirectorySeparatorChar) + ".away";
        Directory.Move(folder, away);
        IngestResult reclassified;
        TimeSpan reclassifyTime;
        try
        {
            GC.Collect();
            clock.Restart();
            reclassified = app.Reclassify(new ReclassifyRequest(All: true));
            reclassifyTime = clock.Elapsed;
        }
        finally
        {
            Directory.Move(away, folder);
        }

        var reports = imported.ReportsInArchive;
        Console.WriteLine($"reports            {reports} ({imported.Files.Count} files, {imported.Count(IngestStatus.Failed)} failed)");
        Console.WriteLine($"cores              {Environment.ProcessorCount}");
        Console.WriteLine($"steps              {string.Join(", ", imported.Steps.Select(s => $"{s.Name} {s.Version}"))}");
        Console.WriteLine($"import             {importTime.TotalSeconds:0.0} s = {reports / importTime.TotalSeconds:0.0} reports/s, incl. index; peak working set {importPeak / 1048576.0:0} MiB");
        Console.WriteLine($"reclassify --all   {reclassifyTime.TotalSeconds:0.0} s = {reclassified.Reclassified.Count / reclassifyTime.TotalSeconds:0.0} reports/s, incl. index ({reclassified.Reclassified.Count} reports, {reclassified.ReclassifyFailures.Count} failed, the files moved away)");
        Console.WriteLine($"  of which writing {reclassified.WriteTime.TotalSeconds:0.0} s; search index {(reclassifyTime - reclassified.Elapsed).TotalSeconds:0.0} s");
        Console.WriteLine($"ratio              {reclassifyTime / importTime * 100:0.0} % of the import time");
        Console.WriteLine($"peak working set   {Peak() / 1048576.0:0} MiB (the whole process)");
        return reclassified.Complete && reclassified.Reclassified.Count == reports ? 0 : 2;
    }

    private static long Peak()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }
}
