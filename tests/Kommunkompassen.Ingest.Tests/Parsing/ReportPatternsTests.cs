using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class ReportPatternsTests
{
    /// <summary>Findings titles in the wordings reports use: the list they open and the area they name ("" for none).</summary>
    public static TheoryData<string, string, string> Markers => new()
    {
        { "Starka sidor", "Strength", "" },
        { "Styrkor:", "Strength", "" },
        { "Kommunens styrkor", "Strength", "" },
        { "STYRKOR", "Strength", "" },
        { "Styrkor inom område 3", "Strength", "3" },
        { "Område 3: Styrkor", "Strength", "3" },
        { "Förbättringsområden", "Improvement", "" },
        { "Förbättringsmöjligheter:", "Improvement", "" },
        { "Förslag till förbättringar", "Improvement", "" },
        { "Förslag på förbättringsområden", "Improvement", "" },
        { "Utvecklingsområden", "Improvement", "" },
        { "Områden att utveckla", "Improvement", "" },
        { "Förbättringsområden – område 7", "Improvement", "7" },
        { "Förbättringsområden (område 2)", "Improvement", "2" },
    };

    [Theory]
    [MemberData(nameof(Markers))]
    public void ParseFindingsMarker_Wordings_GivesKindAndArea(string text, string kind, string area)
    {
        var match = ReportPatterns.ParseFindingsMarker(text);

        Assert.NotNull(match);
        Assert.Equal((kind, area), (match.Kind.ToString(), match.Area?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
    }

    [Theory]
    [InlineData("Kommunens styrkor är många och de syns i hela organisationen.")]
    [InlineData("4 Styrkor och förslag till förbättringsområden per område 1-8")]
    [InlineData("Styrkor och förbättringsområden")]
    [InlineData("Förbättringsområdena har diskuterats med ledningen")]
    public void ParseFindingsMarker_TextThatIsNoTitle_ReturnsNull(string text)
    {
        Assert.Null(ReportPatterns.ParseFindingsMarker(text));
    }

    [Theory]
    [InlineData("Sammanfattning område 2", 2)]
    [InlineData("Sammanfattning av huvudområde 4", 4)]
    [InlineData("Område 5 – sammanfattning", 5)]
    [InlineData("Styrkor och förbättringsområden område 6", 6)]
    [InlineData("Sammanfattning: område 8", 8)]
    public void AreaSummaryHeading_Wordings_GiveTheArea(string text, int area)
    {
        var m = ReportPatterns.AreaSummaryHeading().Match(text);

        Assert.True(m.Success);
        Assert.Equal(area.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups["n"].Value);
    }
}
