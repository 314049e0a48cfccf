using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.Tests.Generator.Styles;

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
        var folder = Path.Combine(Path.GetTempPath(), "kk-styled-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            StyledReportGenerator.WriteFiles(report, folder);

            Assert.Equal(
                ["chromium-2010.docx", "chromium-2010.expected.json", "chromium-2010.html", "chromium-2010.pdf"],
                Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(draft.Docx, File.ReadAllBytes(Path.Combine(folder, "chromium-2010.docx")));
            Assert.Equal("Skia/PDF", StyledManifest.FromJson(File.ReadAllText(Path.Combine(folder, "chromium-2010.expected.json"))).Producer);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
