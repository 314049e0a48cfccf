using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class SwedishNumberTests
{
    public static TheoryData<string, double, int, bool> Numbers => new()
    {
        { "9,5", 9.5, 1, false },
        { "639,0", 639, 1, false },
        { "40", 40, 0, false },
        { "75 830", 75830, 0, false },
        { "95%", 95, 0, true },
        { "32.40", 32.4, 2, false },
        { " 12 ", 12, 0, false },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void TryParse_ReportFigure_GivesValuePrecisionAndPercent(string text, double value, int decimals, bool percent)
    {
        Assert.True(SwedishNumber.TryParse(text, out var n));
        Assert.Equal((value, decimals, percent), (n.Value, n.Decimals, n.IsPercent));
    }

    [Theory]
    [InlineData("")]
    [InlineData("max-poäng")]
    [InlineData("1.1 Hur")]
    [InlineData("9,5 poäng")]
    public void TryParse_NotAFigure_ReturnsFalse(string text)
    {
        Assert.False(SwedishNumber.TryParse(text, out _));
    }

    [Fact]
    public void HalfUnit_OneDecimal_IsFiveHundredths()
    {
        Assert.True(SwedishNumber.TryParse("36,6", out var n));
        Assert.Equal(0.05, n.HalfUnit, 10);
    }
}
