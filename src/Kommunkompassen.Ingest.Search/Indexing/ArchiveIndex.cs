using System.Globalization;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = System.IO.Directory;

namespace Kommunkompassen.Ingest.Search.Indexing;

/// <summary>
/// The Lucene index in the archive folder (index/, a SimpleFSDirectory): one document per
/// passage and per finding. Writing a report replaces all its documents, so re-ingesting
/// never duplicates.
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
    /// or null when there is no index or it does not say.
    /// </summary>
    public long? ContentVersion
    {
        get
        {
            if (!Exists)
            {
                return null;
            }

            using var dir = Open();
            using var reader = DirectoryReader.Open(dir);
            var data = reader.IndexCommit.UserData;
            if (!data.TryGetValue(AnalysisKey, out var analysis) || analysis != AnalysisId)
            {
                return null; // written with another analysis: as good as behind, and rebuilt
            }

            return data.TryGetValue(ContentVersionKey, out var v) && long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        }
    }

    private const string ContentVersionKey = "archive-content-version";
    private const string AnalysisKey = "analysis";

    /// <summary>Names the analysis the text field is written with; an index written with another one is rebuilt.</summary>
    private string AnalysisId => textAnalyzer is SwedishSearchAnalyzer ? SwedishSearchAnalyzer.Version : textAnalyzer.GetType().FullName!;

    /// <summary>
    /// Adds or replaces the documents of these records and drops those of reports not in
    /// <paramref name="keep"/> (when given); records the archive content version it reflects.
    /// </summary>
    public void Replace(IEnumerable<ReportRecord> records, IReadOnlySet<string>? keep = null, long? contentVersion = null) =>
        Write(records, clear: false, keep, contentVersion);

    /// <summary>Drops everything and indexes these records.</summary>
    public void Rebuild(IEnumerable<ReportRecord> records, long? contentVersion = null) => Write(records, clear: true, null, contentVersion);

    internal FSDirectory Open()
    {
        Directory.CreateDirectory(Path);
        return new SimpleFSDirectory(new DirectoryInfo(Path));
    }

    private void Write(IEnumerable<ReportRecord> records, bool clear, IReadOnlySet<string>? keep, long? contentVersion)
    {
        using var dir = Open();
        // The text field is analysed, and its words as written kept for suggestions; the others are indexed as given (StringField).
        var analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [IndexFields.Text] = textAnalyzer,
            [IndexFields.Words] = SurfaceWordsAnalyzer.Default,
        });
        // A larger buffer than the 16 MB default: fewer, larger segments when a whole archive is indexed.
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 64, Similarity = Similarity };
        using var writer = new IndexWriter(dir, config);
        if (clear)
        {
            writer.DeleteAll();
        }

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

        var commit = new Dictionary<string, string> { [AnalysisKey] = AnalysisId };
        if (contentVersion is { } v)
        {
            commit[ContentVersionKey] = v.ToString(CultureInfo.InvariantCulture);
        }

        writer.SetCommitData(commit);

        writer.Commit();
    }

    /// <summary>The report ids that have documents in the index.</summary>
    private static List<string> IndexedReports(IndexWriter writer)
    {
        using var reader = writer.GetReader(applyAllDeletes: true);
        var ids = new List<string>();
        var terms = MultiFields.GetTerms(reader, IndexFields.ReportId);
        if (terms is null)
        {
            return ids;
        }

        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            ids.Add(e.Term.Utf8ToString());
        }

        return ids;
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
