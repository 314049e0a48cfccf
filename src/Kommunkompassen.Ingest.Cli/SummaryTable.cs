using System.Globalization;
using Kommunkompassen.Ingest.Ingestion;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>The table `kk ingest` prints: one row per file, then the counts.</summary>
internal static class SummaryTable
{
    public static void Print(IReadOnlyList<IngestOutcome> outcomes, TextWriter output)
    {
        var rows = new List<string[]>
        {
            new[] { "file", "status", "id", "municipality", "year", "framework", "total", "questions", "findings", "passages", "warnings" },
        };
        foreach (var o in outcomes)
        {
            var r = o.Record;
            rows.Add(
            [
                Path.GetFileName(o.Path),
                o.Status.ToString().ToLowerInvariant(),
                r?.Id ?? "-",
                r?.Municipality.Name ?? "-",
                r?.Year.ToString(CultureInfo.InvariantCulture) ?? "-",
                r?.Framework ?? "-",
                r?.Total.Score?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-",
                r is null ? "-" : $"{r.Questions.Count(q => q.Score is not null)}/{r.Questions.Count}",
                r is null ? "-" : r.Areas.Sum(a => a.Strengths.Count + a.Improvements.Count).ToString(CultureInfo.InvariantCulture),
                r?.Passages.Count.ToString(CultureInfo.InvariantCulture) ?? "-",
                r?.Warnings.Count.ToString(CultureInfo.InvariantCulture) ?? "-",
            ]);
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }

        var counts = Enum.GetValues<IngestStatus>()
            .Select(s => (s, n: outcomes.Count(o => o.Status == s)))
            .Where(x => x.n > 0)
            .Select(x => $"{x.n.ToString(CultureInfo.InvariantCulture)} {x.s.ToString().ToLowerInvariant()}");
        output.WriteLine($"{outcomes.Count.ToString(CultureInfo.InvariantCulture)} files: {string.Join(", ", counts)}");
    }
}
