using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Ingestion;

/// <summary>What happened to one file of a batch.</summary>
public enum IngestStatus
{
    /// <summary>A new record was stored.</summary>
    Ingested,

    /// <summary>The file replaced its earlier reading in an existing record.</summary>
    Replaced,

    /// <summary>The file is another format of a report already stored; it was added to its sources.</summary>
    Merged,

    /// <summary>The same file (same content hash) is already in the record.</summary>
    Unchanged,

    /// <summary>The file could not be read or is not a report.</summary>
    Failed,
}

/// <summary>The result for one file: status, the record it went into, or the one-line reason it failed.</summary>
public sealed record IngestOutcome(string Path, IngestStatus Status, ReportRecord? Record, string? Error);
