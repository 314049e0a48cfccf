using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

/// <summary>
/// The LibreOffice rendering of a DOCX with two-column narrative, landscape score tables and a
/// findings box long enough to cross a page break (rendered once, see <see cref="StyledSamples"/>).
/// </summary>
public sealed class LibreOfficePdfTests
{
    private static StyledReport Report => StyledSamples.LibreOfficeReport;

    private static IReadOnlyList<StyledPdfPage> Pages => PagesOnce.Value;

    private static readonly Lazy<IReadOnlyList<StyledPdfPage>> PagesOnce = new(() => StyledPdfPage.Read(Report.Pdf));

    [SkippableFact]
    public void Render_Docx_ProducerIsLibreOffice()
    {
        Assert.StartsWith("LibreOffice", Report.Producer, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(Report.Pdf, 0, 5), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Render_LandscapeSections_ScoreTablesOnLandscapePages_TextPagesPortrait()
    {
        var landscape = Pages.Where(p => p.Landscape).ToList();

        Assert.Equal(8, landscape.Count);
        NonEmpty.All(landscape, p => Assert.Contains("Delfråga", p.Words));
        Assert.False(Pages[0].Landscape);
        Assert.True(Pages.Count(p => !p.Landscape) > 8);
        StyledPdfPage.AssertScoresPrinted(Report.Expected, landscape);
    }

    [SkippableFact]
    public void Render_AreaSummary_EveryAreaScoreAndTheTotalPrinted()
    {
        var summary = Pages.First(p => p.Text.Contains("Poäng per område", StringComparison.Ordinal));

        NonEmpty.All(Report.Expected.AreaScores.Values, s => Assert.Contains(StyleWordsPoints(s), summary.Words));
        Assert.Contains(StyleWordsPoints(Report.Expected.Total), summary.Words);
    }

    [SkippableFact]
    public void Render_LongFindingsBox_ContinuesOverAPageBreak()
    {
        var (area, strengths) = Report.Expected.Strengths.Single(kv => kv.Value.Count == 8 && kv.Value.All(s => s.Length > 120));
        var improvements = Report.Expected.Improvements[area];

        var (first, _) = StyledPdfPage.PagesOf(Pages, strengths[0]);
        var (_, last) = StyledPdfPage.PagesOf(Pages, improvements[^1]);

        Assert.True(last > first, $"the box of area {area} runs from page {first} to page {last}");
        Assert.Contains(Pages, p => p.Number == first && p.Text.Contains($"Sammanfattning område {area}", StringComparison.Ordinal));
    }

    private static string StyleWordsPoints(double value) => StyleWords.Points(value);
}
