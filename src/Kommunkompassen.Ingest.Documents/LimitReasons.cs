using System.Globalization;
using static Kommunkompassen.Ingest.Documents.ReadLimits;

namespace Kommunkompassen.Ingest.Documents;

/// <summary>
/// The one-line reasons a file over a <see cref="ReadLimits"/> limit fails with: which limit, the
/// file's figure, the limit's, and what such a file usually is.
/// </summary>
internal static class LimitReasons
{
    private const string Bomb = "a zip bomb, or not a report";
    private const string TooLong = "far longer than a report";

    public static string File(long bytes, long limit) =>
        $"the file is {Size(bytes)} (limit {Size(limit)}): far larger than a report";

    public static string FileAtLeast(long limit) =>
        $"the file is more than {Size(limit)} (limit {Size(limit)}): far larger than a report";

    public static string ZipEntries(long entries, int limit) =>
        $"the .docx package has {Count(entries)} zip entries (limit {Count(limit)}): {Bomb}";

    public static string Part(string part, long bytes, long limit) =>
        $"{part} unpacks to {Size(bytes)} (limit {Size(limit)}): {Bomb}";

    public static string Package(long bytes, long limit) =>
        $"the .docx package unpacks to {Size(bytes)} (limit {Size(limit)}): {Bomb}";

    public static string Ratio(string part, double ratio, ReadLimits limits) =>
        $"{part} unpacks to {Math.Round(ratio).ToString(CultureInfo.InvariantCulture)} times its packed size (limit {limits.MaxCompressionRatio.ToString(CultureInfo.InvariantCulture)} for parts over {Size(limits.RatioCheckedFromBytes)}): {Bomb}";

    public static string Understated(string part, long declared) =>
        $"{part} unpacks to more than the {Size(declared)} the zip directory declares: a zip bomb, or a damaged file";

    public static string PartCharacters(long limit) =>
        $"a part of the .docx package holds more than {Count(limit)} characters (limit {Count(limit)}): {Bomb}";

    public static string PdfPages(long pages, int limit) =>
        $"the PDF has {Count(pages)} pages (limit {Count(limit)}): {TooLong}";

    public static string PdfStream(long limit) =>
        $"a PDF stream unpacks to more than {Size(limit)} (limit {Size(limit)}): a decompression bomb, or not a report";

    public static string Text(long characters, long limit) =>
        $"the document holds {Count(characters)} characters of text (limit {Count(limit)}): {TooLong}";

    public static string TextAtLeast(long limit) =>
        $"the document holds more than {Count(limit)} characters of text (limit {Count(limit)}): {TooLong}";
}
