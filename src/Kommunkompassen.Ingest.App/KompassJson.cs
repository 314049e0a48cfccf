using System.Text.Json;
using Kommunkompassen.Ingest.Export;

namespace Kommunkompassen.Ingest.App;

/// <summary>The application's results as JSON, in the export's settings (camelCase, indented).</summary>
public static class KompassJson
{
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, RecordJson.Options);
}
