using System.Collections.Concurrent;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

/// <summary>
/// Drafts and PDFs of styled reports shared by the Styles tests, each made once per test run.
/// The PDFs (external programs, seconds each) are few: one LibreOffice and one Chromium
/// rendering of a style with two-column narrative, landscape score tables and a findings box
/// long enough to cross a page break, each rendered on its first use; a test that asks for one
/// is skipped, with the reason, where its program is not installed (<see cref="RequiredTools"/>).
/// </summary>
internal static class StyledSamples
{
    public const int Seed = 4711;

    private static readonly ConcurrentDictionary<(string, string), Lazy<StyledDraft>> Drafts = new();

    private static readonly Lazy<StyledReport> LibreOfficePrint = new(() => StyledReportGenerator.Default.Render(Draft(PdfStyle(PdfProducer.LibreOffice), "2010")));

    private static readonly Lazy<StyledReport> ChromiumPrint = new(() => StyledReportGenerator.Default.Render(Draft(PdfStyle(PdfProducer.Chromium), "2002")));

    public static IEnumerable<string> Frameworks { get; } = ["2002", "2010"];

    /// <summary>The versions after 2010: the 2016 and 2020 revisions and the made-up version.</summary>
    public static IEnumerable<string> LaterFrameworks { get; } = ["2016", "2020", PrintedFrameworks.MadeUpId];

    /// <summary>Five random styles (their seeds) in each later version, one for each reference-mean form (so each appears in a 2020 report).</summary>
    public static TheoryData<int, string> LaterVersionCases
    {
        get
        {
            var data = new TheoryData<int, string>();
            foreach (var framework in LaterFrameworks)
            {
                foreach (var style in new[] { 1, 2, 3, 4, 14 })
                {
                    data.Add(style, framework);
                }
            }

            return data;
        }
    }

    /// <summary>Every preset with both frameworks, as test cases.</summary>
    public static TheoryData<string, string> PresetCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var style in HouseStyle.Presets)
            {
                foreach (var framework in Frameworks)
                {
                    data.Add(style.Name, framework);
                }
            }

            return data;
        }
    }

    /// <summary>Every preset once, the frameworks taking turns (for the slower checks).</summary>
    public static TheoryData<string, string> PresetOnceCases
    {
        get
        {
            var data = new TheoryData<string, string>();
            var frameworks = Frameworks.ToList();
            for (var i = 0; i < HouseStyle.Presets.Count; i++)
            {
                data.Add(HouseStyle.Presets[i].Name, frameworks[i % frameworks.Count]);
            }

            return data;
        }
    }

    /// <summary>The layouts the PDF tests need in one style.</summary>
    public static HouseStyle PdfStyle(PdfProducer producer) => HouseStyle.Plain with
    {
        Name = "pdf-test-" + producer.ToString().ToLowerInvariant(),
        Producer = producer,
        TwoColumnNarrative = true,
        LandscapeScoreTables = true,
        Findings = FindingsPlacement.ShadedBox,
        LongFindingsBox = true,
        SoftHyphens = true,
        Footer = FooterForm.SidaXAvY,
        PrintDate = PrintDateForm.RunningHeader,
    };

    public static StyledDraft Draft(string preset, string framework) =>
        Drafts.GetOrAdd((preset, framework), key => new Lazy<StyledDraft>(() =>
            StyledReportGenerator.Default.Draft(new StyledReportSpec(key.Item1, HouseStyle.Preset(key.Item1) ?? throw new ArgumentException(key.Item1), key.Item2, Seed)))).Value;

    public static StyledDraft Draft(HouseStyle style, string framework) =>
        Drafts.GetOrAdd((style.Name, framework), key => new Lazy<StyledDraft>(() =>
            StyledReportGenerator.Default.Draft(new StyledReportSpec(key.Item1, style, key.Item2, Seed)))).Value;

    /// <summary>The PDF style's report printed by LibreOffice (skipped without it).</summary>
    public static StyledReport LibreOfficeReport
    {
        get
        {
            RequiredTools.LibreOffice();
            return LibreOfficePrint.Value;
        }
    }

    /// <summary>The PDF style's report printed by Chromium (skipped without it).</summary>
    public static StyledReport ChromiumReport
    {
        get
        {
            RequiredTools.Chromium();
            return ChromiumPrint.Value;
        }
    }
}
