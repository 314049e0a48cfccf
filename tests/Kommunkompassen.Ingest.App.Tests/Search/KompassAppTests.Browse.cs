using Kommunkompassen.Ingest.App;

namespace Kommunkompassen.Ingest.App.Tests;

/// <summary>What a web page asks of the application beyond kk's commands: pages of hits, the municipalities, facets, source files, tables of hits and profiles.</summary>
public sealed partial class KompassAppTests
{
    [Fact]
    public void Search_SkipTwo_TheHitsAfterTheFirstTwo()
    {
        var all = samples.App.Search(new SearchQuery("synpunktshantering", Top: 6));

        var page = samples.App.Search(new SearchQuery("synpunktshantering", Top: 2, Skip: 2));

        Assert.True(all.Hits.Count >= 4);
        Assert.Equal(all.Hits.Skip(2).Take(2).Select(h => (h.ReportId, h.Text)), page.Hits.Select(h => (h.ReportId, h.Text)));
        Assert.Equal(all.TotalHits, page.TotalHits);
    }

    [Theory]
    [InlineData(-1, 10, "hits 0 to 9 asked for: a search shows its first 1,000 at most")]
    [InlineData(995, 10, "hits 996 to 1,005 asked for: a search shows its first 1,000 at most")]
    public void Search_SkipOutOfBounds_RequestExceptionNamingTheHits(int skip, int top, string reason)
    {
        var ex = Assert.Throws<KompassRequestException>(() => samples.App.Search(new SearchQuery("styrning", Top: top, Skip: skip)));

        Assert.Equal(reason, ex.Message);
    }

    [Fact]
    public void Municipalities_TwoSamples_EachWithItsEvaluation()
    {
        var reports = samples.App.Reports();

        var municipalities = samples.App.Municipalities();

        Assert.Equal(reports.Select(r => r.Municipality.Code).Order(StringComparer.Ordinal), municipalities.Select(m => m.Municipality.Code).Order(StringComparer.Ordinal));
        NonEmpty.All(municipalities, m => Assert.Equal(
            reports.Where(r => r.Municipality.Code == m.Municipality.Code).Select(r => (r.Id, r.Year, r.Total.Score)),
            m.Evaluations.Select(e => (e.ReportId, e.Year, e.Total))));
    }

    [Fact]
    public void Facets_Archive_CountsOfEveryText()
    {
        var every = samples.App.Search(new SearchQuery("*"));

        var facets = samples.App.Facets();

        Assert.Equal(every.TotalHits, facets["kind"].Sum(f => f.Count));
        Assert.Equal(samples.App.Reports().Select(r => r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal), facets["year"].Select(f => f.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SourceFile_StoredDocx_ThePathItWasReadFromWithItsBytes()
    {
        var report = samples.App.Reports()[0];

        var source = samples.App.SourceFile(report.Id, "docx");

        Assert.NotNull(source);
        Assert.Equal(report.Sources.Single(s => s.Format == "docx").FileName, source.FileName);
        Assert.Equal(report.Sources.Single(s => s.Format == "docx").Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(source.Path))), ignoreCase: true);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    public void SourceFile_NoSuchReadingOrReport_Null(string format)
    {
        var report = samples.App.Reports()[0];

        Assert.Null(samples.App.SourceFile(format == "pdf" ? report.Id : "../../etc/passwd", format));
    }

    [Fact]
    public void SourceFile_UnknownFormat_RequestExceptionListingTheFormats()
    {
        var ex = Assert.Throws<KompassRequestException>(() => samples.App.SourceFile("0127-2005", "../x"));

        Assert.Equal("'../x' is not a format of a report (docx, pdf, doc)", ex.Message);
    }

    [Fact]
    public void ExportSearch_Csv_OneRowPerHitWithItsText()
    {
        var query = new SearchQuery("synpunktshantering", Top: 3, Skip: 1);
        var hits = samples.App.Search(query).Hits;
        using var output = new MemoryStream();

        samples.App.ExportSearch(query, ExportFormat.Csv, output);

        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,id,municipality,code,year,framework,area,question,score,max,kind,page,text", lines[0]);
        Assert.Equal(hits.Count + 1, lines.Length);
        Assert.StartsWith($"2,{hits[0].ReportId},{hits[0].Municipality},", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ExportProfile_Xlsx_AWorkbook()
    {
        var code = samples.App.Reports()[0].Municipality.Code;
        using var output = new MemoryStream();

        samples.App.ExportProfile(code, ExportFormat.Xlsx, output);

        Assert.Equal("PK"u8.ToArray(), output.ToArray()[..2]);
    }

    [Fact]
    public void ExportProfile_Json_RequestException()
    {
        var ex = Assert.Throws<KompassRequestException>(() => samples.App.ExportProfile(samples.App.Reports()[0].Municipality.Code, ExportFormat.Json, Stream.Null));

        Assert.Equal("a table is downloaded as csv or xlsx, not json", ex.Message);
    }
}
