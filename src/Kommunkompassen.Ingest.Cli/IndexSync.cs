using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Storage.Import;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>
/// The CLI's side of keeping the search index in step with the archive (the work is
/// <see cref="IndexMaintenance"/>'s): the writer brings it up after every batch, a search
/// only looks at how it stands and says so.
/// </summary>
internal static class IndexSync
{
    /// <summary>
    /// After a batch, by the archive's writer: the changed reports when the index was current
    /// before the batch, a rebuild when it was behind, missing or damaged (even when the batch
    /// read nothing new), else nothing.
    /// </summary>
    public static IndexUpdate AfterBatch(ReportArchive archive, ImportResult result, long versionBefore)
    {
        var changed = result.Changed.Select(r => r.Id).Concat(result.MovedFrom).ToList();
        var update = IndexMaintenance.BringUp(archive, changed: changed, versionBefore: versionBefore);
        if (update.Before.State == IndexState.Damaged)
        {
            Console.Error.WriteLine($"the search index in {archive.Root} was damaged ({update.Before.Reason}); rebuilt it ({update.After.IndexedReports} reports)");
        }

        return update;
    }

    /// <summary>
    /// Before a search: says how the index stands (one line on stderr) and whether a search can
    /// answer. Reads only; never writes the index or the archive. True when there is no archive
    /// (the searcher then says there is no index).
    /// </summary>
    public static bool BeforeSearch(string archiveRoot)
    {
        if (!ReportArchive.Exists(archiveRoot))
        {
            return true;
        }

        using var archive = ReportArchive.OpenForReading(archiveRoot);
        var status = IndexMaintenance.Check(archive);
        if (status.Describe(archive.Root) is { } line)
        {
            Console.Error.WriteLine(status.Searchable ? $"note: {line}" : $"error: {line}");
        }

        return status.Searchable;
    }
}
