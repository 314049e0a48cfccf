using Kommunkompassen.Ingest.Documents.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Reads a PDF with PdfPig into blocks, step by step: letters become lines
/// (<see cref="ILineBuilder"/>) and paths become rulings (<see cref="IRulingExtractor"/>) on each
/// page; running headers, footers and page numbers go (<see cref="IHeaderFooterFilter"/>); tables,
/// ruled or set out by alignment, take their words (<see cref="ITableDetector"/>); and the pages,
/// judged by the document's <see cref="DocumentStyle"/>, are assembled into
/// headings, paragraphs, list items and tables (<see cref="IBlockAssembler"/>). Every failure to
/// read the file becomes a <see cref="DocumentReadException"/>. Immutable and thread-safe.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    public PdfReader()
        : this(Pdf.LineBuilder.Default, Pdf.RulingExtractor.Default, Pdf.HeaderFooterFilter.Default, TableDetectorChain.Default, Pdf.BlockAssembler.Default)
    {
    }

    public PdfReader(
        ILineBuilder lineBuilder,
        IRulingExtractor rulingExtractor,
        IHeaderFooterFilter headerFooterFilter,
        ITableDetector tableDetector,
        IBlockAssembler blockAssembler)
    {
        LineBuilder = lineBuilder;
        RulingExtractor = rulingExtractor;
        HeaderFooterFilter = headerFooterFilter;
        TableDetector = tableDetector;
        BlockAssembler = blockAssembler;
    }

    public SourceFormat Format => SourceFormat.Pdf;

    public ILineBuilder LineBuilder { get; }

    public IRulingExtractor RulingExtractor { get; }

    public IHeaderFooterFilter HeaderFooterFilter { get; }

    public ITableDetector TableDetector { get; }

    public IBlockAssembler BlockAssembler { get; }

    public ReadResult Read(byte[] content, string fileName)
    {
        var pages = ReadPages(content, fileName);
        if (pages.All(p => p.Lines.Count == 0))
        {
            throw new DocumentReadException(fileName, "the PDF has no text layer (a scanned document?); it needs OCR first") { NoTextLayer = true };
        }

        var layouts = HeaderFooterFilter.Filter(pages).Select(TableDetector.Detect).ToList();
        return new ReadResult(BlockAssembler.Assemble(layouts, DocumentStyle.From(layouts)), pages.Count);
    }

    /// <summary>Opens the file and reads every page's lines and rulings; PdfPig's failures become reasons.</summary>
    private List<PageContent> ReadPages(byte[] content, string fileName)
    {
        if (!HasEndOfFileMarker(content))
        {
            throw new DocumentReadException(fileName, "the PDF is corrupt or truncated (it does not end with %%EOF)");
        }

        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.IsEncrypted)
            {
                throw Encrypted(fileName, null);
            }

            var pages = new List<PageContent>(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                pages.Add(new PageContent(
                    number,
                    page.Width,
                    page.Height,
                    LineBuilder.Build(page.Letters, number),
                    RulingExtractor.Extract(page.Paths)));
            }

            if (pages.Count == 0)
            {
                throw new DocumentReadException(fileName, "the PDF has no pages");
            }

            return pages;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw Encrypted(fileName, ex);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentReadException(fileName, $"the PDF is corrupt or truncated ({OneLine(ex.Message)})", ex);
        }
    }

    private static DocumentReadException Encrypted(string fileName, Exception? inner) =>
        new(fileName, "the PDF is encrypted (password-protected); save an unprotected copy first", inner);

    /// <summary>True when "%%EOF" occurs in the file's last kilobyte, as in every complete PDF.</summary>
    private static bool HasEndOfFileMarker(byte[] content)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - 1024));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
