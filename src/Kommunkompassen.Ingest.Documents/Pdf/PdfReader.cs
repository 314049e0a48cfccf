using System.Diagnostics;
using Kommunkompassen.Ingest.Documents.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Reads a PDF with PdfPig into blocks, step by step: each page is read in the frames its text
/// runs upright in (<see cref="IReadingFrameDetector"/>; a page or table set sideways is turned);
/// letters become lines (<see cref="ILineBuilder"/>), bullets drawn as shapes become bullet words
/// (<see cref="IVectorBulletDetector"/>) and paths become rulings (<see cref="IRulingExtractor"/>);
/// running headers, footers and page numbers go (<see cref="IHeaderFooterFilter"/>); each page is
/// split into bands and columns in reading order (<see cref="IColumnSegmenter"/>); tables, ruled
/// or set out by alignment, take their words region by region (<see cref="ITableDetector"/>); and
/// the regions, judged by the document's <see cref="DocumentStyle"/>, are assembled into
/// headings, paragraphs, list items and tables (<see cref="IBlockAssembler"/>). Text no frame
/// reads (a label set at an angle) is reported in the result's notes with its page. Every
/// failure of PdfPig to read the file becomes a <see cref="DocumentReadException"/>. The
/// <see cref="ReadLimits"/> hold: the page count when the file is opened, every stream while it
/// is inflated (<see cref="BoundedFilterProvider"/>), the letters as the pages are read.
/// Immutable and thread-safe.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    public PdfReader()
        : this(new PdfReaderStages())
    {
    }

    public PdfReader(PdfReaderStages stages)
    {
        Stages = stages;
    }

    public SourceFormat Format => SourceFormat.Pdf;

    public PdfReaderStages Stages { get; }

    public ReadResult Read(byte[] content, string fileName) => Read(content, fileName, ReadLimits.Default);

    public ReadResult Read(byte[] content, string fileName, ReadLimits limits)
    {
        var notes = new List<ReadNote>();
        var pages = ReadPages(content, fileName, limits, notes, out var pageCount);
        if (pages.All(p => p.Lines.Count == 0))
        {
            throw new DocumentReadException(fileName, "the PDF has no text layer (a scanned document?); it needs OCR first") { NoTextLayer = true };
        }

        var layouts = new List<PageLayout>();
        foreach (var page in Stages.HeaderFooterFilter.Filter(pages))
        {
            foreach (var region in Stages.ColumnSegmenter.Segment(page))
            {
                layouts.Add(Stages.TableDetector.Detect(region) with { Column = region.Column, PageWidth = region.Width, Orientation = region.Orientation });
            }
        }

        return new ReadResult(Stages.BlockAssembler.Assemble(layouts, DocumentStyle.From(layouts)), pageCount) { Notes = notes };
    }

    /// <summary>
    /// Opens the file and reads every page's lines and rulings, one content per frame the page is
    /// read in; PdfPig's failures become reasons, skipped text becomes notes.
    /// </summary>
    private List<PageContent> ReadPages(byte[] content, string fileName, ReadLimits limits, List<ReadNote> notes, out int pageCount)
    {
        if (!HasEndOfFileMarker(content))
        {
            throw new DocumentReadException(fileName, "the PDF is corrupt or truncated (it does not end with %%EOF)");
        }

        var filters = new BoundedFilterProvider(limits.MaxPdfStreamBytes);
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = filters });
            if (document.IsEncrypted)
            {
                throw Encrypted(fileName, null);
            }

            pageCount = document.NumberOfPages;
            if (pageCount > limits.MaxPdfPages)
            {
                throw new DocumentReadException(fileName, LimitReasons.PdfPages(pageCount, limits.MaxPdfPages));
            }

            var pages = new List<PageContent>(pageCount);
            long characters = 0;
            for (var number = 1; number <= pageCount; number++)
            {
                var page = document.GetPage(number);
                var letters = page.Letters;
                if (filters.Refusal is { } refusal)
                {
                    // PdfPig skipped the stream it could not decode; the file still fails.
                    throw new DocumentReadException(fileName, refusal);
                }

                characters += letters.Count;
                if (characters > limits.MaxTextCharacters)
                {
                    throw new DocumentReadException(fileName, LimitReasons.TextAtLeast(limits.MaxTextCharacters));
                }

                var frames = Stages.ReadingFrameDetector.Detect(letters, page.Width, page.Height);
                if (frames.SkippedCharacters > 0)
                {
                    notes.Add(new ReadNote(
                        ReadNoteCodes.TextUnread,
                        $"{frames.SkippedCharacters} characters of text set at an angle (a label turned sideways or slanted) were skipped",
                        number));
                }

                var rulings = Stages.RulingExtractor.Extract(page.Paths);
                foreach (var frame in frames.Frames)
                {
                    var lines = Stages.LineBuilder.Build(letters, number, frame);
                    pages.Add(new PageContent(
                        number,
                        frame.Width,
                        frame.Height,
                        Stages.VectorBulletDetector.Detect(lines, page.Paths, frame),
                        frame.IsUpright ? rulings : [.. rulings.Select(frame.Map)])
                    {
                        Orientation = frame.Orientation,
                    });
                }
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
        catch (StreamLimitException ex)
        {
            throw new DocumentReadException(fileName, ex.Message, ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && ThrownByPdfPig(ex))
        {
            // PdfPig meets a damaged file with whatever exception its code runs into; one of this
            // reader's own stages failing is a bug, and is not dressed up as a damaged file.
            throw new DocumentReadException(fileName, $"the PDF is corrupt or truncated ({OneLine(ex.Message)})", ex);
        }
    }

    /// <summary>Whether the exception comes from PdfPig: the first frame of its stack outside the runtime's own libraries is PdfPig's.</summary>
    private static bool ThrownByPdfPig(Exception ex)
    {
        foreach (var frame in new StackTrace(ex, fNeedFileInfo: false).GetFrames())
        {
            var name = frame.GetMethod()?.DeclaringType?.Assembly.GetName().Name;
            if (name is null || name == "System.Private.CoreLib" || name == "System" || name.StartsWith("System.", StringComparison.Ordinal))
            {
                continue;
            }

            return name.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal);
        }

        return false;
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
