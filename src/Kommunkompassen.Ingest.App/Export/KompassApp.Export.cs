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
    /// <summary>Writes the archive in the format asked to a stream (an absent archive exports as empty).</summary>
    public void Export(ExportRequest request, Stream output)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        switch (request.Format)
        {
            case ExportFormat.Json:
                RecordJson.WriteArray(ReadAll(), output);
                break;
            case ExportFormat.Jsonl:
                WithArchive(a => RecordJson.WriteLines(a.Records(), output));
                break;
            case ExportFormat.Csv:
                ScoreCsv.Write(Sheet(request.Table, ReadAll()), output);
                break;
            case ExportFormat.Xlsx:
                var records = ReadAll();
                ScoreXlsx.Write([ScoreSheet.Areas(records), ScoreSheet.Questions(records), ScoreSheet.Warnings(records)], output);
                break;
            default:
                throw new KompassRequestException($"unknown export format '{request.Format}'");
        }
    }

    /// <summary>
    /// Writes the export to a file: written beside the target and moved over it, so a failed
    /// export leaves no half file.
    /// </summary>
    public void Export(ExportRequest request, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            Export(request, file);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static ScoreSheet Sheet(ExportTable table, IReadOnlyList<ReportRecord> records) => table switch
    {
        ExportTable.Areas => ScoreSheet.Areas(records),
        ExportTable.Questions => ScoreSheet.Questions(records),
        ExportTable.Warnings => ScoreSheet.Warnings(records),
        _ => throw new KompassRequestException($"unknown table '{table}'"),
    };
}
