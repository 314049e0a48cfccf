using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.Ingestion;

/// <summary>
/// Reads, parses and stores a batch of files. Files are parsed in parallel and stored one by one;
/// a file that fails is reported with its reason and costs nothing else. The DOCX and PDF of the
/// same report become one record: the DOCX reading is kept and both files are listed as sources.
/// </summary>
public sealed class Ingestor
{
    private readonly DocumentLoader loader;
    private readonly ReportParser parser;
    private readonly IReadOnlyList<Func<ReportRecord, ReportRecord>> steps;

    /// <param name="steps">Steps run on each parsed record before it is stored (e.g. classifying findings); the core knows none of them.</param>
    public Ingestor(DocumentLoader loader, ReportParser parser, IReadOnlyList<Func<ReportRecord, ReportRecord>>? steps = null)
    {
        this.loader = loader;
        this.parser = parser;
        this.steps = steps ?? [];
    }

    public static Ingestor Default { get; } = new(DocumentLoader.Default, ReportParser.Default);

    /// <summary>Expands folders (recursively, known extensions only) and keeps files as given.</summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentLoader.KnownExtensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                notFound.Add(input);
            }
        }

        missing = notFound;
        return files;
    }

    /// <summary>Parses one file into a record; expected failures come back as an error line.</summary>
    public IngestOutcome ParseFile(string path)
    {
        try
        {
            var document = loader.Load(path);
            var record = steps.Aggregate(parser.Parse(document), (r, step) => step(r));
            return new IngestOutcome(path, IngestStatus.Ingested, record, null);
        }
        catch (DocumentReadException ex)
        {
            return new IngestOutcome(path, IngestStatus.Failed, null, ex.Reason);
        }
        catch (ReportParseException ex)
        {
            return new IngestOutcome(path, IngestStatus.Failed, null, ex.Reason);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A reader or parser fault on one odd file must not cost the rest of the batch.
            var message = ex.Message.ReplaceLineEndings(" ");
            return new IngestOutcome(path, IngestStatus.Failed, null, $"could not be parsed ({ex.GetType().Name}: {message})");
        }
    }

    /// <summary>Ingests the files into the archive and returns one outcome per file, in input order.</summary>
    public IReadOnlyList<IngestOutcome> Ingest(IReadOnlyList<string> files, RecordArchive archive)
    {
        var parsed = new IngestOutcome[files.Count];
        Parallel.For(0, files.Count, i => parsed[i] = ParseFile(files[i]));

        var outcomes = new List<IngestOutcome>(files.Count);
        foreach (var outcome in parsed)
        {
            if (outcome.Record is not { } record)
            {
                outcomes.Add(outcome);
                continue;
            }

            var (merged, status) = Merge(archive.Find(record.Id), record);
            if (status != IngestStatus.Unchanged)
            {
                archive.Save(merged);
            }

            outcomes.Add(outcome with { Status = status, Record = merged });
        }

        return outcomes;
    }

    /// <summary>
    /// Combines a new reading with the stored record of the same report. The DOCX reading wins
    /// over a PDF reading; sources are the union, one entry per file name and format.
    /// </summary>
    internal static (ReportRecord Record, IngestStatus Status) Merge(ReportRecord? existing, ReportRecord incoming)
    {
        if (existing is null)
        {
            return (incoming, IngestStatus.Ingested);
        }

        var source = incoming.Sources[0];
        if (existing.Sources.Any(s => s.Sha256 == source.Sha256))
        {
            return (existing, IngestStatus.Unchanged);
        }

        var replacesSameFile = existing.Sources.Any(s => s.FileName == source.FileName && s.Format == source.Format);
        var sources = existing.Sources
            .Where(s => !(s.FileName == source.FileName && s.Format == source.Format))
            .Append(source)
            .OrderBy(s => s.Format == "docx" ? 0 : 1)
            .ThenBy(s => s.FileName, StringComparer.Ordinal)
            .ToList();
        var existingHasDocx = existing.Sources.Any(s => s.Format == "docx" && !(s.FileName == source.FileName));
        var useIncoming = source.Format == "docx" || !existingHasDocx;
        var (values, other) = useIncoming ? (incoming, existing) : (existing, incoming);
        return (values with { Sources = sources, Passages = WithPages(values.Passages, other.Passages) }, replacesSameFile ? IngestStatus.Replaced : IngestStatus.Merged);
    }

    /// <summary>
    /// A DOCX rarely knows its pages; where the other reading has the same passage at the same
    /// place (a PDF of the same report), its page number is taken over.
    /// </summary>
    private static List<Passage> WithPages(IReadOnlyList<Passage> passages, IReadOnlyList<Passage> other)
    {
        var same = passages.Count == other.Count;
        return passages.Select((p, i) =>
            p.Page is null && same && other[i].Text == p.Text && other[i].Area == p.Area ? p with { Page = other[i].Page } : p).ToList();
    }
}
