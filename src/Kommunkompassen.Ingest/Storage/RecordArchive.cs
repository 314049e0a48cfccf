using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// The archive folder: one JSON file per record under records/, named by record id. Writes go
/// to a temporary file that replaces the old one in a single rename, so an interrupted write
/// never leaves half a record.
/// </summary>
public sealed class RecordArchive
{
    public RecordArchive(string root)
    {
        Root = Path.GetFullPath(root);
    }

    /// <summary>The default archive folder, ./archive.</summary>
    public const string DefaultFolder = "archive";

    public string Root { get; }

    private string RecordsDir => Path.Combine(Root, "records");

    public ReportRecord? Find(string id)
    {
        var path = PathOf(id);
        return File.Exists(path) ? RecordJson.Deserialize(File.ReadAllText(path)) : null;
    }

    public IReadOnlyList<ReportRecord> LoadAll()
    {
        if (!Directory.Exists(RecordsDir))
        {
            return [];
        }

        return Directory.EnumerateFiles(RecordsDir, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => RecordJson.Deserialize(File.ReadAllText(f)))
            .ToList();
    }

    public void Save(ReportRecord record)
    {
        Directory.CreateDirectory(RecordsDir);
        var path = PathOf(record.Id);
        var temp = path + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, RecordJson.Serialize(record));
        File.Move(temp, path, overwrite: true);
    }

    private string PathOf(string id)
    {
        if (id.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '-'))
        {
            throw new ArgumentException($"unsafe record id '{id}'", nameof(id));
        }

        return Path.Combine(RecordsDir, id + ".json");
    }
}
