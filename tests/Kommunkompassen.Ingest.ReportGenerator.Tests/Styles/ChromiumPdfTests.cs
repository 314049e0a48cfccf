using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

/// <summary>
/// Chromium's print of the HTML of a report with two-column narrative, landscape score tables,
/// soft hyphens, "Sida x av y" footers, a running header and a findings box long enough to cross
/// a page break (rendered once, see <see cref="StyledSamples"/>).
/// </summary>
public sealed class ChromiumPdfTests
{
    private static StyledReport Report => StyledSamples.ChromiumReport;

    private static IReadOnlyList<StyledPdfPage> Pages => PagesOnce.Value;

    private static readonly Lazy<IReadOnlyList<StyledPdfPage>> PagesOnce = new(() => StyledPdfPage.Read(Report.Pdf));

    [SkippableFact]
    public void Render_Html_ProducerIsSkia()
    {
        Assert.StartsWith("Skia/PDF", Report.Producer, StringComparison.Ordinal);
        Assert.NotNull(Report.Html);
    }

    /// <summary>Chromium draws list bullets as small filled shapes, not as a bullet character: one before each finding's first line.</summary>
    [SkippableFact]
    public void Render_Bullets_NoBulletGlyph_SmallFilledShapesBeforeTheItems()
    {
        var items = Report.Expected.Strengths.Values.Concat(Report.Expected.Improvements.Values).Sum(x => x.Count);
        var dots = Pages.SelectMany(p => p.FilledShapes
            .Where(r => r.Width is > 1 and < 6 && r.Height is > 1 and < 6 && Math.Abs(r.Width - r.Height) < 1)
            .Select(r => (Page: p, Dot: r))).ToList();

        Assert.DoesNotContain(Pages.SelectMany(p => p.Letters), l => l.Value is "•" or "◦" or "▪" or "\uF0B7");
        Assert.Equal(items, dots.Count);
        NonEmpty.All(dots, d => Assert.Contains(d.Page.Letters, l =>
            l.StartBaseLine.X > d.Dot.Right && l.StartBaseLine.X < d.Dot.Right + 20
            && l.StartBaseLine.Y < d.Dot.Bottom && l.StartBaseLine.Y > d.Dot.Bottom - 6));
    }

    /// <summary>Long compounds broken at a soft hyphen end their line with U+00AD or U+2010.</summary>
    [SkippableFact]
    public void Render_SoftHyphens_SomeLinesEndInAHyphenCharacter()
    {
        var lineEnds = 0;
        foreach (var page in Pages)
        {
            var letters = page.Letters;
            for (var i = 0; i + 1 < letters.Count; i++)
            {
                if (letters[i].Value is "\u00AD" or "\u2010" && letters[i + 1].StartBaseLine.Y < letters[i].StartBaseLine.Y - 5)
                {
                    lineEnds++;
                }
            }
        }

        Assert.True(lineEnds >= 5, $"{lineEnds} lines end in a soft hyphen");
    }

    [SkippableFact]
    public void Render_PageFurniture_SidaXAvYFooterAndRunningHeader_NotOnTheTitlePage()
    {
        var count = Pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var header = $"{TextBank.Association(Report.Expected.Year).FullName} {StyledSamples.Draft(StyledSamples.PdfStyle(PdfProducer.Chromium), "2002").Content.PrintDate:yyyy-MM-dd}";

        Assert.DoesNotContain("Sida", Pages[0].Words);
        Assert.Contains($"Sida 2 av {count}", Pages[1].Text, StringComparison.Ordinal);
        Assert.Contains($"Sida {count} av {count}", Pages[^1].Text, StringComparison.Ordinal);
        Assert.Contains(header, Pages[1].Text, StringComparison.Ordinal);
        Assert.Contains($"2 ({count})", Pages[1].Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Render_NamedLandscapePage_ScoreTablesLandscape()
    {
        var landscape = Pages.Where(p => p.Landscape).ToList();

        Assert.True(landscape.Count >= 8, $"{landscape.Count} landscape pages");
        Assert.False(Pages[0].Landscape);
        StyledPdfPage.AssertScoresPrinted(Report.Expected, landscape);
    }

    [SkippableFact]
    public void Render_LongFindingsBox_ContinuesOverAPageBreak()
    {
        var (area, strengths) = Report.Expected.Strengths.Single(kv => kv.Value.Count == 8 && kv.Value.All(s => s.Length > 120));

        var (first, _) = StyledPdfPage.PagesOf(Pages, strengths[0]);
        var (_, last) = StyledPdfPage.PagesOf(Pages, Report.Expected.Improvements[area][^1]);

        Assert.True(last > first, $"the box of area {area} runs from page {first} to page {last}");
    }
}
