using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.ReportGenerator.Styles;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

public sealed class StyledReportGeneratorTests
{
    [Fact]
    public void All_EveryPresetAndRandomStyle_BothFrameworks_UniqueNames()
    {
        var specs = StyledReportSpec.All(seed: 9, randomCount: 3);

        Assert.Equal((HouseStyle.Presets.Count + 3) * 2, specs.Count);
        Assert.Equal(specs.Count, specs.Select(s => s.Name).Distinct().Count());
        Assert.Equal(specs.Count, specs.Select(s => s.Seed).Distinct().Count());
        Assert.Contains(specs, s => s.Name == "random-11-2010" && s.Style == HouseStyle.Random(11));
    }

    /// <summary>Asking for more versions leaves the 2002 and 2010 reports of a set as they were (same names, styles and seeds, so the same files).</summary>
    [Fact]
    public void All_EveryVersion_ClassicSpecsAsInTheTwoVersionSet_NamesAndSeedsUnique()
    {
        var classic = StyledReportSpec.All(seed: 9, randomCount: 3);
        var every = StyledReportSpec.All(9, 3, PrintedFrameworks.Ids);

        Assert.Equal((HouseStyle.Presets.Count + 3) * 5, every.Count);
        Assert.Equal(classic, every.Where(s => s.FrameworkId is "2002" or "2010"));
        Assert.Equal(every.Count, every.Select(s => s.Name).Distinct().Count());
        Assert.Equal(every.Count, every.Select(s => s.Seed).Distinct().Count());
        Assert.Contains(every, s => s.Name == "random-10-x-2031" && s.FrameworkId == "x-2031" && s.Style == HouseStyle.Random(10));
    }

    [Fact]
    public void All_RandomOnly_NoPresets_SeedsAsWithThem()
    {
        var with = StyledReportSpec.All(9, 4, ["2020", "2010"]);
        var only = StyledReportSpec.All(9, 4, ["2020", "2010"], presets: false);

        Assert.Equal(8, only.Count);
        NonEmpty.All(only, s => Assert.StartsWith("random-", s.Name, StringComparison.Ordinal));
        Assert.Equal(with.Where(s => s.Name.StartsWith("random-", StringComparison.Ordinal)), only);
    }

    [Fact]
    public void All_UnknownVersion_Throws()
    {
        Assert.Throws<ArgumentException>(() => StyledReportSpec.All(9, 1, ["2016", "1999"]));
    }

    [Fact]
    public void Draft_SpecStatement_ReachesTheContent()
    {
        var spec = new StyledReportSpec("x", HouseStyle.Plain, "2020", 3);

        Assert.NotNull(StyledReportGenerator.Default.Draft(spec with { Statement = StatementChoice.Printed }).Content.Statement);
        Assert.Null(StyledReportGenerator.Default.Draft(spec with { Statement = StatementChoice.Absent }).Content.Statement);
    }

    [Fact]
    public void Draft_ChromiumStyle_HtmlBesideTheDocx_LibreOfficeStyleNone()
    {
        Assert.NotNull(StyledSamples.Draft("chromium", "2002").Html);
        Assert.Null(StyledSamples.Draft("plain", "2002").Html);
        Assert.Equal(0x50, StyledSamples.Draft("chromium", "2002").Docx[0]);
    }

    [Fact]
    public void Draft_RequestedMunicipalityAndYear_ReportIsAboutThem()
    {
        var spec = new StyledReportSpec("x", HouseStyle.Plain, "2002", 3) { Municipality = "Upplands Väsby", Year = 2004 };

        var expected = StyledReportGenerator.Default.Draft(spec).Expected;

        Assert.Equal(("Upplands Väsby", "0114", 2004, "2002"), (expected.MunicipalityName, expected.MunicipalityCode, expected.Year, expected.Framework));
    }

    /// <summary>
    /// The plain style is the layout the parser was first built on; its Word file reads back
    /// exactly. A failure here means the generator's expected values and the parser's baseline
    /// disagree, which every other style's figures would then inherit.
    /// </summary>
    [Theory]
    [InlineData("2002")]
    [InlineData("2010")]
    public void Draft_PlainStyle_DocxReadsBackEveryField(string framework)
    {
        var draft = StyledSamples.Draft("plain", framework);

        var record = ReportParser.Default.Parse(DocumentLoader.Default.Load(draft.Docx, "plain.docx"));
        var result = FieldCheck.Default.Compare(draft.Expected, record);

        Assert.Empty(result.Failures.Select(f => $"{f.Field}: {f.Expected} | {f.Actual}"));
        Assert.True(result.Checks > 300, $"{result.Checks} checks");
    }

    [Fact]
    public void Manifest_JsonRoundTrip_SameStyleAndExpectedValues()
    {
        var draft = StyledSamples.Draft("front-name-year-analys", "2010");
        var manifest = new StyledManifest("n", "2010", "LibreOffice 7.4", draft.Spec.Style, draft.Expected);

        var back = StyledManifest.FromJson(manifest.ToJson());

        Assert.Equal(draft.Spec.Style, back.Style);
        Assert.Empty(FieldCheck.Default.Compare(back.Expected, FieldCheckTests.RecordOf(draft.Expected)).Failures);
        Assert.Null(back.Expected.Evaluators[^1].Organisation);
        Assert.Contains("\"findings\": \"InlineAfterArea\"", manifest.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void WriteFiles_DocxPdfHtmlAndManifest()
    {
        var draft = StyledSamples.Draft("chromium", "2010");
        var report = new StyledReport("chromium-2010", draft.Docx, [0x25, 0x50, 0x44, 0x46], draft.Html, "Skia/PDF", draft.Spec.Style, draft.Expected);
        using var temp = new TempArchive("kk-styled-");
        StyledReportGenerator.WriteFiles(report, temp.Dir);

        Assert.Equal(
            ["chromium-2010.docx", "chromium-2010.expected.json", "chromium-2010.html", "chromium-2010.pdf"],
            Directory.GetFiles(temp.Dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(draft.Docx, File.ReadAllBytes(Path.Combine(temp.Dir, "chromium-2010.docx")));
        Assert.Equal("Skia/PDF", StyledManifest.FromJson(File.ReadAllText(Path.Combine(temp.Dir, "chromium-2010.expected.json"))).Producer);
    }
}
