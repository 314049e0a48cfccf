namespace Kommunkompassen.Ingest.Search.Indexing;

/// <summary>Field names of the Lucene index, shared by the writer and the searcher.</summary>
public static class IndexFields
{
    public const string ReportId = "reportId";
    public const string Municipality = "municipality";
    public const string Code = "code";
    public const string Year = "year";
    public const string Framework = "framework";
    public const string Area = "area";
    public const string Question = "question";
    public const string Kind = "kind";
    public const string Score = "score";
    public const string Max = "max";
    public const string Text = "text";
    public const string Page = "page";

    /// <summary>The text's words as written, lower case (for suggestions when a search finds nothing).</summary>
    public const string Words = "words";

    /// <summary>The doc-values twin of a facet field.</summary>
    public static string Facet(string field) => field + "_facet";
}
