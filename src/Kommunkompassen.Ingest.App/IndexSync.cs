using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Storage.Import;

namespace Kommunkompassen.Ingest.App;

/// <summary>
/// Keeps the Lucene index (derived data) in step with the archive database. The index stores
/// the archive content version it reflects; when that is not the database's, it is brought up.
/// </summary>
public static class IndexSync
{
    /// <summary>
    /// After a batch: nothing when the index is current, the changed reports when it was current
    /// before the batch, else a rebuild (e.g. after an interrupted run).
    /// </summary>
    public static void AfterBatch(ReportArchive archive, ImportResult result, long versionBefore)
    {
        var index = new ArchiveIndex(archive.Root);
        var indexed = index.ContentVersion;
        var now = archive.ContentVersion;
        if (indexed == now)
        {
            return;
        }

        if (indexed == versionBefore)
        {
            var ids = ReportIds(archive);
            // Records are loaded one at a time as the index takes them.
            var changed = result.Changed.Select(r => r.Id).Concat(result.MovedFrom).Distinct(StringComparer.Ordinal).Where(ids.Contains);
            index.Replace(changed.Select(id => archive.Find(id)!), ids, now);
        }
        else
        {
            index.Rebuild(archive.Records(), now);
        }
    }

    /// <summary>Before a search: rebuilds the index if the archive has changed since it was written.</summary>
    public static void EnsureCurrent(string archiveRoot, Action<string>? notice = null)
    {
        if (!File.Exists(Path.Combine(archiveRoot, ReportArchive.DatabaseFile)))
        {
            return;
        }

        using var archive = ReportArchive.Open(archiveRoot);
        var index = new ArchiveIndex(archive.Root);
        if (index.ContentVersion != archive.ContentVersion)
        {
            notice?.Invoke("the search index is behind the archive; rebuilding it");
            index.Rebuild(archive.Records(), archive.ContentVersion);
        }
    }

    private static HashSet<string> ReportIds(ReportArchive archive) =>
        archive.Query("SELECT id FROM reports").Select(r => (string)r[0]!).ToHashSet(StringComparer.Ordinal);
}
