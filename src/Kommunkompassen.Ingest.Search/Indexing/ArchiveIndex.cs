using System.Globalization;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = System.IO.Directory;

namespace Kommunkompassen.Ingest.Search.Indexing;

/// <summary>
/// The Lucene index in the archive folder (index/, a SimpleFSDirectory): one document per
/// passage and per finding. Writing a report replaces all its documents, so re-ingesting
/// never duplicates.
/// <para>
/// The index is derived from the archive. In an archive folder only the archive's one writer
/// (the holder of its writer lock) writes it, through <see cref="IndexMaintenance"/>; readers
/// only read its last commit. Every write is one Lucene commit that carries, in its commit
/// data, the archive content version it reflects, the analysis it was written with, and how
/// many documents it holds, so an index a reader opens is either the whole of one update or
/// the whole of the one before: a write that fails is rolled back, never half committed, and
/// an index whose documents do not match its commit is detected (<see cref="Read"/>).
/// </para>
/// </summary>
public sealed class ArchiveIndex
{
    private readonly Analyzer textAnalyzer;

    public ArchiveIndex(string archiveRoot)
        : this(archiveRoot, SwedishSearchAnalyzer.Default)
    {
    }

    /// <summary>How texts are scored, on the writing and the searching side: BM25 (k1 1.2, b 0.75).</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>With another analyzer for the text field (e.g. Lucene's SwedishAnalyzer, for comparison).</summary>
    public ArchiveIndex(string archiveRoot, Analyzer textAnalyzer)
    {
        Path = System.IO.Path.Combine(archiveRoot, "index");
        this.textAnalyzer = textAnalyzer;
    }

    public string Path { get; }

    /// <summary>Whether there is an index (a commit) in the folder; it may still be damaged (see <see cref="Read"/>).</summary>
    public bool Exists
    {
        get
        {
            if (!Directory.Exists(Path))
            {
                return false;
            }

            using var dir = Open();
            return DirectoryReader.IndexExists(dir);
        }
    }

    /// <summary>
    /// The archive content version the index was last brought up to (stored in the Lucene commit),
    /// or null when there is no index, it does not say, it was written with another analysis, or
    /// it cannot be read.
    /// </summary>
    public long? ContentVersion
    {
        get
        {
            var info = Read();
            return info.Damage is null && info.SameAnalysis ? info.ContentVersion : null;
        }
    }

    private const string ContentVersionKey = "archive-content-version";
    private const string AnalysisKey = "analysis";
    private const string DocumentsKey = "documents";

    /// <summary>Names the analysis the text field is written with; an index written with another one is rebuilt.</summary>
    private string AnalysisId => textAnalyzer is SwedishSearchAnalyzer ? SwedishSearchAnalyzer.Version : textAnalyzer.GetType().FullName!;

    /// <summary>
    /// What the last commit of the index says and holds, read without writing anything. A commit
    /// that cannot be opened (corrupt or missing files) or whose documents are not as many as it
    /// says comes back with <see cref="IndexInfo.Damage"/> set.
    /// </summary>
    public IndexInfo Read()
    {
        if (!Directory.Exists(Path))
        {
            return IndexInfo.None;
        }

        try
        {
            using var dir = Open();
            if (!DirectoryReader.IndexExists(dir))
            {
                return IndexInfo.None;
            }

            using var reader = DirectoryReader.Open(dir);
            var data = reader.IndexCommit.UserData;
            long? version = data.TryGetValue(ContentVersionKey, out var v) && long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
            int? recorded = data.TryGetValue(DocumentsKey, out var d) && int.TryParse(d, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) ? m : null;
            var analysis = data.TryGetValue(AnalysisKey, out var a) ? a : null;
            var info = new IndexInfo(true, null, version, analysis == AnalysisId, reader.NumDocs, recorded, ReportIds(reader));
            return recorded is { } r && r != reader.NumDocs
                ? info with { Damage = $"its commit says {r.ToString(CultureInfo.InvariantCulture)} documents but it holds {reader.NumDocs.ToString(CultureInfo.InvariantCulture)}" }
                : info;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            return IndexInfo.None with { Exists = true, Damage = $"it cannot be read ({ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")})" };
        }
    }

    /// <summary>
    /// Adds or replaces the documents of these records and drops those of reports not in
    /// <paramref name="keep"/> (when given); records the archive content version it reflects.
    /// One commit; rolled back if anything fails.
    /// </summary>
    public void Replace(IEnumerable<ReportRecord> records, IReadOnlySet<string>? keep = null, long? contentVersion = null) =>
        Write(records, clear: false, keep, contentVersion);

    /// <summary>
    /// Indexes these records in place of everything (a new index, committed at once: until then
    /// readers see the old one, and if anything fails the old one stays).
    /// </summary>
    public void Rebuild(IEnumerable<ReportRecord> records, long? contentVersion = null) => Write(records, clear: true, null, contentVersion);

    /// <summary>
    /// Deletes every file of a damaged index (one that cannot be opened cannot be rebuilt in
    /// place: Lucene refuses to write over a corrupt commit). Readers then find no index until
    /// the rebuild that follows commits.
    /// </summary>
    public void Delete()
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Path))
        {
            File.Delete(file);
        }
    }

    /// <summary>The index folder for reading (never made here: readers write nothing).</summary>
    internal FSDirectory Open() => new SimpleFSDirectory(new DirectoryInfo(Path));

    private void Write(IEnumerable<ReportRecord> records, bool clear, IReadOnlySet<string>? keep, long? contentVersion)
    {
        Directory.CreateDirectory(Path);
        using var dir = Open();
        // The text field is analysed, and its words as written kept for suggestions; the others are indexed as given (StringField).
        var analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [IndexFields.Text] = textAnalyzer,
            [IndexFields.Words] = SurfaceWordsAnalyzer.Default,
        });
        // A larger buffer than the 16 MB default: fewer, larger segments when a whole archive is indexed.
        // CREATE for a rebuild: a new commit of these records alone, which replaces the old one only when committed.
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = clear ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            Similarity = Similarity,
        };
        var writer = new IndexWriter(dir, config);
        try
        {
            foreach (var record in records)
            {
                writer.DeleteDocuments(new Term(IndexFields.ReportId, record.Id));
                writer.AddDocuments(SearchDocument.From(record).Select(ToLucene));
            }

            if (keep is not null)
            {
                foreach (var gone in IndexedReports(writer).Where(id => !keep.Contains(id)))
                {
                    writer.DeleteDocuments(new Term(IndexFields.ReportId, gone));
                }
            }

            int documents;
            using (var reader = writer.GetReader(applyAllDeletes: true))
            {
                documents = reader.NumDocs;
            }

            var commit = new Dictionary<string, string>
            {
                [AnalysisKey] = AnalysisId,
                [DocumentsKey] = documents.ToString(CultureInfo.InvariantCulture),
            };
            if (contentVersion is { } v)
            {
                commit[ContentVersionKey] = v.ToString(CultureInfo.InvariantCulture);
            }

            writer.SetCommitData(commit);
            writer.Commit();
            writer.Dispose();
        }
        catch
        {
            // Disposing a Lucene 4.8 writer commits what it has; rolling back keeps the last commit whole.
            writer.Rollback();
            throw;
        }
    }

    /// <summary>
    /// How many documents each report has in the index's last commit (for checking the index
    /// against the archive); empty when there is no index. Reads only.
    /// </summary>
    /// <exception cref="IOException">The index cannot be read (see <see cref="Read"/> for a status that never throws).</exception>
    public IReadOnlyDictionary<string, int> DocumentsByReport()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!Directory.Exists(Path))
        {
            return counts;
        }

        using var dir = Open();
        if (!DirectoryReader.IndexExists(dir))
        {
            return counts;
        }

        using var reader = DirectoryReader.Open(dir);
        var terms = MultiFields.GetTerms(reader, IndexFields.ReportId);
        if (terms is null)
        {
            return counts;
        }

        var liveDocs = MultiFields.GetLiveDocs(reader);
        var e = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (e.MoveNext())
        {
            docs = e.Docs(liveDocs, docs, DocsFlags.NONE);
            var n = 0;
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                n++;
            }

            if (n > 0)
            {
                counts[e.Term.Utf8ToString()] = n;
            }
        }

        return counts;
    }

    /// <summary>The report ids that have documents in the index.</summary>
    private static HashSet<string> ReportIds(IndexReader reader)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, IndexFields.ReportId);
        if (terms is null)
        {
            return ids;
        }

        var liveDocs = MultiFields.GetLiveDocs(reader);
        var e = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (e.MoveNext())
        {
            // A term whose documents were all deleted (not yet merged away) is not a report of the index.
            docs = e.Docs(liveDocs, docs, DocsFlags.NONE);
            if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                ids.Add(e.Term.Utf8ToString());
            }
        }

        return ids;
    }

    /// <summary>The report ids that have live documents in the writer's index.</summary>
    private static HashSet<string> IndexedReports(IndexWriter writer)
    {
        using var reader = writer.GetReader(applyAllDeletes: true);
        return ReportIds(reader);
    }

    /// <summary>The words as written: which documents have them, no positions, norms or stored text.</summary>
    private static readonly FieldType WordsField = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static Document ToLucene(SearchDocument d)
    {
        var doc = new Document
        {
            new StringField(IndexFields.ReportId, d.ReportId, Field.Store.YES),
            new StringField(IndexFields.Municipality, d.Municipality, Field.Store.YES),
            new SortedDocValuesField(IndexFields.Facet(IndexFields.Municipality), new BytesRef(d.Municipality)),
            new StringField(IndexFields.Code, d.Code, Field.Store.YES),
            new Int32Field(IndexFields.Year, d.Year, Field.Store.YES),
            new SortedDocValuesField(IndexFields.Facet(IndexFields.Year), new BytesRef(d.Year.ToString(CultureInfo.InvariantCulture))),
            new StringField(IndexFields.Framework, d.Framework, Field.Store.YES),
            new StringField(IndexFields.Area, d.Area.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new SortedDocValuesField(IndexFields.Facet(IndexFields.Area), new BytesRef(d.Area.ToString(CultureInfo.InvariantCulture))),
            new StringField(IndexFields.Kind, d.Kind, Field.Store.YES),
            new SortedDocValuesField(IndexFields.Facet(IndexFields.Kind), new BytesRef(d.Kind)),
            new TextField(IndexFields.Text, d.Text, Field.Store.YES),
            new Field(IndexFields.Words, d.Text, WordsField),
        };
        if (d.Question is { } q)
        {
            doc.Add(new StringField(IndexFields.Question, q, Field.Store.YES));
        }

        if (d.Score is { } score)
        {
            doc.Add(new StoredField(IndexFields.Score, score));
        }

        if (d.Max is { } max)
        {
            doc.Add(new StoredField(IndexFields.Max, max));
        }

        if (d.Page is { } page)
        {
            doc.Add(new StoredField(IndexFields.Page, page));
        }

        return doc;
    }
}

/// <summary>
/// What an index's last commit says and holds: whether there is one, what is wrong with it if
/// anything (<see cref="Damage"/>), the archive content version and analysis it was written at,
/// its documents (as counted and as its commit recorded them) and the reports they are of.
/// </summary>
public sealed record IndexInfo(bool Exists, string? Damage, long? ContentVersion, bool SameAnalysis, int Documents, int? RecordedDocuments, IReadOnlySet<string> ReportIds)
{
    public static IndexInfo None { get; } = new(false, null, null, false, 0, null, new HashSet<string>());
}
