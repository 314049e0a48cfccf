using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Ingestion;

/// <summary>
/// Reads one file into a record (a "reading"): loads the document, parses it and runs the extra
/// steps (e.g. classifying findings). Every expected failure comes back as a one-line reason.
/// Immutable and thread-safe; storing and combining readings is the archive's business.
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

    /// <summary>
    /// The file's bytes, refused with a <see cref="DocumentReadException"/> before they are read
    /// when the file is larger than the loader's limit (see <see cref="DocumentLoader.ReadFile"/>).
    /// </summary>
    public byte[] ReadFile(string path) => loader.ReadFile(path);

    /// <summary>Parses one file into a record; expected failures come back as an error line.</summary>
    public ParseResult ParseFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = ReadFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ParseResult.Failed($"cannot read the file ({ex.Message.ReplaceLineEndings(" ")})");
        }
        catch (DocumentReadException ex)
        {
            return ParseResult.Failed(ex.Reason);
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses a file's bytes (already read, e.g. to hash them) into a record; the path names the file in errors.</summary>
    public ParseResult Parse(byte[] bytes, string path)
    {
        try
        {
            var document = loader.Load(bytes, Path.GetFileName(path));
            var record = steps.Aggregate(parser.Parse(document), (r, step) => step(r));
            return new ParseResult(record, null);
        }
        catch (DocumentReadException ex)
        {
            return ParseResult.Failed(ex.Reason);
        }
        catch (ReportParseException ex)
        {
            return ParseResult.Failed(ex.Reason);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A reader or parser fault on one odd file must not cost the rest of the batch.
            var message = ex.Message.ReplaceLineEndings(" ");
            return ParseResult.Failed($"could not be parsed ({ex.GetType().Name}: {message})");
        }
    }
}
