using System.Globalization;

namespace Kommunkompassen.Ingest.Documents;

/// <summary>
/// How much a file may cost to read. Each limit is checked before the memory it guards is spent
/// (the file's size before it is read, the zip directory before the Open XML SDK opens the
/// package, every part's real unpacked length while inflating it into nothing, a PDF stream while
/// it is inflated), and a file over one fails alone with a <see cref="DocumentReadException"/>
/// that names the limit and the figure. The defaults lie far above any real report (the sample
/// reports: 70–230 KB files, 19 zip entries, parts of at most 440 KB unpacking to 1 MB in all,
/// 26 and 33 pages, 70,000 to 85,000 characters); raise them with <c>with</c>:
/// <c>DocumentLoader.Default.With(ReadLimits.Default with { MaxPdfPages = 5000 })</c>.
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    /// <summary>The file's size, checked before it is read into memory.</summary>
    public long MaxFileBytes { get; init; } = 256 * Mebi;

    /// <summary>Zip entries in a .docx package, checked in the zip directory before any entry is read.</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>What one part of a .docx package that is not XML (a picture, an embedded object) unpacks to.</summary>
    public long MaxPartBytes { get; init; } = 64 * Mebi;

    /// <summary>
    /// What one XML part of a .docx package (<c>*.xml</c>, <c>*.rels</c>) unpacks to; also the Open
    /// XML SDK's <c>MaxCharactersInPart</c>, for XML under any other name. Lower than the limit of
    /// other parts (<see cref="MaxPartBytes"/>) because the SDK holds an XML part as objects: at worst (an
    /// element every few bytes) twenty times its size, some 330 MB for 16 MB.
    /// </summary>
    public long MaxXmlPartBytes { get; init; } = 16 * Mebi;

    /// <summary>What the whole .docx package unpacks to, every part together.</summary>
    public long MaxPackageBytes { get; init; } = 512 * Mebi;

    /// <summary>
    /// How many times its packed size a large part (see <see cref="RatioCheckedFromBytes"/>) may
    /// unpack to. Word's XML packs 5 to 35 times; a zip bomb hundreds of times.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Parts that unpack to at least this much have their compression ratio checked; small parts of repeated styles pack well and cost nothing.</summary>
    public long RatioCheckedFromBytes { get; init; } = 4 * Mebi;

    /// <summary>Pages of a PDF, checked when it is opened, before any page is read.</summary>
    public int MaxPdfPages { get; init; } = 2_000;

    /// <summary>What one PDF stream (a page's content, a font, an object stream) unpacks to, checked while it is inflated.</summary>
    public long MaxPdfStreamBytes { get; init; } = 64 * Mebi;

    /// <summary>Characters of text in the document (a PDF's letters, counted page by page as they are read).</summary>
    public long MaxTextCharacters { get; init; } = 5_000_000;

    private const long Mebi = 1024 * 1024;

    /// <summary>A size as people read it: "887 MB", "64 KB", "300 bytes".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= Mebi => Whole(bytes / (double)Mebi) + " MB",
        >= 1024 => Whole(bytes / 1024.0) + " KB",
        _ => Count(bytes) + " bytes",
    };

    /// <summary>A count with thousands separators: "5,000,000".</summary>
    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Whole(double value) => Math.Round(value, value < 10 ? 1 : 0).ToString("0.#", CultureInfo.InvariantCulture);
}
