using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.App;

namespace Kommunkompassen.Ingest.Web.Tests;

/// <summary>The JSON API and the page's files through WebApplicationFactory, on the web archive; answers compared with the application's own.</summary>
public sealed partial class KompassWebTests : IClassFixture<WebArchive>, IDisposable
{
    private const string Token = "0123456789abcdef-test";
    private readonly WebArchive archive;
    private readonly KompassWebFactory factory;
    private readonly HttpClient client;

    public KompassWebTests(WebArchive archive)
    {
        this.archive = archive;
        factory = new KompassWebFactory(archive.App, WebOptions.Loopback with { RequestsPerSecond = 10_000, Burst = 10_000 });
        client = factory.CreateClient();
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    private async Task<JsonElement> Json(string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task Search_Synpunktshantering_TheApplicationsHitsAndFacets()
    {
        var expected = archive.App.Search(new SearchQuery("synpunktshantering"));

        var page = await Json("/api/search?q=synpunktshantering");

        Assert.Equal(expected.TotalHits, page.GetProperty("totalHits").GetInt32());
        Assert.Equal(expected.Hits.Select(h => (h.ReportId, h.Snippet, h.Page)), page.GetProperty("hits").EnumerateArray().Select(h => (h.GetProperty("reportId").GetString()!, h.GetProperty("snippet").GetString()!, h.GetProperty("page").ValueKind == JsonValueKind.Null ? null : (int?)h.GetProperty("page").GetInt32())));
        Assert.Equal(expected.Facets["year"].Select(f => (f.Value, f.Count)), page.GetProperty("facets").GetProperty("year").EnumerateArray().Select(f => (f.GetProperty("value").GetString()!, f.GetProperty("count").GetInt32())));
        Assert.Contains(page.GetProperty("hits").EnumerateArray(), h => h.GetProperty("page").ValueKind == JsonValueKind.Number);
    }

    [Fact]
    public async Task Search_PageTwoOfTwo_TheThirdAndFourthHits()
    {
        var expected = archive.App.Search(new SearchQuery("synpunktshantering", Top: 4)).Hits.Skip(2).Select(h => h.Text).ToList();

        var page = await Json("/api/search?q=synpunktshantering&page=2&pageSize=2");

        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(expected, page.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Search_YearAndKindFilters_OnlyThoseHits()
    {
        var year = archive.App.Reports().Min(r => r.Year);

        var page = await Json($"/api/search?q=styrning&year={year}&kind=narrative&pageSize=100");

        NonEmpty.All(page.GetProperty("hits").EnumerateArray(), h =>
        {
            Assert.Equal(year, h.GetProperty("year").GetInt32());
            Assert.Equal("narrative", h.GetProperty("kind").GetString());
        });
        Assert.Equal([year.ToString(CultureInfo.InvariantCulture)], page.GetProperty("facets").GetProperty("year").EnumerateArray().Select(f => f.GetProperty("value").GetString()));
    }

    /// <summary>The hostile searches of the application's own table, as the API takes them (a page holds up to 100 hits, so the cases about the hit limit are the paging cases below).</summary>
    public static TheoryData<string, string, string> RefusedSearches()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in HostileQueries.Refused())
        {
            var (name, c, reason) = ((string)row[0], (QueryCase)row[1], (string)row[2]);
            if (c.Top != 10)
            {
                continue;
            }

            var year = c.YearFrom is null ? string.Empty : c.YearFrom == c.YearTo ? $"&year={c.YearFrom}" : $"&year={c.YearFrom}..{c.YearTo}";
            data.Add(name, $"q={Uri.EscapeDataString(c.Text)}{Param("area", c.Area)}{Param("question", c.Question)}{Param("framework", c.Framework)}{Param("kind", c.Kind)}{year}", reason);
        }

        data.Add("no q", "area=2", "q is missing: give a word to search for");
        data.Add("area not a number", "q=styrning&area=abc", "area needs a whole number, not 'abc'");
        data.Add("page 0", "q=styrning&page=0", "page needs a whole number from 1 to 2147483647, not 0");
        data.Add("page size 1,000", "q=styrning&pageSize=1000", "pageSize needs a whole number from 1 to 100, not 1000");
        data.Add("page beyond the hit limit", "q=styrning&page=101&pageSize=10", "hits 1,001 to 1,010 asked for: a search shows its first 1,000 at most");
        data.Add("year not a year", "q=styrning&year=2005-2010", "year needs YEAR, FROM..TO, FROM.. or ..TO, not '2005-2010'");
        data.Add("overlong municipality", $"q=styrning&municipality={new string('x', 500)}", "municipality is 500 characters long; it may have 100");
        data.Add("control character", "q=styrning&kind=narr%00ative", "kind holds a control character");
        data.Add("unknown municipality", "q=styrning&municipality=Atlantis", "'Atlantis' is not a Swedish municipality");
        return data;
    }

    private static string Param(string name, object? value) => value is null ? string.Empty : $"&{name}={Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!)}";

    [Theory]
    [MemberData(nameof(RefusedSearches))]
    public async Task Search_BadInput_400ProblemNamingTheReason(string name, string query, string reason)
    {
        _ = name;

        using var response = await client.GetAsync(new Uri("/api/search?" + query, UriKind.Relative));

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(reason, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Report_ScriptInItsText_EscapedInTheJsonAndReadBackAsText()
    {
        using var response = await client.GetAsync(new Uri($"/api/reports/{archive.ScriptReportId}", UriKind.Relative));
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(JsonDocument.Parse(raw).RootElement.GetProperty("passages").EnumerateArray(), p => p.GetProperty("text").GetString()!.Contains(WebArchive.Script, StringComparison.Ordinal));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Report_Known_TheApplicationsRecord()
    {
        var expected = archive.App.Reports()[0];

        var report = await Json($"/api/reports/{expected.Id}");

        Assert.Equal(expected.Municipality.Name, report.GetProperty("municipality").GetProperty("name").GetString());
        Assert.Equal(expected.Areas.Select(a => a.Score), report.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("score").ValueKind == JsonValueKind.Null ? null : (double?)a.GetProperty("score").GetDouble()));
        Assert.Equal(expected.Warnings.Count, report.GetProperty("warnings").GetArrayLength());
    }

    /// <summary>Requests that try to reach a file by their path: each a 400 or a 404, never a file.</summary>
    public static TheoryData<string, HttpStatusCode> PathTricks() => new()
    {
        { "/api/reports/..%2F..%2Farchive.db", HttpStatusCode.BadRequest },
        { "/api/reports/%2e%2e/files/pdf", HttpStatusCode.NotFound },
        { "/api/reports/..%5C..%5Cetc%5Cpasswd", HttpStatusCode.BadRequest },
        { "/api/reports/0127-2005/files/..%2F..%2Farchive.db", HttpStatusCode.BadRequest },
        { "/api/reports/0127-2005/files/txt", HttpStatusCode.BadRequest },
        { "/api/reports/9999-1999", HttpStatusCode.NotFound },
        { "/api/reports/9999-1999/files/pdf", HttpStatusCode.NotFound },
        { "/archive/archive.db", HttpStatusCode.NotFound },
        { "/../../etc/passwd", HttpStatusCode.NotFound },
        { "/wwwroot/index.html", HttpStatusCode.NotFound },
        { "/app.js/../../archive.db", HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(PathTricks))]
    public async Task Get_PathTrick_NoFile(string path, HttpStatusCode status)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.False(body.AsSpan().StartsWith("SQLite format"u8), "a database was served");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SourceFile_Pdf_TheStoredFileInline()
    {
        var report = archive.App.Reports().First(r => r.Sources.Any(s => s.Format == "pdf"));
        var pdf = report.Sources.Single(s => s.Format == "pdf");

        using var response = await client.GetAsync(new Uri($"/api/reports/{report.Id}/files/pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(File.ReadAllBytes(Corpus.PathOf(pdf.FileName)), await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Topics of several areas, so that the hits come from many pages of both reports.</summary>
    public static TheoryData<string> PageTopics() => new() { "synpunktshantering", "medborgardialog", "ledarskap", "budget", "kvalitet", "chefer", "delegering", "webbplats" };

    [Theory]
    [MemberData(nameof(PageTopics))]
    public async Task SourceFile_PdfAtAHitsPage_ThatPageHoldsTheHitsText(string topic)
    {
        var hits = archive.App.Search(new SearchQuery(topic, Top: 50)).Hits.Where(h => h.Page is not null).ToList();
        Assert.NotEmpty(hits);

        foreach (var report in hits.GroupBy(h => h.ReportId))
        {
            // The page's link is files/pdf#page=N: the file it opens, and its page N as PdfPig reads it.
            var bytes = await client.GetByteArrayAsync(new Uri($"/api/reports/{report.Key}/files/pdf", UriKind.Relative));
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
            foreach (var hit in report)
            {
                var page = Letters(pdf.GetPage(hit.Page!.Value).Text);
                var start = Letters(hit.Text);
                start = start[..Math.Min(start.Length, 60)];
                Assert.True(page.Contains(start, StringComparison.Ordinal), $"{hit.ReportId} page {hit.Page} does not hold the start of the hit \"{hit.Text[..Math.Min(hit.Text.Length, 80)]}\"");
            }
        }
    }

    /// <summary>Letters and digits only, lower case: a PDF's text loses spaces and gains hyphens at line ends.</summary>
    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    [Fact]
    public async Task Municipalities_Archive_EachWithItsEvaluations()
    {
        var expected = archive.App.Municipalities();

        var list = await Json("/api/municipalities");

        Assert.Equal(expected.Select(m => (m.Municipality.Code, m.Evaluations.Count)), list.EnumerateArray().Select(m => (m.GetProperty("municipality").GetProperty("code").GetString()!, m.GetProperty("evaluations").GetArrayLength())));
    }

    [Fact]
    public async Task Profile_Code_EvaluationsAndAreasOverTime()
    {
        var report = archive.App.Reports().First(r => r.Sources.Any(s => s.Format == "pdf"));
        var expected = archive.App.Profile(report.Municipality.Code).Profile;

        var profile = await Json($"/api/municipalities/{report.Municipality.Code}");

        Assert.Equal(report.Municipality.Name, profile.GetProperty("municipality").GetProperty("name").GetString());
        Assert.Equal(expected.Evaluations.Select(e => e.Id), profile.GetProperty("evaluations").EnumerateArray().Select(e => e.GetProperty("reportId").GetString()));
        Assert.Equal(expected.AreasOverTime.Select(l => l.Key), profile.GetProperty("areasOverTime").EnumerateArray().Select(l => l.GetProperty("key").GetString()));
        Assert.Equal(expected.Evaluations[0].Areas.Select(a => a.Strengths.Count), profile.GetProperty("evaluations")[0].GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("strengths").GetArrayLength()));
    }

    [Theory]
    [InlineData("9999", "'9999' is not a Swedish municipality")]
    [InlineData("Atlantis", "'Atlantis' is not a Swedish municipality")]
    public async Task Profile_Unknown_404NamingIt(string code, string reason)
    {
        using var response = await client.GetAsync(new Uri($"/api/municipalities/{code}", UriKind.Relative));

        Assert.Equal(reason, (await Problem(response, HttpStatusCode.NotFound)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Examples_Topic_TheApplicationsExamples()
    {
        var expected = archive.App.Examples(new ExamplesQuery("synpunktshantering"));

        var examples = await Json("/api/examples?q=synpunktshantering");

        Assert.Equal(expected.Examples.Select(e => e.Municipality.Code), examples.GetProperty("examples").EnumerateArray().Select(e => e.GetProperty("municipality").GetProperty("code").GetString()));
        Assert.Equal(expected.Examples.Select(e => e.Evidence.Count), examples.GetProperty("examples").EnumerateArray().Select(e => e.GetProperty("evidence").GetArrayLength()));
    }

    [Fact]
    public async Task Facets_Archive_TheApplicationsCounts()
    {
        var expected = archive.App.Facets();

        var facets = await Json("/api/facets");

        Assert.Equal(expected["municipality"].Select(f => (f.Value, f.Count)), facets.GetProperty("municipality").EnumerateArray().Select(f => (f.GetProperty("value").GetString()!, f.GetProperty("count").GetInt32())));
    }

    [Fact]
    public async Task SearchExport_Csv_TheHitsOfThePage()
    {
        var hits = archive.App.Search(new SearchQuery("synpunktshantering", Top: 5)).Hits;

        using var response = await client.GetAsync(new Uri("/api/search/export?format=csv&q=synpunktshantering&pageSize=5", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("sokresultat.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(hits.Count + 1, lines.Length);
        Assert.StartsWith($"1,{hits[0].ReportId},", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProfileExport_Xlsx_AWorkbookNamedAfterTheMunicipality()
    {
        var report = archive.App.Reports()[0];

        using var response = await client.GetAsync(new Uri($"/api/municipalities/{report.Municipality.Code}/export?format=xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"kommun-{report.Municipality.Code}.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith("PK"u8));
    }

    [Theory]
    [InlineData("POST", "/api/search?q=styrning")]
    [InlineData("DELETE", "/api/reports/0127-2005")]
    [InlineData("PUT", "/api/municipalities/0127")]
    public async Task Write_AnyApiPath_405ReadOnly(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await client.SendAsync(request);

        Assert.Equal("the API is read-only: only GET", (await Problem(response, HttpStatusCode.MethodNotAllowed)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Page_Index_SwedishWithItsOwnScriptOnlyAndAStrictPolicy()
    {
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Equal(["app.js"], ScriptTags().Matches(html).Select(m => m.Groups["src"].Value));
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", html);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script(?:\\s+src=\"(?<src>[^\"]*)\")?[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTags();

    [Fact]
    public async Task OpenApi_Document_EveryApiEndpoint()
    {
        var document = await Json("/api/openapi.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(
            ["/api/search", "/api/search/export", "/api/examples", "/api/municipalities", "/api/municipalities/{code}", "/api/municipalities/{code}/export", "/api/reports/{id}", "/api/reports/{id}/files/{format}", "/api/facets"],
            paths);
    }

    [Fact]
    public async Task Token_Set_ApiRefusedWithoutItPageServed()
    {
        using var secured = new KompassWebFactory(archive.App, new WebOptions(["http://0.0.0.0:5080"], Token));
        using var anonymous = secured.CreateClient();

        using var api = await anonymous.GetAsync(new Uri("/api/facets", UriKind.Relative));
        using var page = await anonymous.GetAsync(new Uri("/", UriKind.Relative));

        Assert.StartsWith("this archive needs an access token", (await Problem(api, HttpStatusCode.Unauthorized)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer", api.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Theory]
    [InlineData("Authorization", "Bearer " + Token, HttpStatusCode.OK)]
    [InlineData("Cookie", WebDefaults.TokenCookie + "=" + Token, HttpStatusCode.OK)]
    [InlineData("Authorization", "Bearer " + Token + "x", HttpStatusCode.Unauthorized)]
    [InlineData("Authorization", "Basic " + Token, HttpStatusCode.Unauthorized)]
    [InlineData("Cookie", WebDefaults.TokenCookie + "=wrong", HttpStatusCode.Unauthorized)]
    public async Task Token_Given_OnlyTheRightOnePasses(string header, string value, HttpStatusCode status)
    {
        using var secured = new KompassWebFactory(archive.App, new WebOptions(["http://0.0.0.0:5080"], Token));
        using var withToken = secured.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/facets", UriKind.Relative));
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await withToken.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task RateLimit_BurstSpent_429Problem()
    {
        using var limited = new KompassWebFactory(archive.App, WebOptions.Loopback with { RequestsPerSecond = 1, Burst = 3 });
        using var limitedClient = limited.CreateClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 5; i++)
        {
            using var r = await limitedClient.GetAsync(new Uri("/api/municipalities", UriKind.Relative));
            statuses.Add(r.StatusCode);
            if (r.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("more than 1 requests a second from this address; wait a moment and try again", (await Problem(r, HttpStatusCode.TooManyRequests)).GetProperty("detail").GetString());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses.Take(3));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses.Skip(3));
    }

    [Fact]
    public async Task Search_ArchiveMissing_503NamingIt()
    {
        var missing = Path.Combine(archive.Dir, "none");
        using var empty = new KompassWebFactory(new KompassAppBuilder().UseArchive(missing).Build(), WebOptions.Loopback);
        using var emptyClient = empty.CreateClient();

        using var response = await emptyClient.GetAsync(new Uri("/api/search?q=styrning", UriKind.Relative));

        Assert.StartsWith($"no archive at {missing}", (await Problem(response, HttpStatusCode.ServiceUnavailable)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
