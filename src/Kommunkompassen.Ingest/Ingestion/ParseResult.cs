using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Ingestion;

/// <summary>One file read: the record, or the one-line reason it could not be read.</summary>
public sealed record ParseResult(ReportRecord? Record, string? Error)
{
    public static ParseResult Failed(string reason) => new(null, reason);
}
