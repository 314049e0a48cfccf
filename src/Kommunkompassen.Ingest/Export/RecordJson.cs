using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Export;

/// <summary>The JSON form of records: camelCase names, numbers as numbers, Swedish letters unescaped.</summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The same on one line (JSON Lines, and the archive's own columns).</summary>
    public static JsonSerializerOptions CompactOptions { get; } = new(Options) { WriteIndented = false };

    public static string Serialize(ReportRecord record) => JsonSerializer.Serialize(record, Options);

    public static string SerializeCompact(ReportRecord record) => JsonSerializer.Serialize(record, CompactOptions);

    public static ReportRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<ReportRecord>(json, Options) ?? throw new JsonException("empty record");

    /// <summary>Writes the records as one JSON array, in id order.</summary>
    public static void WriteArray(IEnumerable<ReportRecord> records, Stream output)
    {
        JsonSerializer.Serialize(output, records.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), Options);
    }

    /// <summary>Writes one record per line (JSON Lines), in the order given; streams, never holds them all.</summary>
    public static void WriteLines(IEnumerable<ReportRecord> records, Stream output)
    {
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        foreach (var record in records)
        {
            writer.WriteLine(SerializeCompact(record));
        }
    }
}
