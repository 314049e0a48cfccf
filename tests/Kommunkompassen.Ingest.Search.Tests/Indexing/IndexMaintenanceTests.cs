using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Search.Searching;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Tests.Indexing;

/// <summary>The search index against the archive: checked by readers, written only by the writer, rebuilt when damaged, never half committed.</summary>
public sealed class IndexMaintenanceTests : IDisposable
{
    private readonly TempArchive temp = new("kk-index-state-");

    public void Dispose() => temp.Dispose();

    private ArchiveIndex Index => new(temp.Root);

    private static int DocumentsOf(params string[] corpusFiles) =>
        corpusFiles.Select(SampleRecords.Of).GroupBy(r => r.Id).Sum(g => SearchDocument.From(Readings.Combine(g.ToList())).Count());

    private int SearchableDocuments()
    {
        using var searcher = new ArchiveSearcher(temp.Root);
        return searcher.DocumentCount;
    }

    [Fact]
    public void BringUp_ByAReader_Refused()
    {
        temp.Store(Corpus.Report2010Docx);
        using var reader = temp.OpenForReading();

        var ex = Assert.Throws<InvalidOperationException>(() => IndexMaintenance.BringUp(reader));

        Assert.Equal($"{temp.Root}: only the archive's writer writes its search index; open the archive with OpenForWriting", ex.Message);
        Assert.False(Directory.Exists(Index.Path));
    }

    [Fact]
    public void Check_NoIndex_MissingAndSaysTheNextIngestBuildsIt()
    {
        temp.Store(Corpus.Report2010Docx);
        using var reader = temp.OpenForReading();

        var status = IndexMaintenance.Check(reader);

        Assert.Equal((IndexState.Missing, false), (status.State, status.Searchable));
        Assert.Equal($"no search index in {temp.Root} for its 1 report; the next kk ingest builds it", status.Describe(temp.Root));
        Assert.False(Directory.Exists(Index.Path));
    }

    [Fact]
    public void BringUp_ThenAnotherReading_ReaderSeesBehindAndAnswersFromTheLastCommit()
    {
        using (var writer = temp.OpenForWriting())
        {
            TempArchive.Store(writer, Corpus.Report2010Docx);
            var first = IndexMaintenance.BringUp(writer);
            Assert.Equal((IndexState.Missing, IndexAction.Rebuilt, IndexState.Current), (first.Before.State, first.Action, first.After.State));
            TempArchive.Store(writer, Corpus.Report2005Docx);
        }

        var indexBefore = TempArchive.Snapshot(Index.Path);
        using var reader = temp.OpenForReading();
        var status = IndexMaintenance.Check(reader);

        Assert.Equal((IndexState.Behind, true, 1L, 2L), (status.State, status.Searchable, status.IndexVersion, status.ArchiveVersion));
        Assert.Equal("the search index is behind the archive (1 change; it has 1 report of 2 reports); results are from its last update, and the next kk ingest brings it up to date", status.Describe(temp.Root));
        Assert.Equal(DocumentsOf(Corpus.Report2010Docx), SearchableDocuments());
        Assert.Equal(indexBefore, TempArchive.Snapshot(Index.Path));
    }

    [Fact]
    public void BringUp_AfterABatch_AddsTheChangedReportsOnly()
    {
        using var writer = temp.OpenForWriting();
        TempArchive.Store(writer, Corpus.Report2010Docx);
        IndexMaintenance.BringUp(writer);
        var before = writer.ContentVersion;
        var stored = writer.Store(SampleRecords.Of(Corpus.Report2005Docx), "/in/a.docx", 1, "v1", "b2");

        var update = IndexMaintenance.BringUp(writer, changed: [stored.Record.Id], versionBefore: before);

        Assert.Equal((IndexAction.Updated, IndexState.Current, 2), (update.Action, update.After.State, update.After.IndexedReports));
        Assert.Equal(DocumentsOf(Corpus.Report2010Docx, Corpus.Report2005Docx), SearchableDocuments());
        Assert.Equal(IndexAction.None, IndexMaintenance.BringUp(writer).Action);
    }

    [Fact]
    public void EmptiedIndexThatLooksCurrent_DamagedForReaders_RebuiltByTheWriterWithNothingNew()
    {
        using (var writer = temp.OpenForWriting())
        {
            TempArchive.Store(writer, TempArchive.AllSamples);
            IndexMaintenance.BringUp(writer);
        }

        EmptyKeepingTheCommitData();
        using (var reader = temp.OpenForReading())
        {
            var status = IndexMaintenance.Check(reader);
            Assert.Equal((IndexState.Damaged, 4L, 4L), (status.State, status.IndexVersion, status.ArchiveVersion));
            Assert.Equal($"the search index in {temp.Root} is damaged (its commit says {DocumentsOf(TempArchive.AllSamples)} documents but it holds 0); the next kk ingest rebuilds it", status.Describe(temp.Root));
        }

        using (var writer = temp.OpenForWriting())
        {
            var update = IndexMaintenance.BringUp(writer, changed: [], versionBefore: writer.ContentVersion);
            Assert.Equal((IndexState.Damaged, IndexAction.Rebuilt, IndexState.Current, 2), (update.Before.State, update.Action, update.After.State, update.After.IndexedReports));
        }

        Assert.Equal(DocumentsOf(TempArchive.AllSamples), SearchableDocuments());
    }

    [Fact]
    public void EmptyIndexOfAnOlderKkWithoutADocumentCount_Damaged()
    {
        using (var writer = temp.OpenForWriting())
        {
            TempArchive.Store(writer, Corpus.Report2010Docx);
        }

        // As kk wrote it before its commits said how many documents they hold.
        WriteRawCommit(new Dictionary<string, string> { ["analysis"] = Kommunkompassen.Ingest.Search.Analysis.SwedishSearchAnalyzer.Version, ["archive-content-version"] = "1" });
        using var reader = temp.OpenForReading();

        var status = IndexMaintenance.Check(reader);

        Assert.Equal((IndexState.Damaged, "it is empty"), (status.State, status.Reason));
    }

    [Fact]
    public void CommitWithoutAContentVersion_Damaged()
    {
        temp.Store(Corpus.Report2010Docx);
        WriteRawCommit(new Dictionary<string, string> { ["analysis"] = Kommunkompassen.Ingest.Search.Analysis.SwedishSearchAnalyzer.Version });
        using var reader = temp.OpenForReading();

        Assert.Equal(
            (IndexState.Damaged, "its commit does not say which archive version it reflects"),
            (IndexMaintenance.Check(reader).State, IndexMaintenance.Check(reader).Reason));
    }

    [Fact]
    public void CorruptIndex_DamagedForReaders_SearcherRefusesClearly_RebuiltByTheWriter()
    {
        using (var writer = temp.OpenForWriting())
        {
            TempArchive.Store(writer, TempArchive.AllSamples);
            IndexMaintenance.BringUp(writer);
        }

        // Every file of the commit but its segments file cut to half: checksums and lengths no longer hold.
        foreach (var file in Directory.GetFiles(Index.Path).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
        }

        using (var reader = temp.OpenForReading())
        {
            var status = IndexMaintenance.Check(reader);
            Assert.Equal(IndexState.Damaged, status.State);
            Assert.StartsWith("it cannot be read (", status.Reason, StringComparison.Ordinal);
        }

        var ex = Assert.Throws<InvalidOperationException>(() => new ArchiveSearcher(temp.Root));
        Assert.StartsWith($"the search index in {temp.Root} cannot be read (", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("; the next 'kk ingest' rebuilds it", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);

        using (var writer = temp.OpenForWriting())
        {
            var update = IndexMaintenance.BringUp(writer);
            Assert.Equal((IndexAction.Rebuilt, IndexState.Current), (update.Action, update.After.State));
        }

        Assert.Equal(DocumentsOf(TempArchive.AllSamples), SearchableDocuments());
    }

    [Fact]
    public void CommitWhoseSegmentsFileIsGone_MissingAndRebuilt()
    {
        using (var writer = temp.OpenForWriting())
        {
            TempArchive.Store(writer, Corpus.Report2010Docx);
            IndexMaintenance.BringUp(writer);
        }

        foreach (var file in Directory.GetFiles(Index.Path, "segments*"))
        {
            File.Delete(file);
        }

        using (var writer = temp.OpenForWriting())
        {
            var update = IndexMaintenance.BringUp(writer);
            Assert.Equal((IndexState.Missing, IndexAction.Rebuilt, IndexState.Current), (update.Before.State, update.Action, update.After.State));
        }

        Assert.Equal(DocumentsOf(Corpus.Report2010Docx), SearchableDocuments());
    }

    [Fact]
    public void Rebuild_FailingHalfWay_LeavesTheLastCommitWhole()
    {
        var a = SampleRecords.Of(Corpus.Report2010Docx);
        var b = SampleRecords.Of(Corpus.Report2005Docx);
        Index.Rebuild([a], contentVersion: 7);
        var before = Index.Read();

        Assert.Throws<IOException>(() => Index.Rebuild(Failing([b, a]), contentVersion: 9));
        Assert.Throws<IOException>(() => Index.Replace(Failing([b, a]), contentVersion: 9));

        var after = Index.Read();
        Assert.Equal((7L, before.Documents, (string?)null), (after.ContentVersion, after.Documents, after.Damage));
        Assert.Equal([a.Id], after.ReportIds);
        Assert.Equal(SearchDocument.From(a).Count(), SearchableDocuments());
    }

    /// <summary>Yields the records, then fails as a database read could.</summary>
    private static IEnumerable<ReportRecord> Failing(IEnumerable<ReportRecord> records)
    {
        foreach (var r in records)
        {
            yield return r;
        }

        throw new IOException("the archive went away");
    }

    /// <summary>Deletes every document and commits, keeping the commit data: the empty index of the old bug, looking current.</summary>
    private void EmptyKeepingTheCommitData()
    {
        using var dir = Index.Open();
        using var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()));
        writer.DeleteAll();
        writer.Commit();
    }

    /// <summary>An index with no documents and this commit data.</summary>
    private void WriteRawCommit(IDictionary<string, string> data)
    {
        Directory.CreateDirectory(Index.Path);
        using var dir = Index.Open();
        using var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { OpenMode = OpenMode.CREATE });
        writer.SetCommitData(data);
        writer.Commit();
    }
}
