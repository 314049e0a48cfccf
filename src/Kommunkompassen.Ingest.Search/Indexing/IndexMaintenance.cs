using System.Globalization;
using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.Search.Indexing;

/// <summary>How the search index stands against the archive it is derived from.</summary>
public enum IndexState
{
    /// <summary>The index reflects the archive as it is now.</summary>
    Current,

    /// <summary>The index is whole but reflects an earlier state of the archive (or another analysis); searches answer from that state.</summary>
    Behind,

    /// <summary>There is no index yet.</summary>
    Missing,

    /// <summary>The index cannot be read, or does not hold what its commit says, or what the archive holds; it cannot be trusted.</summary>
    Damaged,
}

/// <summary>
/// The search index against the archive: its <see cref="State"/>, the archive's content version
/// and reports, the index's (when it has them) and, when it is damaged, why.
/// </summary>
public sealed record IndexStatus(IndexState State, long ArchiveVersion, int ArchiveReports, long? IndexVersion, int IndexedReports, string? Reason)
{
    /// <summary>Whether a search can answer (from the index's last commit, current or not).</summary>
    public bool Searchable => State is IndexState.Current or IndexState.Behind;

    /// <summary>
    /// One line for a reader to show, or null when the index is current, e.g. "the search index
    /// is behind the archive (3 changes; it has 38 of 40 reports); results are from its last
    /// update, and the next kk ingest brings it up to date".
    /// </summary>
    public string? Describe(string archiveRoot) => State switch
    {
        IndexState.Current => null,
        IndexState.Behind => $"the search index is behind the archive ({Behind()}; it has {Reports(IndexedReports)} of {Reports(ArchiveReports)}); results are from its last update, and the next kk ingest brings it up to date",
        IndexState.Missing when ArchiveReports == 0 => $"no search index in {archiveRoot}; run 'kk ingest' first",
        IndexState.Missing => $"no search index in {archiveRoot} for its {Reports(ArchiveReports)}; the next kk ingest builds it",
        _ => $"the search index in {archiveRoot} is damaged ({Reason}); the next kk ingest rebuilds it",
    };

    private string Behind() => IndexVersion is { } v && v < ArchiveVersion
        ? $"{(ArchiveVersion - v).ToString(CultureInfo.InvariantCulture)} {(ArchiveVersion - v == 1 ? "change" : "changes")}"
        : Reason ?? "written at another state";

    private static string Reports(int n) => n == 1 ? "1 report" : $"{n.ToString(CultureInfo.InvariantCulture)} reports";
}

/// <summary>What <see cref="IndexMaintenance.BringUp"/> did.</summary>
public enum IndexAction
{
    /// <summary>The index was current; nothing written.</summary>
    None,

    /// <summary>The reports changed since the index's version were written into it.</summary>
    Updated,

    /// <summary>The index was written anew from every record of the archive.</summary>
    Rebuilt,
}

/// <summary>What bringing the index up did: the status before, the action, the status after.</summary>
public sealed record IndexUpdate(IndexStatus Before, IndexAction Action, IndexStatus After);

/// <summary>
/// Keeps the search index (derived data) in step with the archive. The index stores the archive
/// content version it reflects. Anyone may <see cref="Check"/> it (reading only); only the
/// archive's writer — the holder of its writer lock, so never two at once — writes it, with
/// <see cref="BringUp"/>: after every batch, whether or not the batch changed anything, so an
/// index that is behind, missing or damaged is repaired by the next <c>kk ingest</c>. A reader
/// that finds the index behind answers from its last commit and says so; it never rebuilds it.
/// </summary>
public static class IndexMaintenance
{
    /// <summary>How the index stands against the archive now. Reads only; works on an archive opened for reading.</summary>
    public static IndexStatus Check(ReportArchive archive, ArchiveIndex? index = null) =>
        Check(archive.Snapshot(), (index ?? new ArchiveIndex(archive.Root)).Read());

    /// <summary>How an index (as read) stands against an archive (as of a snapshot).</summary>
    public static IndexStatus Check(ArchiveSnapshot archive, IndexInfo index)
    {
        var reports = archive.ReportIds.Count;
        IndexStatus Status(IndexState state, string? reason = null) =>
            new(state, archive.ContentVersion, reports, index.ContentVersion, index.ReportIds.Count, reason);

        if (!index.Exists)
        {
            return Status(IndexState.Missing);
        }

        if (index.Damage is { } damage)
        {
            return Status(IndexState.Damaged, damage);
        }

        if (index.ContentVersion is not { } version)
        {
            return Status(IndexState.Damaged, "its commit does not say which archive version it reflects");
        }

        if (version > archive.ContentVersion)
        {
            return Status(IndexState.Damaged, $"it claims archive version {version.ToString(CultureInfo.InvariantCulture)}, ahead of the archive's {archive.ContentVersion.ToString(CultureInfo.InvariantCulture)}");
        }

        var known = archive.ReportIds.ToHashSet(StringComparer.Ordinal);
        if (version == archive.ContentVersion)
        {
            // At the same version it must hold nothing the archive lacks, and, from an index
            // whose commit did not record its documents, not be empty where the archive is not.
            if (index.ReportIds.FirstOrDefault(id => !known.Contains(id)) is { } stray)
            {
                return Status(IndexState.Damaged, $"it has documents of {stray}, which the archive does not hold");
            }

            if (index.RecordedDocuments is null && index.Documents == 0 && reports > 0)
            {
                return Status(IndexState.Damaged, "it is empty");
            }
        }

        if (!index.SameAnalysis)
        {
            return Status(IndexState.Behind, "written with another analysis");
        }

        return version == archive.ContentVersion ? Status(IndexState.Current) : Status(IndexState.Behind);
    }

    /// <summary>
    /// Brings the index up to the archive, which must be open for writing (the one writer). A
    /// current index is left alone; one that was current at <paramref name="versionBefore"/>
    /// gets the <paramref name="changed"/> reports (and loses those the archive no longer has);
    /// any other (behind from an unknown state, missing, written with another analysis) is
    /// rebuilt from every record, and a damaged one is deleted first. Then the index is checked
    /// again and its status returned.
    /// </summary>
    /// <param name="changed">The reports the writer changed (stored or moved out of) since <paramref name="versionBefore"/>.</param>
    /// <param name="versionBefore">The archive content version before those changes.</param>
    public static IndexUpdate BringUp(ReportArchive archive, ArchiveIndex? index = null, IReadOnlyCollection<string>? changed = null, long? versionBefore = null)
    {
        if (!archive.IsWriter)
        {
            throw new InvalidOperationException($"{archive.Root}: only the archive's writer writes its search index; open the archive with OpenForWriting");
        }

        index ??= new ArchiveIndex(archive.Root);
        var snapshot = archive.Snapshot();
        var before = Check(snapshot, index.Read());
        IndexAction action;
        switch (before.State)
        {
            case IndexState.Current:
                return new IndexUpdate(before, IndexAction.None, before);

            case IndexState.Behind when changed is not null && versionBefore is { } from && before.IndexVersion == from && before.Reason is null:
                var ids = snapshot.ReportIds.ToHashSet(StringComparer.Ordinal);
                // Records are loaded one at a time as the index takes them.
                var records = changed.Distinct(StringComparer.Ordinal).Where(ids.Contains).Select(id => archive.Find(id)).OfType<Records.ReportRecord>();
                index.Replace(records, ids, snapshot.ContentVersion);
                action = IndexAction.Updated;
                break;

            case IndexState.Damaged:
                index.Delete();
                index.Rebuild(archive.Records(), snapshot.ContentVersion);
                action = IndexAction.Rebuilt;
                break;

            default:
                index.Rebuild(archive.Records(), snapshot.ContentVersion);
                action = IndexAction.Rebuilt;
                break;
        }

        return new IndexUpdate(before, action, Check(archive.Snapshot(), index.Read()));
    }
}
