using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// How the archive keeps records and readings as JSON (the <c>reports.record_json</c> column and the
/// gzip-compressed <c>sources.reading</c>), with settings of its own: the export's JSON
/// (<c>RecordJson</c>) may change for its readers without changing what is stored, and what is
/// stored changes only with <see cref="FormatVersion"/>, which the archive keeps in its meta table
/// (<see cref="MetaKey"/>; an archive without it was written in format 1, these same settings).
/// Thread-safe.
/// </summary>
internal static class StoredJson
{
    /// <summary>The format this program writes and reads. Raise it when the settings or the record shape change incompatibly.</summary>
    public const int FormatVersion = 1;

    public const string MetaKey = "stored_json_format";

    /// <summary>Format 1: camelCase names, numbers as numbers (read also from strings), non-ASCII unescaped, nulls written, one line.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(ReportRecord record) => JsonSerializer.Serialize(record, Options);

    public static ReportRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<ReportRecord>(json, Options) ?? throw new JsonException("empty record");

    /// <summary>A reading as the archive keeps it: the JSON, gzip-compressed.</summary>
    public static byte[] Pack(ReportRecord reading)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, reading, Options);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Whether an exception of <see cref="Deserialize"/> or <see cref="Unpack"/> says the stored
    /// text or bytes are not a record any more (damaged, truncated, of another kind), as opposed to
    /// a fault of the program.
    /// </summary>
    public static bool IsUnreadable(Exception ex) =>
        ex is JsonException or InvalidDataException or NotSupportedException or InvalidCastException or ArgumentException or FormatException or EndOfStreamException;

    public static ReportRecord Unpack(byte[] packed)
    {
        using var gzip = new GZipStream(new MemoryStream(packed), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<ReportRecord>(gzip, Options) ?? throw new JsonException("empty reading");
    }
}
