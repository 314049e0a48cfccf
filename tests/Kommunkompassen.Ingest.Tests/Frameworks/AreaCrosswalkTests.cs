using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Frameworks;

public sealed class AreaCrosswalkTests
{
    public static TheoryData<string> Versions => new() { "2002", "2010", "2016", "2020" };

    [Theory]
    [MemberData(nameof(Versions))]
    public void Of_EveryAreaOfEveryCataloguedVersion_InExactlyOneConcept(string version)
    {
        var framework = FrameworkCatalog.Default.Find(version)!;

        var keys = framework.Areas.Select(a => AreaCrosswalk.Default.KeyOf(version, a.Number)).ToList();

        Assert.DoesNotContain(null, keys);
        Assert.Equal(framework.Areas.Count, keys.Distinct().Count());
    }

    [Theory]
    [InlineData("2010", 2, "2020", 5)]
    [InlineData("2010", 8, "2020", 2)]
    [InlineData("2010", 4, "2020", 8)]
    [InlineData("2002", 6, "2016", 6)]
    [InlineData("2010", 7, "2020", 6)]
    public void KeyOf_AreasOfTheSameSubjectInTwoVersions_SameKey(string a, int areaA, string b, int areaB)
    {
        Assert.Equal(AreaCrosswalk.Default.KeyOf(a, areaA), AreaCrosswalk.Default.KeyOf(b, areaB));
    }

    [Fact]
    public void KeyOf_SameNumberInTwoVersions_DifferentSubjects()
    {
        Assert.NotEqual(AreaCrosswalk.Default.KeyOf("2010", 2), AreaCrosswalk.Default.KeyOf("2020", 2));
        Assert.Null(AreaCrosswalk.Default.KeyOf(Framework.UnknownId, 1));
    }

    [Fact]
    public void Of_UncertainPairings_HaveANote()
    {
        var uncertain = AreaCrosswalk.Default.Concepts.SelectMany(c => c.Areas).Where(a => a.Certainty == Certainty.Uncertain).ToList();

        Assert.Equal([("2002", 3), ("2002", 5), ("2020", 8)], uncertain.Select(a => (a.Framework, a.Area)).Order());
        NonEmpty.All(uncertain, a => Assert.False(string.IsNullOrWhiteSpace(a.Note)));
    }

    [Fact]
    public void AreasOverTime_MunicipalityUnderTwoVersions_LinesAreasUpByMeaning()
    {
        var old = Parse(new VersionedReport(FrameworkCatalog.Default.Find("2010")!, 2012));
        var recent = Parse(new VersionedReport(PrintedCatalogs.Revision2020, 2021) { MeanForm = MeanForm.Column });

        var profile = MunicipalityProfile.Of(old.Municipality, [recent, old]);

        var userFocus = Assert.Single(profile.AreasOverTime, l => l.Key == "user-focus");
        Assert.Equal([(2012, "2010", 2), (2021, "2020", 5)], userFocus.Points.Select(p => (p.Year, p.Framework, p.Area)));
        Assert.Equal([old.Areas[1].Score, recent.Areas[4].Score], userFocus.Points.Select(p => p.Score));
        Assert.Equal(8, profile.AreasOverTime.Count);
        Assert.True(Assert.Single(profile.AreasOverTime, l => l.Key == "leadership").HasDoubt);
        Assert.False(userFocus.HasDoubt);
    }

    private static ReportRecord Parse(VersionedReport report) =>
        Kommunkompassen.Ingest.Parsing.ReportParser.Default.Parse(Kommunkompassen.Ingest.Documents.DocumentLoader.Default.Load(report.Docx(), $"report-{report.Year}.docx"));
}
