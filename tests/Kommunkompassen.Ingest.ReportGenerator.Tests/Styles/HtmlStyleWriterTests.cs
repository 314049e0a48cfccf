using System.Net;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

public sealed class HtmlStyleWriterTests
{
    [Fact]
    public void Write_ChromiumStyle_PrintCssForPagesColumnsLandscapeBulletsAndFooter()
    {
        var html = HtmlStyleWriter.Default.Write(StyledSamples.Draft(StyledSamples.PdfStyle(PdfProducer.Chromium), "2002").Layout);

        Assert.Contains("columns: 2;", html, StringComparison.Ordinal);
        Assert.Contains("@page wide { size: A4 landscape; }", html, StringComparison.Ordinal);
        Assert.Contains(".wide { page: wide; }", html, StringComparison.Ordinal);
        Assert.Contains("list-style: disc;", html, StringComparison.Ordinal);
        Assert.Contains("@bottom-center { content: \"Sida \" counter(page) \" av \" counter(pages);", html, StringComparison.Ordinal);
        Assert.Contains("@top-right { content: counter(page) \" (\" counter(pages) \")\";", html, StringComparison.Ordinal);
        Assert.Contains("&shy;", html, StringComparison.Ordinal);
        Assert.Equal(8, Regex.Count(html, "<div class=\"section wide\">"));
        Assert.True(Regex.Count(html, "<div class=\"section cols\">") >= 8);
    }

    /// <summary>The page says everything the report holds, as the browser will read the markup (entities decoded, soft hyphens dropped).</summary>
    [Theory]
    [MemberData(nameof(StyledSamples.PresetCases), MemberType = typeof(StyledSamples))]
    public void Write_EveryPreset_EveryExpectedTextIsOnThePage(string preset, string framework)
    {
        var draft = StyledSamples.Draft(preset, framework);
        var html = HtmlStyleWriter.Default.Write(draft.Layout);
        var text = WebUtility.HtmlDecode(html).Replace("\u00AD", string.Empty, StringComparison.Ordinal);
        var items = Regex.Matches(text, "<li>(.*?)</li>").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var paragraphs = Regex.Matches(text, "<p>(.*?)</p>").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var e = draft.Expected;

        NonEmpty.All(e.Strengths.Values.Concat(e.Improvements.Values).SelectMany(x => x), f => Assert.Contains(f, items));
        NonEmpty.All(e.Passages, p => Assert.Contains(p.Text, paragraphs));
        NonEmpty.All(e.Questions, q => Assert.Contains(q.Text, text, StringComparison.Ordinal));
        NonEmpty.All(e.Evaluators, x => Assert.Contains(x.Name, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_TextInMarkup_Escaped()
    {
        var layout = new ReportLayout(HouseStyle.Plain, [new FrontLine("A & B <C>", LineKind.Title), new PageBreakBlock(), new ParagraphBlock("\"x\" < y", ParagraphRole.Body)], null, "T & T");

        var html = HtmlStyleWriter.Default.Write(layout);

        Assert.Contains("<p class=\"title\">A &amp; B &lt;C&gt;</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>&quot;x&quot; &lt; y</p>", html, StringComparison.Ordinal);
        Assert.Contains("<title>T &amp; T</title>", html, StringComparison.Ordinal);
    }
}
