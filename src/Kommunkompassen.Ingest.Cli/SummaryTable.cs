using System.Globalization;
using Kommunkompassen.Ingest.Storage.Import;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>
/// What `kk ingest` prints at the end: a row per file that changed the archive or failed (up to
/// a screenful), every failure with its reason, and the counts per status.
/// </summary>
internal static class SummaryTable
{
    private const int MaxRows = 60;

    public static void Print(ImportResult result, TextWriter output)
    {
        var shown = result.Files.Where(f => f.Status != FileStatus.Skipped).ToList();
        if (shown.Count <= MaxRows)
        {
            PrintFiles(shown, output);
        }

        var failed = result.Files.Where(f => f.Status == FileStatus.Failed).ToList();
        if (failed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"failed ({failed.Count.ToString(CultureInfo.InvariantCulture)}):");
            foreach (var f in failed)
            {
                output.WriteLine($"  {f.Path}: {f.Message}");
            }
        }

        var warnings = result.Changed.Sum(r => r.Warnings);
        output.WriteLine();
        var counts = new (string Name, int N)[]
        {
            ("ingested", result.Count(FileStatus.Ingested)),
            ("merged", result.Count(FileStatus.Merged)),
            ("replaced", result.Count(FileStatus.Replaced)),
            ("updated", result.Count(FileStatus.Updated)),
            ("skipped", result.Count(FileStatus.Skipped)),
            ("failed", result.Count(FileStatus.Failed)),
            ("warnings", warnings),
        };
        foreach (var (name, n) in counts)
        {
            output.WriteLine($"  {name,-9} {n.ToString(CultureInfo.InvariantCulture),6}");
        }

        var rate = result.Elapsed.TotalSeconds > 0 ? result.Files.Count / result.Elapsed.TotalSeconds : 0;
        output.WriteLine(
            $"{result.Files.Count.ToString(CultureInfo.InvariantCulture)} files in {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({rate.ToString("0.0", CultureInfo.InvariantCulture)} files/s){(result.Interrupted ? "; interrupted, run the same command again to go on" : string.Empty)}");
    }

    private static void PrintFiles(IReadOnlyList<FileOutcome> outcomes, TextWriter output)
    {
        if (outcomes.Count == 0)
        {
            return;
        }

        var rows = new List<string[]>
        {
            new[] { "file", "status", "id", "municipality", "year", "framework", "total", "questions", "findings", "passages", "warnings" },
        };
        foreach (var o in outcomes)
        {
            var r = o.Summary;
            rows.Add(
            [
                Path.GetFileName(o.Path),
                o.Status.ToString().ToLowerInvariant(),
                r?.Id ?? "-",
                r?.Municipality ?? "-",
                r?.Year.ToString(CultureInfo.InvariantCulture) ?? "-",
                r?.Framework ?? "-",
                r?.Total?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-",
                r is null ? "-" : $"{r.QuestionsScored.ToString(CultureInfo.InvariantCulture)}/{r.Questions.ToString(CultureInfo.InvariantCulture)}",
                r?.Findings.ToString(CultureInfo.InvariantCulture) ?? "-",
                r?.Passages.ToString(CultureInfo.InvariantCulture) ?? "-",
                r?.Warnings.ToString(CultureInfo.InvariantCulture) ?? "-",
            ]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }
}
