using System.Globalization;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
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
        : this(archiveRoot, SwedishSearchAnalyzer.Index)
    {
    }

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

    /// <summary>Adds or replaces the documents of these records.</summary>
    public void Replace(IEnumerable<ReportRecord> records) => Write(records, clear: false);

    /// <summary>Drops everything and indexes these records.</summary>
    public void Rebuild(IEnumerable<ReportRecord> records) => Write(records, clear: true);

    internal FSDirectory Open()
    {
        Directory.CreateDirectory(Path);
        return new SimpleFSDirectory(new DirectoryInfo(Path));
    }

    private void Write(IEnumerable<ReportRecord> records, bool clear)
    {
        using var dir = Open();
        // Only the text field is analysed; the others are indexed as given (StringField).
        var analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer> { [IndexFields.Text] = textAnalyzer });
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND };
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

        writer.Commit();
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
