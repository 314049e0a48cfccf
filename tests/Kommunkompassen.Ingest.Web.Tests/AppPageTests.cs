using System.Globalization;
using Kommunkompassen.Ingest.App;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace Kommunkompassen.Ingest.Web.Tests;

/// <summary>
/// The page (wwwroot/app.js) end to end in headless Chromium against the app on a loopback port:
/// search, filter, open a report, a profile's radar chart, a comparison, a download; what the
/// page shows is checked against what the application answers. A screenshot of each step is
/// saved in bin/…/screenshots.
/// </summary>
public sealed class AppPageTests(PageSession session, ITestOutputHelper output) : IClassFixture<PageSession>
{
    private const string Topic = "synpunktshantering";

    private async Task<IPage> Open(string relative, ViewPortOptions? screen = null)
    {
        Skip.If(session.Browser is null, session.Missing);
        var page = await session.Browser!.NewPageAsync();
        if (screen is not null)
        {
            await page.SetViewportAsync(screen);
        }

        await page.GoToAsync(new Uri(session.BaseAddress, relative).ToString());
        await Ready(page);
        return page;
    }

    private static Task Ready(IPage page) => page.WaitForSelectorAsync("body[data-ready]", new WaitForSelectorOptions { Timeout = 30_000 });

    /// <summary>Clicks what leads to another page and waits for it to be drawn.</summary>
    private static async Task Follow(IPage page, string selector)
    {
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync(selector));
        await Ready(page);
    }

    private async Task Shot(IPage page, string name)
    {
        var path = Path.Combine(PageSession.Screenshots, name + ".png");
        await page.ScreenshotAsync(path, new ScreenshotOptions { FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    private static Task<T> Js<T>(IPage page, string expression) => page.EvaluateExpressionAsync<T>(expression);

    /// <summary>Types the topic into the page's box (#q), presses Enter and waits for the answer to be drawn.</summary>
    private static async Task TypeTopicAndEnter(IPage page)
    {
        await page.TypeAsync("#q", Topic);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.Keyboard.PressAsync("Enter"));
        await Ready(page);
    }

    [SkippableFact]
    public async Task Search_TypedAndSent_HighlightedHitsAndTheFacetCounts()
    {
        var expected = session.App.Search(new SearchQuery(Topic));
        await using var page = await Open("");

        await TypeTopicAndEnter(page);
        await Shot(page, "1-search");

        Assert.Equal($"?q={Topic}&ramverk=", new Uri(page.Url).Query);
        Assert.Equal(expected.Hits.Count, await Js<int>(page, "document.querySelectorAll('li.hit').length"));
        Assert.Equal(expected.Hits.Sum(h => h.Snippet.Count(c => c == '«')), await Js<int>(page, "document.querySelectorAll('li.hit mark').length"));
        Assert.Equal(expected.Facets["year"].Select(f => $"{f.Value} ({f.Count})"), await Js<string[]>(page, "[...document.querySelectorAll('fieldset[data-facet=year] a')].map(a => a.textContent)"));
        Assert.Equal(expected.Facets["municipality"].Select(f => $"{f.Value} ({f.Count})"), await Js<string[]>(page, "[...document.querySelectorAll('fieldset[data-facet=municipality] a')].map(a => a.textContent)"));
        Assert.Contains(expected.TotalHits.ToString(CultureInfo.InvariantCulture) + " träffar", await Js<string>(page, "document.getElementById('total').textContent"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Search_YearFacetClicked_OnlyThatYearsHitsAndTheFilterInTheUrl()
    {
        var year = session.App.Reports().Min(r => r.Year).ToString(CultureInfo.InvariantCulture);
        var expected = session.App.Search(new SearchQuery(Topic, YearFrom: int.Parse(year, CultureInfo.InvariantCulture), YearTo: int.Parse(year, CultureInfo.InvariantCulture)));
        await using var page = await Open($"?q={Topic}");

        await Follow(page, $"fieldset[data-facet=year] a[data-value='{year}']");
        await Shot(page, "2-search-year");

        Assert.Contains($"ar={year}", page.Url, StringComparison.Ordinal);
        var years = await Js<string[]>(page, "[...document.querySelectorAll('li.hit .meta a:first-child')].map(a => a.textContent)");
        Assert.Equal(expected.Hits.Select(h => $"{h.Municipality} {h.Year}"), years);
        Assert.All(years, y => Assert.EndsWith(year, y, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Hit_ReportOpened_ItsReportAndPdfLinksAtTheHitsPage()
    {
        var hit = session.App.Search(new SearchQuery(Topic)).Hits.First(h => h.Page is not null);
        await using var page = await Open($"?q={Topic}");

        var pdfLinks = await Js<string[]>(page, "[...document.querySelectorAll('li.hit a.pdf')].map(a => a.getAttribute('href'))");
        await Follow(page, "li.hit .meta a");
        await Shot(page, "3-report");

        Assert.Contains($"api/reports/{hit.ReportId}/files/pdf#page={hit.Page}", pdfLinks);
        var first = session.App.Search(new SearchQuery(Topic)).Hits[0];
        Assert.Equal($"{first.Municipality} {first.Year}", await Js<string>(page, "document.querySelector('h1').textContent"));
        Assert.Equal(session.App.Report(first.ReportId)!.Areas.Count, await Js<int>(page, "document.querySelectorAll('table')[0].tBodies[0].rows.length"));
        using var pdf = new HttpClient();
        var bytes = await pdf.GetByteArrayAsync(new Uri(session.BaseAddress, $"api/reports/{hit.ReportId}/files/pdf"));
        Assert.True(bytes.AsSpan().StartsWith("%PDF"u8));
    }

    [SkippableFact]
    public async Task Profile_Opened_RadarWithOnePolygonPerEvaluation()
    {
        var code = session.App.Reports().First(r => r.Sources.Any(s => s.Format == "pdf")).Municipality.Code;
        var profile = session.App.Profile(code).Profile;
        await using var page = await Open($"?vy=kommun&kod={code}");
        await Shot(page, "4-profile");

        Assert.Equal(profile.Evaluations.Count, await Js<int>(page, "document.querySelectorAll('svg.radar polygon.series').length"));
        Assert.Equal(profile.AreasOverTime.Count, await Js<int>(page, "document.querySelectorAll('svg.radar line.axis').length"));
        Assert.Equal(profile.Evaluations.Select(e => e.Id), await Js<string[]>(page, "[...document.querySelectorAll('table')[0].tBodies[0].rows].map(r => r.cells[3].textContent)"));
    }

    [SkippableFact]
    public async Task Compare_TwoChosen_OnePolygonEachAndATableColumnEach()
    {
        var codes = session.App.Municipalities().Where(m => m.Evaluations.Count > 0).Take(2).Select(m => m.Municipality.Code).ToList();
        await using var page = await Open("?vy=jamfor");

        foreach (var code in codes)
        {
            await page.ClickAsync($"#kod-{code}");
        }

        await Follow(page, "form button[type=submit]");
        await Shot(page, "5-compare");

        Assert.Equal(2, codes.Count);
        Assert.Equal(2, await Js<int>(page, "document.querySelectorAll('svg.radar polygon.series').length"));
        Assert.Equal(3, await Js<int>(page, "document.querySelector('table thead tr').cells.length"));
        Assert.Equal(codes.Select(c => $"kod={c}"), new Uri(page.Url).Query.TrimStart('?').Split('&').Where(p => p.StartsWith("kod=", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task Download_SearchCsv_TheHitsOnThePage()
    {
        var hits = session.App.Search(new SearchQuery(Topic)).Hits;
        await using var page = await Open($"?q={Topic}");

        var csv = await Js<string>(page, "fetch(document.querySelector('.downloads a').href).then(r => r.text())");
        await Shot(page, "6-download");

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rank,id,municipality,code,year,framework,area,question,score,max,kind,page,text", lines[0]);
        Assert.Equal(hits.Count + 1, lines.Length);
        Assert.Equal(hits.Select(h => h.ReportId), lines.Skip(1).Select(l => l.Split(',')[1]));
    }

    [SkippableFact]
    public async Task Report_ScriptInItsText_ShownAsTextAndNeverRun()
    {
        await using var page = await Open($"?vy=rapport&id={session.Archive.ScriptReportId}");
        await Shot(page, "7-report-script");

        Assert.Equal("undefined", await Js<string>(page, "typeof window.kkHacked"));
        Assert.Contains(WebArchive.Script, await Js<string>(page, "document.querySelector('ol.passages').textContent"), StringComparison.Ordinal);
        Assert.Equal(0, await Js<int>(page, "document.querySelectorAll('main script, main img').length"));
    }

    /// <summary>
    /// A phone (390 × 844 CSS pixels) and a 1280 × 900 window at 200 % zoom (which lays the page
    /// out in 640 × 450 CSS pixels at twice the pixel density).
    /// </summary>
    public static TheoryData<string, int, int, double, bool> SmallScreens() => new()
    {
        { "phone", 390, 844, 3, true },
        { "zoom-200", 640, 450, 2, false },
    };

    [SkippableTheory]
    [MemberData(nameof(SmallScreens))]
    public async Task EveryView_OnASmallScreen_NoSidewaysScrollingAndEveryControlOnScreen(string screen, int width, int height, double scale, bool phone)
    {
        var codes = session.App.Municipalities().Where(m => m.Evaluations.Count > 0).Take(2).Select(m => m.Municipality.Code).ToList();
        var report = session.App.Search(new SearchQuery(Topic)).Hits[0].ReportId;
        var views = new (string Name, string Url)[]
        {
            ("search", $"?q={Topic}"),
            ("examples", $"?vy=exempel&q={Topic}"),
            ("municipalities", "?vy=kommuner"),
            ("profile", $"?vy=kommun&kod={codes[0]}"),
            ("compare", $"?vy=jamfor&kod={codes[0]}&kod={codes[1]}"),
            ("report", $"?vy=rapport&id={report}"),
        };
        var viewport = new ViewPortOptions { Width = width, Height = height, DeviceScaleFactor = scale, IsMobile = phone, HasTouch = phone };

        foreach (var (name, url) in views)
        {
            await using var page = await Open(url, viewport);
            await Shot(page, $"9-{screen}-{name}");

            // Reflow (WCAG 1.4.10): the page never scrolls sideways; only a wide table may, inside its own box.
            Assert.True(await Js<int>(page, "document.documentElement.scrollWidth") <= width, $"{name} on a {screen} screen is {await Js<int>(page, "document.documentElement.scrollWidth")} CSS pixels wide, wider than {width}");
            var outside = await Js<string[]>(page, """
                [...document.querySelectorAll('a, button, input, select, textarea, label, svg')]
                  .filter(e => !e.closest('.table-wrap, .skip, .visually-hidden') && e.getClientRects().length > 0)
                  .filter(e => { const r = e.getBoundingClientRect(); return r.left < -1 || r.right > window.innerWidth + 1; })
                  .map(e => e.outerHTML.slice(0, 100))
                """);
            Assert.True(outside.Length == 0, $"{name} on a {screen} screen: {string.Join(" | ", outside)}");
            Assert.True(await Js<double>(page, "parseFloat(getComputedStyle(document.querySelector('main')).fontSize)") >= 16);
            // The radar chart scales down with the screen: its labels must stay readable (at least 10 CSS pixels high).
            var label = await Js<double>(page, "Math.min(99, ...[...document.querySelectorAll('svg.radar text')].map(t => t.getBoundingClientRect().height))");
            Assert.True(label >= 10, $"{name} on a {screen} screen: a radar label is {label:0.0} CSS pixels high");
            if (name == "search")
            {
                // The filters start folded on a narrow screen: the first hit is within the first two screens.
                Assert.Equal(width < 768, !await Js<bool>(page, "document.querySelector('.facets details').open"));
                Assert.True(await Js<double>(page, "document.querySelector('li.hit').getBoundingClientRect().top") < 2 * height, $"the first hit is more than two screens down on a {screen} screen");
                if (width < 768)
                {
                    // Unfolded by a tap, the year filters are there and on screen.
                    await page.ClickAsync(".facets summary");
                    Assert.True(await Js<bool>(page, "document.querySelector('.facets details').open"));
                    Assert.True(await Js<bool>(page, "document.querySelectorAll('fieldset[data-facet=year] a').length > 0 && [...document.querySelectorAll('fieldset[data-facet=year] a')].every(a => a.getClientRects().length > 0 && a.getBoundingClientRect().right <= window.innerWidth)"));
                }
            }
        }
    }

    [SkippableFact]
    public async Task Examples_TopicTyped_EachMunicipalityWithItsEvidenceAndWhyItRanks()
    {
        var expected = session.App.Examples(new ExamplesQuery(Topic));
        await using var page = await Open("?vy=exempel");

        await TypeTopicAndEnter(page);
        await Shot(page, "8-examples");

        Assert.NotEmpty(expected.Examples);
        Assert.Equal(expected.Examples.Select(e => e.Municipality.Name), await Js<string[]>(page, "[...document.querySelectorAll('ol.examples > li > h2')].map(h => h.textContent)"));
        Assert.Equal(expected.Examples.Select(e => e.Evidence.Count), await Js<int[]>(page, "[...document.querySelectorAll('ol.examples > li')].map(li => li.querySelectorAll('ul.evidence > li').length)"));
        Assert.All(await Js<string[]>(page, "[...document.querySelectorAll('ol.examples > li > p.meta')].map(p => p.textContent)"), why => Assert.StartsWith("Rang ", why, StringComparison.Ordinal));
        var quoted = await Js<string[]>(page, "[...document.querySelectorAll('ul.evidence q')].map(q => q.textContent)");
        Assert.Equal(expected.Examples.SelectMany(e => e.Evidence).Select(e => e.Text), quoted);
    }

    [SkippableFact]
    public async Task Token_AskedForByThePage_SearchAnswersOnceItIsGiven()
    {
        Skip.If(session.Browser is null, session.Missing);
        const string token = "page-test-token-0123456789";
        var expected = session.App.Search(new SearchQuery(Topic));
        await using var web = KompassWeb.Build(session.App, new WebOptions(["http://127.0.0.1:0"], token));
        await web.StartAsync();
        await using var context = await session.Browser!.CreateBrowserContextAsync();
        await using var page = await context.NewPageAsync();
        await page.GoToAsync(new Uri(new Uri(web.Urls.Single() + "/"), $"?q={Topic}").ToString());
        await Ready(page);
        await Shot(page, "10-token-asked");

        Assert.Equal(1, await Js<int>(page, "document.querySelectorAll('input#token[type=password]').length"));
        Assert.Equal(0, await Js<int>(page, "document.querySelectorAll('li.hit').length"));

        await page.TypeAsync("#token", token);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("section form button[type=submit]"));
        await Ready(page);
        await Shot(page, "10-token-given");

        Assert.Equal(expected.Hits.Count, await Js<int>(page, "document.querySelectorAll('li.hit').length"));
        Assert.Equal(0, await Js<int>(page, "document.querySelectorAll('input#token').length"));
    }

    [SkippableFact]
    public async Task Keyboard_Only_SkipLinkSearchAndAHitsReportWithVisibleFocus()
    {
        var first = session.App.Search(new SearchQuery(Topic)).Hits[0];
        await using var page = await Open("");
        async Task<string> Focused() => await Js<string>(page, "(e => e.id || e.className || e.tagName)(document.activeElement)");
        async Task<bool> Outlined() => await Js<bool>(page, "getComputedStyle(document.activeElement).outlineStyle !== 'none' && parseFloat(getComputedStyle(document.activeElement).outlineWidth) >= 2");

        // The first Tab reaches the skip link, shown on screen; Enter moves the focus to the content.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip", await Focused());
        Assert.True(await Js<double>(page, "document.activeElement.getBoundingClientRect().left") >= 0);
        Assert.True(await Outlined());
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await Focused());

        // The next Tab is the search box; typing and Enter search.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("q", await Focused());
        Assert.True(await Outlined());
        await page.Keyboard.TypeAsync(Topic);
        await Task.WhenAll(page.WaitForNavigationAsync(), page.Keyboard.PressAsync("Enter"));
        await Ready(page);

        // Tab on to the first hit's report link (past the form, the facets and the downloads) and open it.
        var tabs = 0;
        while (!await Js<bool>(page, "document.activeElement === document.querySelector('li.hit .meta a')"))
        {
            Assert.True(++tabs < 80, "80 Tabs did not reach the first hit's report link");
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await Outlined());
        await Shot(page, "11-keyboard-focus");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.Keyboard.PressAsync("Enter"));
        await Ready(page);
        Assert.Equal($"{first.Municipality} {first.Year}", await Js<string>(page, "document.querySelector('h1').textContent"));
    }
}
