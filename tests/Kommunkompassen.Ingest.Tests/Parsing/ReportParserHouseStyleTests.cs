using System.Collections.Concurrent;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.Tests.Parsing;

/// <summary>
/// Issue 11: every house-style preset of the generator (each layout the issue lists, and the
/// title-page forms), both framework versions, written as DOCX and printed to PDF by LibreOffice
/// or Chromium as the style says, read back by <see cref="ReportParser"/> and compared field by
/// field with the values put in (<see cref="FieldCheck"/>). The reports are drawn with the seed
/// the `styles` command uses by default, so these files are the ones the README's figures count.
/// </summary>
public sealed class ReportParserHouseStyleTests
{
    private const int Seed = 2026;

    private static readonly ConcurrentDictionary<string, Lazy<StyledReport>> Pdfs = new(StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyDictionary<string, StyledReportSpec>> Specs =
        new(() => StyledReportSpec.All(Seed, 0).ToDictionary(s => s.Name, StringComparer.Ordinal));

    /// <summary>Every preset with both frameworks, by the spec's name ("text-box-middle-2010").</summary>
    public static TheoryData<string> Reports
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in StyledReportSpec.All(Seed, 0).Select(s => s.Name))
            {
                data.Add(name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Parse_HouseStyleDocx_ReadsEveryFieldExactly(string report)
    {
        var draft = StyledReportGenerator.Default.Draft(Specs.Value[report]);

        var record = Parse(draft.Docx, report + ".docx");

        var failures = FieldCheck.Default.Compare(draft.Expected, record).Failures.ToList();
        Assert.True(failures.Count == 0, Describe(failures));
    }

    /// <summary>Who, when and the scores: the fields a batch files a report by and compares it on.</summary>
    [SkippableTheory]
    [MemberData(nameof(Reports))]
    public void Parse_HouseStylePdf_ReadsIdentityEvaluatorsAndAreaScoresExactly(string report)
    {
        var styled = Pdf(report);

        var record = Parse(styled.Pdf, report + ".pdf");

        var failures = FieldCheck.Default.Compare(styled.Expected, record).Failures
            .Where(f => f.Field is "municipality.name" or "municipality.code" or "year" or "framework" or "dates" or "total" or "evaluators.count"
                || f.Field.StartsWith("evaluator[", StringComparison.Ordinal) || f.Field.StartsWith("area[", StringComparison.Ordinal))
            .ToList();
        Assert.True(failures.Count == 0, Describe(failures));
    }

    /// <summary>Whatever the PDF reading misses, the record says so: no value is lost without a warning.</summary>
    [SkippableTheory]
    [MemberData(nameof(Reports))]
    public void Parse_HouseStylePdf_EveryFieldNotReadHasAWarning(string report)
    {
        var styled = Pdf(report);

        var record = Parse(styled.Pdf, report + ".pdf");

        var unwarned = FieldCheck.Default.Compare(styled.Expected, record).Failures
            .Where(f => UnreadCover.IsUnread(f, record) && !UnreadCover.IsWarned(f, record))
            .ToList();
        Assert.True(unwarned.Count == 0, Describe(unwarned) + "\nwarnings: " + string.Join("; ", record.Warnings.Select(w => w.Code)));
    }

    private static ReportRecord Parse(byte[] bytes, string fileName) =>
        ReportParser.Default.Parse(DocumentLoader.Default.Load(bytes, fileName));

    /// <summary>
    /// The preset's PDF, printed once per test run by LibreOffice or Chromium as its style says
    /// (.ci/run installs both); the test is skipped, with the reason, where that one is missing.
    /// </summary>
    private static StyledReport Pdf(string report)
    {
        RequiredTools.ToPrint(Specs.Value[report].Style.Producer);
        return Pdfs.GetOrAdd(report, name => new Lazy<StyledReport>(() => StyledReportGenerator.Default.Render(StyledReportGenerator.Default.Draft(Specs.Value[name])))).Value;
    }

    private static string Describe(IReadOnlyList<FieldResult> failures) =>
        string.Join('\n', failures.Take(15).Select(f => $"{f.Field}: expected {f.Expected} | actual {f.Actual}"));
}
