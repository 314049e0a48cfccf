using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.App;

/// <summary>The export formats.</summary>
public enum ExportFormat
{
    /// <summary>All records as one array, in id order.</summary>
    Json,

    /// <summary>One record per line, streamed.</summary>
    Jsonl,

    /// <summary>One table (<see cref="ExportTable"/>) as CSV.</summary>
    Csv,

    /// <summary>A workbook with sheets of area scores, sub-question scores and warnings.</summary>
    Xlsx,
}

/// <summary>The table a CSV export writes.</summary>
public enum ExportTable
{
    /// <summary>One row per report with its area scores.</summary>
    Areas,

    /// <summary>One row per report with its sub-question scores.</summary>
    Questions,

    /// <summary>One row per warning of every report.</summary>
    Warnings,
}

/// <summary>An export of the archive.</summary>
public sealed record ExportRequest(ExportFormat Format, ExportTable Table = ExportTable.Areas);

public sealed partial class KompassApp
{
    /// <summary>Writes the archive in the format asked to a stream.</summary>
    /// <exception cref="KompassOperationException">There is no archive, or it cannot be read (a streamed export, jsonl, may have written part of it by then).</exception>
    public void Export(ExportRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        Reading(archive =>
        {
            Export(request, archive, output);
            return 0;
        });
    }

    /// <summary>
    /// Writes the export to a file: into a temporary file in the target's folder, moved over the
    /// target when whole, so a failed export (a full disk, an archive that cannot be read) leaves
    /// neither a half file nor the temporary one. The archive is opened and the target looked at
    /// before anything is written.
    /// </summary>
    /// <exception cref="KompassOperationException">There is no archive or it cannot be read; or the file cannot be written there (no such folder, a folder in its place, the disk full, no permission), in one line naming it.</exception>
    public void Export(ExportRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(path);
        OutputFiles.CheckTarget(path);
        Reading(archive =>
        {
            OutputFiles.Write(path, stream => Export(request, archive, stream));
            return 0;
        });
    }

    private static void Export(ExportRequest request, Storage.ReportArchive archive, Stream output)
    {
        switch (request.Format)
        {
            case ExportFormat.Json:
                RecordJson.WriteArray(archive.Records().ToList(), output);
                break;
            case ExportFormat.Jsonl:
                RecordJson.WriteLines(archive.Records(), output);
                break;
            case ExportFormat.Csv:
                ScoreCsv.Write(Sheet(request.Table, archive.Records().ToList()), output);
                break;
            case ExportFormat.Xlsx:
                var records = archive.Records().ToList();
                ScoreXlsx.Write([ScoreSheet.Areas(records), ScoreSheet.Questions(records), ScoreSheet.Warnings(records)], output);
                break;
            default:
                throw new KompassRequestException($"unknown export format '{request.Format}'");
        }
    }

    private static ScoreSheet Sheet(ExportTable table, IReadOnlyList<ReportRecord> records) => table switch
    {
        ExportTable.Areas => ScoreSheet.Areas(records),
        ExportTable.Questions => ScoreSheet.Questions(records),
        ExportTable.Warnings => ScoreSheet.Warnings(records),
        _ => throw new KompassRequestException($"unknown table '{table}'"),
    };
}
