using System.Globalization;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Storage.Import;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>The kk commands. Exit codes: 0 all good, 2 some input failed, 64 bad command line, 75 the archive is being written by another kk ingest.</summary>
internal static class Commands
{
    public static int Help()
    {
        Console.WriteLine("""
            kk - Kommunkompassen report archive

              kk ingest <files or folders> [--archive DIR] [--force] [--frameworks DIR]
                                                          read DOCX/PDF reports into the archive; unchanged files
                                                          are skipped unless the parser changed or --force is given;
                                                          --frameworks: also the catalog files (*.json) of DIR
              kk export --format json|jsonl|csv|xlsx [--table areas|questions|warnings] [--archive DIR] [--out FILE]
                                                          json: all records as an array; jsonl: a record per line;
                                                          csv: one row per report of area (or sub-question) scores,
                                                          or one row per warning (report, code, place, message);
                                                          xlsx: sheets of area scores, sub-question scores, warnings
              kk search "<query>" [--area N] [--question ID] [--municipality NAME] [--year FROM[..TO]]
                        [--framework 2002|2010|2016|2020|unknown] [--kind narrative|strength|improvement] [--top K] [--json]
                                                          search passages and findings (Lucene syntax: "phrase", OR, wildcard*)
              kk train [--archive DIR] [--labels FILE] [--written FILE[,FILE]|none] [--models DIR]
                                                          train the sub-question classifier, write models/
              kk evaluate [--archive DIR] [--labels FILE] [--heldout FILE] [--written FILE[,FILE]|none] [--errors]
                          [--trainer lbfgs|sdca|averagedperceptron] [--l2 X] [--backward-weight W] [--narrative off|T]
                                                          top-1/top-3/macro-F1 against the TF-IDF baseline
              kk classify "<text>" [--framework 2010] [--area N] [--top 3] [--json]
                                                          the sub-questions a finding addresses
              kk examples "<topic or sub-question id>" [--framework 2010] [--top 10] [--json]
                                                          municipalities to learn from, with the evidence
              kk show <municipality> [--archive DIR]      its evaluations, findings, scores in other reports, citations
              kk coverage [--archive DIR]                 evaluations the reports refer to that the archive lacks
              kk framework draft <report> [--id ID] [--out FILE] [--frameworks DIR]
                                                          write the framework catalog a report implies (areas, sub-
                                                          questions, maxima) as JSON, to review and add to Frameworks/
              kk framework fit <report> [--frameworks DIR]
                                                          how well each known framework version fits a report, and why
              kk blocks <file> [--read]                   show a document's blocks (headings, paragraphs, lists, tables);
                                                          --read: as the parser saw them, each marked read (+),
                                                          skipped on purpose (·) or not read (!), then the warnings
              kk bench [--iterations N] [--corpus DIR]    parse time per report vs the bare read of each format

            --archive defaults to ./archive.
            """);
        return 0;
    }

    public static int Ingest(CommandLine line)
    {
        if (line.Arguments.Count == 0)
        {
            throw new UsageException("ingest needs at least one file or folder");
        }

        var files = Ingestor.ExpandInputs(line.Arguments, out var missing);
        foreach (var path in missing)
        {
            Console.Error.WriteLine($"error: {path}: no such file or folder");
        }

        using var archive = OpenArchive(line);
        if (archive is null)
        {
            return 2;
        }

        // The models load only when a file has to be parsed; their fingerprint is part of the
        // version, so findings classified by other models are classified again.
        var modelsFolder = ClassifyCommands.ModelsFolder(line);
        var models = new Lazy<ClassifierSet?>(() => ClassifierSet.Load(modelsFolder, FrameworkCatalog.Default), LazyThreadSafetyMode.ExecutionAndPublication);
        var version = string.Join('+', new[] { ParserVersion.Current, ClassifierSet.Fingerprint(modelsFolder, FrameworkCatalog.Default), FrameworkCommands.Fingerprint(line) }.OfType<string>());
        var ingestor = new Ingestor(DocumentLoader.Default, FrameworkCommands.Parser(line), [r => models.Value?.WithFindings(r) ?? r]);
        var importer = new BatchImporter(ingestor, version, new ImportOptions(Force: line.Options.ContainsKey("--force")));

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl-C stops after the file being written; a second one ends the process.
            if (!cancel.IsCancellationRequested)
            {
                e.Cancel = true;
                Console.Error.WriteLine();
                Console.Error.WriteLine("stopping after the current file (Ctrl-C again to abort)...");
                cancel.Cancel();
            }
        };

        var versionBefore = archive.ContentVersion;
        var progress = ProgressDisplay.ForConsole();
        var result = importer.Run(files, archive, progress, cancel.Token);
        progress.Finish();
        IndexSync.AfterBatch(archive, result, versionBefore);

        foreach (var failed in result.Files.Where(o => o.Status == FileStatus.Failed))
        {
            Console.Error.WriteLine($"error: {failed.Path}: {failed.Message}");
        }

        SummaryTable.Print(result, Console.Out);
        Console.WriteLine($"archive: {archive.DatabasePath} ({archive.Count.ToString(CultureInfo.InvariantCulture)} reports)");
        return missing.Count > 0 || result.Interrupted || result.Count(FileStatus.Failed) > 0 ? 2 : 0;
    }

    /// <summary>Opens the archive for writing, or prints why it cannot be and returns null; a busy archive goes up (exit 75).</summary>
    private static ReportArchive? OpenArchive(CommandLine line)
    {
        try
        {
            return ReportArchive.OpenForWriting(line.Archive);
        }
        catch (ArchiveException ex) when (ex is not ArchiveBusyException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return null;
        }
    }

    public static int Export(CommandLine line)
    {
        var format = line.Options.GetValueOrDefault("--format") ?? "json";
        var outPath = line.Options.GetValueOrDefault("--out");
        var table = line.Options.GetValueOrDefault("--table") ?? "areas";
        Action<Stream> write = format switch
        {
            "json" => s => RecordJson.WriteArray(ReportArchive.ReadAll(line.Archive), s),
            "jsonl" => s => WithArchive(line, a => RecordJson.WriteLines(a.Records(), s)),
            "csv" => s => ScoreCsv.Write(Sheet(table, ReportArchive.ReadAll(line.Archive)), s),
            "xlsx" when outPath is null => throw new UsageException("export --format xlsx needs --out FILE.xlsx"),
            "xlsx" => s => ScoreXlsx.Write([ScoreSheet.Areas(ReportArchive.ReadAll(line.Archive)), ScoreSheet.Questions(ReportArchive.ReadAll(line.Archive)), ScoreSheet.Warnings(ReportArchive.ReadAll(line.Archive))], s),
            _ => throw new UsageException($"unknown export format '{format}' (json, jsonl, csv or xlsx)"),
        };

        if (outPath is not null)
        {
            // Written beside the target and moved over it, so a failed export leaves no half file.
            var temp = outPath + ".tmp";
            using (var file = File.Create(temp))
            {
                write(file);
            }

            File.Move(temp, outPath, overwrite: true);
            Console.Error.WriteLine($"wrote {outPath}");
        }
        else
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            if (format == "json")
            {
                stdout.Write("\n"u8);
            }
        }

        return 0;
    }

    private static ScoreSheet Sheet(string table, IReadOnlyList<Records.ReportRecord> records) => table switch
    {
        "areas" => ScoreSheet.Areas(records),
        "questions" => ScoreSheet.Questions(records),
        "warnings" => ScoreSheet.Warnings(records),
        _ => throw new UsageException($"unknown table '{table}' (areas, questions or warnings)"),
    };

    private static void WithArchive(CommandLine line, Action<ReportArchive> action)
    {
        if (!File.Exists(Path.Combine(line.Archive, ReportArchive.DatabaseFile)))
        {
            return;
        }

        using var archive = ReportArchive.OpenForReading(line.Archive);
        action(archive);
    }

    public static int Blocks(CommandLine line)
    {
        if (line.Arguments.Count != 1)
        {
            throw new UsageException("blocks needs exactly one file");
        }

        try
        {
            var doc = DocumentLoader.Default.Load(line.Arguments[0]);
            if (!line.Options.ContainsKey("--read"))
            {
                Console.Write(BlockDump.Render(doc.Blocks));
                return 0;
            }

            var (record, accounts) = Parsing.ReportParser.Default.ParseAccounted(doc);
            Console.Write(BlockDump.RenderAccounted(accounts));
            Console.WriteLine();
            Console.WriteLine($"read: {SummaryTable.Read(record.Read)} ({record.Read?.BlocksUsed} of {record.Read?.Blocks} blocks read, {record.Read?.BlocksSkipped} skipped on purpose)");
            foreach (var w in record.Warnings)
            {
                Console.WriteLine($"  {w.Code}{(w.Place is null ? string.Empty : $" [{w.Place}]")}: {w.Message}");
            }

            return 0;
        }
        catch (DocumentReadException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (Parsing.ReportParseException ex)
        {
            Console.Error.WriteLine($"error: {ex.FileName}: {ex.Reason}");
            return 2;
        }
    }
}
