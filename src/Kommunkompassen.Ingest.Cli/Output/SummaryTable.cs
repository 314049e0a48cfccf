using System.Globalization;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Records;
using Spectre.Console;

namespace Kommunkompassen.Ingest.Cli.Output;

/// <summary>
/// What `kk ingest` prints at the end: a row per file that changed the archive or failed (up to
/// a screenful) with how completely it was read, every failure with its reason, the files read
/// incompletely with their loss warnings by kind, the files whose identity is in doubt (and what
/// they joined or replaced), and the counts per status.
/// </summary>
internal static class SummaryTable
{
    private const int MaxRows = 60;

    /// <summary>As tables drawn by Spectre.Console when standard output is a terminal, else as plain aligned lines.</summary>
    public static void Print(IngestResult result, KkOutput output) =>
        Print(result, output.Out, output.OutIsTerminal ? output.OutConsole : null);

    /// <summary>The summary as plain aligned lines, or with <paramref name="console"/> its tables drawn by it.</summary>
    public static void Print(IngestResult result, TextWriter output, IAnsiConsole? console = null)
    {
        var shown = result.Files.Where(f => f.Status != IngestStatus.Skipped).ToList();
        if (shown.Count <= MaxRows)
        {
            PrintFiles(shown, output, console);
        }

        var failed = result.Unread.Select(u => (u.Path, Message: (string?)u.Reason))
            .Concat(result.Files.Where(f => f.Status == IngestStatus.Failed).Select(f => (f.Path, f.Message)))
            .ToList();
        if (failed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"failed ({failed.Count.ToString(CultureInfo.InvariantCulture)}):");
            foreach (var (path, message) in failed)
            {
                output.WriteLine($"  {path}: {message}");
            }
        }

        PrintLosses(result, output);
        PrintIdentityDoubts(result, output);

        var warnings = result.Changed.Sum(r => r.Warnings);
        output.WriteLine();
        var counts = new (string Name, int N)[]
        {
            ("ingested", result.Count(IngestStatus.Ingested)),
            ("merged", result.Count(IngestStatus.Merged)),
            ("replaced", result.Count(IngestStatus.Replaced)),
            ("updated", result.Count(IngestStatus.Updated)),
            ("skipped", result.Count(IngestStatus.Skipped)),
            ("failed", result.FailedCount),
            ("warnings", warnings),
        };
        if (console is not null)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("status").AddColumn(new TableColumn("files").RightAligned());
            foreach (var (name, n) in counts)
            {
                table.AddRow(new Text(name), new Text(n.ToString(CultureInfo.InvariantCulture)));
            }

            console.Write(table);
        }
        else
        {
            foreach (var (name, n) in counts)
            {
                output.WriteLine($"  {name,-9} {n.ToString(CultureInfo.InvariantCulture),6}");
            }
        }

        if (result.Reclassified.Count > 0 || result.ReclassifyFailures.Count > 0)
        {
            output.WriteLine(Reclassified(result));
        }

        var rate = result.Elapsed.TotalSeconds > 0 ? result.Files.Count / result.Elapsed.TotalSeconds : 0;
        output.WriteLine(
            $"{result.Files.Count.ToString(CultureInfo.InvariantCulture)} files in {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({rate.ToString("0.0", CultureInfo.InvariantCulture)} files/s){(result.Interrupted ? "; interrupted, run the same command again to go on" : string.Empty)}");
    }

    /// <summary>The line on the stored reports classified again: how many, with which models, and how many failed.</summary>
    internal static string Reclassified(IngestResult result)
    {
        var models = result.Steps.FirstOrDefault(s => s.Name == IngestStepNames.Classify)?.Version ?? IngestStepNames.NoModels;
        var failed = result.ReclassifyFailures.Count > 0 ? $"; {result.ReclassifyFailures.Count.ToString(CultureInfo.InvariantCulture)} failed, left as they were" : string.Empty;
        var interrupted = result.Interrupted ? "; interrupted, run the same command again to go on" : string.Empty;
        return $"reclassified {result.Reclassified.Count.ToString(CultureInfo.InvariantCulture)} stored reports (models {models}) without reading their files{failed}{interrupted}";
    }

    private static void PrintFiles(IReadOnlyList<IngestedFile> outcomes, TextWriter output, IAnsiConsole? console)
    {
        if (outcomes.Count == 0)
        {
            return;
        }

        var rows = new List<string[]>
        {
            new[] { "file", "status", "id", "municipality", "year", "framework", "total", "questions", "findings", "passages", "read", "warnings" },
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
                Read(r?.Read),
                r?.Warnings.ToString(CultureInfo.InvariantCulture) ?? "-",
            ]);
        }

        if (console is not null)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var header in rows[0])
            {
                table.AddColumn(new TableColumn(new Text(header)));
            }

            foreach (var row in rows.Skip(1))
            {
                table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
            }

            console.Write(table);
            return;
        }

        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    /// <summary>"all" when every block was read or skipped on purpose, else the share of blocks accounted for and the characters left unread.</summary>
    internal static string Read(ReadSummary? read)
    {
        if (read is null)
        {
            return "-";
        }

        if (read.BlocksUnread == 0)
        {
            return "all";
        }

        var share = read.Blocks == 0 ? 0 : 100.0 * (read.BlocksUsed + read.BlocksSkipped) / read.Blocks;
        return $"{Math.Floor(share).ToString("0", CultureInfo.InvariantCulture)}% ({read.CharactersUnread.ToString(CultureInfo.InvariantCulture)} chars unread)";
    }

    /// <summary>The files whose records say something was not read, with the count of each kind.</summary>
    private static void PrintLosses(IngestResult result, TextWriter output)
    {
        var lossy = result.Files
            .Where(f => f.Summary is { Losses.Count: > 0 } && f.Status != IngestStatus.Skipped)
            .ToList();
        if (lossy.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"read incompletely ({lossy.Count.ToString(CultureInfo.InvariantCulture)}; `kk export --format csv --table warnings` lists every warning):");
        foreach (var f in lossy)
        {
            var kinds = f.Summary!.Losses.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value.ToString(CultureInfo.InvariantCulture)}");
            output.WriteLine($"  {Path.GetFileName(f.Path)} ({f.Summary.Id}): {string.Join(", ", kinds)}");
        }
    }

    /// <summary>The files whose reading doubts its own municipality or year, and what they did to the archive.</summary>
    private static void PrintIdentityDoubts(IngestResult result, TextWriter output)
    {
        var doubtful = result.Files.Where(f => f.IdentityUncertain).ToList();
        if (doubtful.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"identity uncertain ({doubtful.Count.ToString(CultureInfo.InvariantCulture)}; check these before trusting their report id):");
        foreach (var f in doubtful)
        {
            var what = f.Status switch
            {
                IngestStatus.Merged => $"merged into {f.ReportId}, a report other files made",
                IngestStatus.Replaced => $"REPLACED a reading of {f.ReportId}",
                _ => $"stored as {f.ReportId}",
            };
            output.WriteLine($"  {Path.GetFileName(f.Path)}: {what}: {f.Message}");
        }
    }
}
