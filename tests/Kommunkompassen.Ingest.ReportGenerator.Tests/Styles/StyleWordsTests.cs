using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

public sealed class StyleWordsTests
{
    public static TheoryData<DateForm, DateOnly, DateOnly, string> DateCases => new()
    {
        { DateForm.DayRange, new DateOnly(2005, 9, 7), new DateOnly(2005, 9, 8), "7–8 september 2005" },
        { DateForm.DayRange, new DateOnly(2012, 6, 15), new DateOnly(2012, 6, 15), "15 juni 2012" },
        { DateForm.IsoRange, new DateOnly(2010, 6, 15), new DateOnly(2010, 6, 17), "2010-06-15--17" },
        { DateForm.CrossMonth, new DateOnly(2008, 9, 30), new DateOnly(2008, 10, 1), "30 september–1 oktober 2008" },
        { DateForm.IsoRange, new DateOnly(2008, 9, 30), new DateOnly(2008, 10, 1), "2008-09-30--10-01" },
        { DateForm.MonthOnly, new DateOnly(2007, 9, 12), new DateOnly(2007, 9, 13), "september 2007" },
    };

    [Theory]
    [MemberData(nameof(DateCases))]
    public void Dates_EachForm_AsReportsPrintThem(DateForm form, DateOnly from, DateOnly to, string printed)
    {
        Assert.Equal(printed, StyleWords.Dates(new EvaluationDates(form, from, to)));
    }

    [Theory]
    [InlineData(37, "37")]
    [InlineData(7.5, "7,5")]
    [InlineData(512, "512")]
    public void Points_WholeOrHalf_SwedishDecimalComma_ParsesBack(double value, string printed)
    {
        Assert.Equal(printed, StyleWords.Points(value));
        Assert.Equal(value, SwedishNumber.ParseOrNull(printed));
    }

    [Theory]
    [InlineData(66.666, "67%")]
    [InlineData(-4.5, "-5%")]
    [InlineData(12.5, "13%")]
    public void WholePercent_RoundedHalfAwayFromZero(double value, string printed)
    {
        Assert.Equal(printed, StyleWords.WholePercent(value));
    }

    [Theory]
    [InlineData(AreaHeadingWording.OmradeNumber, "Område 3 Politisk styrning och kontroll")]
    [InlineData(AreaHeadingWording.NumberDot, "3. Politisk styrning och kontroll")]
    [InlineData(AreaHeadingWording.OmradeColon, "Område 3: Politisk styrning och kontroll")]
    public void AreaHeading_EachWording(AreaHeadingWording wording, string heading)
    {
        Assert.Equal(heading, StyleWords.AreaHeading(wording, 3, "Politisk styrning och kontroll"));
    }
}
