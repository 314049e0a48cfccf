using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Storage.Import;

namespace Kommunkompassen.Ingest.App;

/// <summary>
/// The application's side of keeping the search index in step with the archive (the work is
/// <see cref="IndexMaintenance"/>'s): the writer brings it up after every batch, a search only
/// looks at how it stands and says so.
/// </summary>
internal static class IndexSync
{
    /// <summary>
    /// After a batch, by the archive's writer: the changed reports when the index was current
    /// before the batch, a rebuild when it was behind, missing or damaged (even when the batch
    /// read nothing new), else nothing. A damaged index rebuilt is told to <paramref name="notice"/>.
    /// </summary>
    /// <remarks>
    /// A batch the archive stopped (a full disk) leaves the index as it was, behind: the next
    /// batch brings it up. An index that cannot be written now (the disk full) is told to
    /// <paramref name="notice"/> and left at its last commit, whole; the batch's stored files stay.
    /// </remarks>
    public static IndexUpdate? AfterBatch(ReportArchive archive, ImportResult result, long versionBefore, Action<string>? notice = null)
    {
        if (result.Stop is not null)
        {
            notice?.Invoke($"the search index in {archive.Root} was not brought up to date (the batch stopped); the next kk ingest does");
            return null;
        }

        var changed = result.Changed.Select(r => r.Id).Concat(result.MovedFrom).ToList();
        IndexUpdate update;
        try
        {
            update = IndexMaintenance.BringUp(archive, changed: changed, versionBefore: versionBefore);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArchiveException)
        {
            var why = FileErrors.IsDiskFull(ex) ? "the disk is full" : $"{ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}";
            notice?.Invoke($"the search index in {archive.Root} could not be brought up to date ({why}); it stays at its last update, and the next kk ingest brings it up");
            return null;
        }

        if (update.Before.State == IndexState.Damaged)
        {
            notice?.Invoke($"the search index in {archive.Root} was damaged ({update.Before.Reason}); rebuilt it ({update.After.IndexedReports} reports)");
        }

        return update;
    }

    /// <summary>
    /// Before a search: tells <paramref name="notice"/> how the index stands when it is behind, and
    /// refuses (one line) when no search can answer (a damaged index). Reads only; never writes the
    /// index or the archive.
    /// </summary>
    /// <exception cref="KompassOperationException">The index is damaged; the next ingest rebuilds it.</exception>
    /// <exception cref="ArchiveException">There is no archive, or it cannot be read.</exception>
    public static void BeforeSearch(string archiveRoot, Action<string>? notice = null)
    {
        using var archive = ReportArchive.OpenForReading(archiveRoot);
        var status = IndexMaintenance.Check(archive);
        if (status.Describe(archive.Root) is not { } line)
        {
            return;
        }

        if (!status.Searchable)
        {
            throw new KompassOperationException(line);
        }

        notice?.Invoke(line);
    }
}
