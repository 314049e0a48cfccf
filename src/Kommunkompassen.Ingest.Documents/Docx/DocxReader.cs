using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// Reads a Word document with the Open XML SDK into blocks (see <see cref="DocxWalker"/> for
/// what becomes what). The package is opened without markup-compatibility processing, so the
/// walker sees <c>mc:AlternateContent</c> and reads its first choice only. Pages come from
/// Word's rendered page breaks; a file without them has no page numbers. Content the reader sees
/// but does not read (charts, SmartArt, embedded objects) is listed in the result's notes.
/// Before the SDK opens the package, <see cref="ZipPackageCheck"/> holds it to the
/// <see cref="ReadLimits"/>, and the SDK is told the part limit too (<c>MaxCharactersInPart</c>).
/// A part that is not well-formed XML, cannot be inflated or is missing fails the file as damaged. Thread-safe: it keeps no state
/// between calls.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    private readonly TabTableDetector tabTables;

    public DocxReader()
        : this(TabTableDetector.Default)
    {
    }

    internal DocxReader(TabTableDetector tabTables)
    {
        this.tabTables = tabTables;
    }

    public SourceFormat Format => SourceFormat.Docx;

    /// <summary>The reason for a package that is not a readable zip of Open XML parts.</summary>
    internal const string CorruptPackage = "not a valid Word .docx file (the package is corrupt, truncated or of another kind)";

    public ReadResult Read(byte[] content, string fileName) => Read(content, fileName, ReadLimits.Default);

    public ReadResult Read(byte[] content, string fileName, ReadLimits limits)
    {
        ZipPackageCheck.Verify(content, fileName, limits);
        WordprocessingDocument doc;
        try
        {
            doc = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false, new OpenSettings { MaxCharactersInPart = limits.MaxXmlPartBytes });
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or ArgumentException or XmlException)
        {
            throw new DocumentReadException(fileName, CorruptPackage, ex);
        }

        using (doc)
        {
            try
            {
                return Read(doc, fileName);
            }
            catch (XmlException ex) when (ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
            {
                throw new DocumentReadException(fileName, LimitReasons.PartCharacters(limits.MaxXmlPartBytes), ex);
            }
            catch (XmlException ex)
            {
                throw new DocumentReadException(fileName, $"the .docx package is damaged: a part is not well-formed XML ({OneLine(ex.Message)})", ex);
            }
            catch (Exception ex) when (ex is InvalidDataException or OpenXmlPackageException || FromPackaging(ex))
            {
                // Parts are loaded as the walk reaches them: one whose data cannot be inflated, or
                // that a relationship names but the package lacks, fails here.
                throw new DocumentReadException(fileName, $"the .docx package is damaged ({OneLine(ex.Message)})", ex);
            }
        }
    }

    private ReadResult Read(WordprocessingDocument doc, string fileName)
    {
        var main = doc.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null)
        {
            throw new DocumentReadException(fileName, "the .docx package has no document body (it may be another Office format)");
        }

        var styles = new DocxStyles(main);
        var walker = new DocxWalker(main, styles, new DocxNumbering(main, styles), DocxSettings.Read(main), tabTables, tabTables.Options);
        var blocks = new List<Block>();
        walker.ReadContainer(body, blocks);
        RestoreTypedContents(walker.ContentsCandidates, blocks);
        if (!walker.SawRenderedPageBreak)
        {
            // Without Word's rendered page breaks the pages are unknown, not all "1".
            return new ReadResult(blocks.Select(WithoutPage).ToList(), null)
            {
                Notes = walker.Notes.Select(n => n with { Page = null }).ToList(),
            };
        }

        return new ReadResult(blocks, walker.Page) { Notes = walker.Notes.ToList() };
    }

    /// <summary>
    /// An exception System.IO.Packaging or the Open XML SDK threw (a part a relationship names is
    /// missing), not one of this reader's. Both assemblies: which method the exception's first frame
    /// names depends on what the JIT has inlined by then (System.IO.Packaging's check inlined into
    /// the SDK's <c>OpenXmlPart.Load</c> after warm-up), so the fuzz test met both.
    /// </summary>
    private static bool FromPackaging(Exception ex) =>
        ex is InvalidOperationException && ex.TargetSite?.DeclaringType?.Assembly is { } thrower
        && (thrower == typeof(Package).Assembly || thrower == typeof(OpenXmlPart).Assembly || thrower == typeof(WordprocessingDocument).Assembly);

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    /// <summary>Tab tables whose titles are the document's headings were a table of contents: back to paragraphs.</summary>
    private static void RestoreTypedContents(List<ContentsCandidate> candidates, List<Block> blocks)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var headings = new HashSet<string>(StringComparer.Ordinal);
        AddHeadingKeys(blocks, headings);
        foreach (var candidate in candidates)
        {
            var at = candidate.Container.FindIndex(b => ReferenceEquals(b, candidate.Table));
            if (at >= 0 && TypedContents.MatchesHeadings(candidate.Table, headings))
            {
                candidate.Container.RemoveAt(at);
                candidate.Container.InsertRange(at, candidate.Paragraphs);
            }
        }
    }

    private static void AddHeadingKeys(IEnumerable<Block> blocks, HashSet<string> into)
    {
        foreach (var block in blocks)
        {
            if (block is Heading h)
            {
                into.Add(TypedContents.Key(h.Content));
            }
            else if (block is Table t)
            {
                AddHeadingKeys(t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks), into);
            }
        }
    }

    private static Block WithoutPage(Block block) => block switch
    {
        Table t => new Table(
            t.Rows.Select(r => new TableRow(r.Cells.Select(c => c with { Blocks = c.Blocks.Select(WithoutPage).ToList() }).ToList())).ToList(),
            null),
        _ => block with { Page = null },
    };
}
