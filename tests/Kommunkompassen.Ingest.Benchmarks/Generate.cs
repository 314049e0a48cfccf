using System.Diagnostics;
using Kommunkompassen.Ingest.ReportGenerator;

namespace Kommunkompassen.Ingest.Benchmarks;

/// <summary>Writes synthetic reports from both sample templates (one per framework), half each.</summary>
internal static class Generate
{
    public static int Run(string folder, int reports, int seed)
    {
        var clock = Stopwatch.StartNew();
        var written = Folder(folder, reports, seed);
        Console.WriteLine($"generated {written} reports ({written * 2} files) in {folder} in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    public static int Folder(string folder, int reports, int seed)
    {
        var templates = Directory.EnumerateFiles(CorpusFolder(), "*.docx").Order(StringComparer.Ordinal).ToList();
        var written = 0;
        for (var t = 0; t < templates.Count; t++)
        {
            var count = reports / templates.Count + (t < reports % templates.Count ? 1 : 0);
            written += new ReportGenerator.ReportGenerator(templates[t]).WriteFolder(folder, count, seed + t).Count;
        }

        return written;
    }

    private static string CorpusFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kommunkompassen.Ingest.sln")))
            {
                return Path.Combine(dir.FullName, "corpus");
            }
        }

        throw new InvalidOperationException("corpus/ not found above " + AppContext.BaseDirectory);
    }
}
