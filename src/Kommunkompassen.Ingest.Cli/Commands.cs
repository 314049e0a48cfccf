using System.Globalization;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>The kk commands. Exit codes: 0 all good, 2 some input failed, 64 bad command line.</summary>
internal static class Commands
{
    public static int Help()
    {
        Console.WriteLine("""
            kk - Kommunkompassen report archive

              kk ingest <files or folders> [--archive DIR]   read DOCX/PDF reports into the archive
              kk export --format json [--archive DIR] [--out FILE]
                                                          all records as a JSON array (stdout unless --out)
              kk search "<query>" [--area N] [--question ID] [--municipality NAME] [--year FROM[..TO]]
                        [--framework 2002|2010] [--kind narrative|strength|improvement] [--top K] [--json]
                                                          search passages and findings (Lucene syntax: "phrase", OR, wildcard*)
              kk train [--archive DIR] [--labels FILE] [--models DIR]
                                                          train the sub-question classifier, write models/
              kk evaluate [--archive DIR] [--labels FILE] [--heldout FILE]
                                                          top-1/top-3/macro-F1 against the TF-IDF baseline
              kk classify "<text>" [--framework 2010] [--area N] [--top 3] [--json]
                                                          the sub-questions a finding addresses
              kk examples "<topic or sub-question id>" [--framework 2010] [--top 10] [--json]
                                                          municipalities to learn from, with the evidence
              kk show <municipality> [--archive DIR]      its evaluations, findings, scores in other reports, citations
              kk coverage [--archive DIR]                 evaluations the reports refer to that the archive lacks
              kk blocks <file>                            show a document's blocks (headings, paragraphs, lists, tables)
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

        var archive = new RecordArchive(line.Archive);
        var models = ClassifyCommands.LoadModels(line);
        var ingestor = models is null
            ? Ingestor.Default
            : new Ingestor(DocumentLoader.Default, Parsing.ReportParser.Default, [models.WithFindings]);
        var outcomes = ingestor.Ingest(files, archive);

        // Keep the search index in step with the records: replace what changed, or build it whole.
        var index = new ArchiveIndex(archive.Root);
        if (index.Exists)
        {
            index.Replace(outcomes.Where(o => o.Status is IngestStatus.Ingested or IngestStatus.Replaced or IngestStatus.Merged).Select(o => o.Record!));
        }
        else
        {
            index.Rebuild(archive.LoadAll());
        }

        foreach (var failed in outcomes.Where(o => o.Status == IngestStatus.Failed))
        {
            Console.Error.WriteLine($"error: {failed.Path}: {failed.Error}");
        }

        SummaryTable.Print(outcomes, Console.Out);
        Console.WriteLine($"archive: {archive.Root}");
        return missing.Count > 0 || outcomes.Any(o => o.Status == IngestStatus.Failed) ? 2 : 0;
    }

    public static int Export(CommandLine line)
    {
        var format = line.Options.GetValueOrDefault("--format") ?? "json";
        if (format != "json")
        {
            throw new UsageException($"unknown export format '{format}' (this version writes json)");
        }

        var records = new RecordArchive(line.Archive).LoadAll();
        if (line.Options.GetValueOrDefault("--out") is { } outPath)
        {
            using var file = File.Create(outPath);
            RecordJson.WriteArray(records, file);
            Console.Error.WriteLine($"wrote {records.Count.ToString(CultureInfo.InvariantCulture)} records to {outPath}");
        }
        else
        {
            using var stdout = Console.OpenStandardOutput();
            RecordJson.WriteArray(records, stdout);
            stdout.Write("\n"u8);
        }

        return 0;
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
            Console.Write(BlockDump.Render(doc.Blocks));
            return 0;
        }
        catch (DocumentReadException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }
}
