using System.Collections.Concurrent;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>Each sample file read and parsed once per test run, shared by the tests that need it.</summary>
public static class SampleRecords
{
    private static readonly ConcurrentDictionary<string, Lazy<ReportRecord>> Cache = new(StringComparer.Ordinal);

    public static ReportRecord Of(string fileName) =>
        Cache.GetOrAdd(fileName, f => new Lazy<ReportRecord>(() => ReportParser.Default.Parse(DocumentLoader.Default.Load(Corpus.PathOf(f))))).Value;

    /// <summary>The four sample files with the golden file each must match.</summary>
    public static TheoryData<string, string> FilesWithGolden => new()
    {
        { Corpus.Report2005Docx, "report-2005" },
        { Corpus.Report2005Pdf, "report-2005" },
        { Corpus.Report2010Docx, "report-2010" },
        { Corpus.Report2010Pdf, "report-2010" },
    };
}
