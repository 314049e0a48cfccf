using System.Security.Cryptography;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Documents.Legacy;
using Kommunkompassen.Ingest.Documents.Ocr;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Documents.Pdf;

namespace Kommunkompassen.Ingest.Documents;

/// <summary>
/// Chooses a reader by the file's content (its magic bytes), not only its name, and turns
/// every expected failure into a <see cref="DocumentReadException"/> with a one-line reason.
/// Holds every file to its <see cref="Limits"/> (the size before the file is read, the rest in the
/// readers, the text of what they read). Immutable and thread-safe; <see cref="Default"/> is ready to use.
/// </summary>
public sealed class DocumentLoader
{
    private readonly IReadOnlyDictionary<SourceFormat, IDocumentReader> readers;
    private readonly IPdfOcr? ocr;

    /// <param name="ocr">Reads PDFs without a text layer (scans); none: such files fail with a reason saying they need OCR.</param>
    /// <param name="limits">What a file may cost to read; <see cref="ReadLimits.Default"/> when none.</param>
    public DocumentLoader(IEnumerable<IDocumentReader> readers, IPdfOcr? ocr = null, ReadLimits? limits = null)
    {
        this.readers = readers.ToDictionary(r => r.Format);
        this.ocr = ocr;
        Limits = limits ?? ReadLimits.Default;
    }

    /// <summary>What a file may cost to read.</summary>
    public ReadLimits Limits { get; }

    /// <summary>The same readers and OCR, holding files to other limits.</summary>
    public DocumentLoader With(ReadLimits limits) => new(readers.Values, ocr, limits);

    /// <summary>DOCX, PDF, and .doc through LibreOffice and scans through tesseract when those are installed.</summary>
    public static DocumentLoader Default { get; } = new([new DocxReader(), new PdfReader(), LegacyWordReader.Default], TesseractOcr.FromPath());

    /// <summary>Whether scanned PDFs are read by OCR.</summary>
    public bool CanOcr => ocr is not null;

    /// <summary>File extensions worth trying when a folder is ingested.</summary>
    public static IReadOnlySet<string> KnownExtensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".docx", ".pdf", ".doc" };

    public DocumentContent Load(string path)
    {
        var fileName = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = ReadFile(path);
        }
        catch (IOException ex)
        {
            throw new DocumentReadException(fileName, $"cannot read the file ({ex.Message})", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentReadException(fileName, "permission denied", ex);
        }

        return Load(bytes, fileName);
    }

    /// <summary>
    /// The file's bytes, refused with a <see cref="DocumentReadException"/> when it is over
    /// <see cref="ReadLimits.MaxFileBytes"/> before it is read (and, for a file that does not say
    /// its size, such as a pipe, as soon as more than that has come). Failures to read it are
    /// left to the caller as the <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> they are.
    /// </summary>
    public byte[] ReadFile(string path)
    {
        var fileName = Path.GetFileName(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = file.CanSeek ? file.Length : 0;
        var limit = Math.Min(Limits.MaxFileBytes, Array.MaxLength);
        if (length > limit)
        {
            throw new DocumentReadException(fileName, LimitReasons.File(length, limit));
        }

        if (length > 0)
        {
            var bytes = GC.AllocateUninitializedArray<byte>((int)length);
            file.ReadExactly(bytes);
            return bytes;
        }

        // No length to go by: read on, but no further than the limit.
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            if (copy.Length + read > limit)
            {
                throw new DocumentReadException(fileName, LimitReasons.FileAtLeast(limit));
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    public DocumentContent Load(byte[] bytes, string fileName)
    {
        if (bytes.Length > Limits.MaxFileBytes)
        {
            throw new DocumentReadException(fileName, LimitReasons.File(bytes.Length, Limits.MaxFileBytes));
        }

        var format = Sniff(bytes, fileName);
        if (!readers.TryGetValue(format, out var reader))
        {
            throw new DocumentReadException(fileName, $"no reader registered for {format}");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        try
        {
            var read = Within(reader.Read(bytes, fileName, Limits), fileName);
            return new DocumentContent(fileName, format, sha, read.PageCount, read.Blocks) { Notes = read.Notes };
        }
        catch (DocumentReadException ex) when (ex.NoTextLayer && ocr is null)
        {
            throw new DocumentReadException(fileName, "the PDF has no text layer (a scanned document?); it needs OCR: install tesseract-ocr-swe and poppler-utils to have it read, or OCR it first", ex);
        }
        catch (DocumentReadException ex) when (ex.NoTextLayer && ocr is not null)
        {
            var searchable = ocr.MakeSearchable(bytes, fileName);
            try
            {
                var read = Within(reader.Read(searchable, fileName, Limits), fileName);
                return new DocumentContent(fileName, format, sha, read.PageCount, read.Blocks) { ReadByOcr = true, Notes = read.Notes };
            }
            catch (DocumentReadException again) when (again.NoTextLayer)
            {
                throw new DocumentReadException(fileName, "the PDF has no text layer and OCR found no text in it", again);
            }
        }
    }

    /// <summary>The read, unless its text is longer than <see cref="ReadLimits.MaxTextCharacters"/>.</summary>
    private ReadResult Within(ReadResult read, string fileName)
    {
        var characters = TextLength(read.Blocks);
        if (characters > Limits.MaxTextCharacters)
        {
            throw new DocumentReadException(fileName, LimitReasons.Text(characters, Limits.MaxTextCharacters));
        }

        return read;
    }

    /// <summary>Characters of text in the blocks, tables' cells included.</summary>
    internal static long TextLength(IEnumerable<Block> blocks) => blocks.Sum(b => b switch
    {
        Table t => t.Rows.Sum(r => r.Cells.Sum(c => TextLength(c.Blocks))),
        _ => (long)b.Text.Length,
    });

    /// <summary>Decides the format from the bytes; the extension only sharpens the error message.</summary>
    public static SourceFormat Sniff(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(fileName, "the file is empty");
        }

        if (StartsWith(bytes, "%PDF-"u8))
        {
            return SourceFormat.Pdf;
        }

        if (StartsWith(bytes, [0x50, 0x4B, 0x03, 0x04]))
        {
            return SourceFormat.Docx;
        }

        if (StartsWith(bytes, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return CompoundFile(bytes, fileName);
        }

        var head = System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 512)).TrimStart().ToLowerInvariant();
        if (head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal))
        {
            throw new DocumentReadException(fileName, "an HTML page, not a PDF or Word document");
        }

        if (head.StartsWith("{\\rtf", StringComparison.Ordinal))
        {
            throw new DocumentReadException(fileName, "an RTF file, not a PDF or Word document; save it as .docx");
        }

        var ext = Path.GetExtension(fileName);
        throw new DocumentReadException(
            fileName,
            ext.Length > 0
                ? $"not a PDF or Word (.docx) document despite its {ext} extension"
                : "not a PDF or Word (.docx) document");
    }

    /// <summary>
    /// An OLE compound file is a legacy Word document (it has a "WordDocument" stream), a
    /// password-protected Office Open XML file ("EncryptedPackage"), or some other Office file.
    /// </summary>
    private static SourceFormat CompoundFile(byte[] bytes, string fileName)
    {
        if (ContainsUtf16(bytes, "EncryptedPackage"))
        {
            throw new DocumentReadException(fileName, "a password-protected Office document; save it without a password first");
        }

        if (ContainsUtf16(bytes, "WordDocument"))
        {
            return SourceFormat.Doc;
        }

        throw new DocumentReadException(fileName, "an Office 97-2003 file that is not a Word document (Excel, PowerPoint?)");
    }

    /// <summary>Stream names in a compound file's directory are UTF-16LE.</summary>
    private static bool ContainsUtf16(byte[] bytes, string text) =>
        bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(text)) >= 0;

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) =>
        bytes.AsSpan().StartsWith(prefix);
}
