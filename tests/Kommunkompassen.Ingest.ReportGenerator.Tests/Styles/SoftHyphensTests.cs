using Kommunkompassen.Ingest.ReportGenerator.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Tests.Styles;

public sealed class SoftHyphensTests
{
    [Theory]
    [InlineData("synpunktshanteringen", "synpunkts\u00ADhante\u00ADringen")]
    [InlineData("kommungemensamt", "kommun\u00ADgemen\u00ADsamt")]
    [InlineData("Kommunen har ett kvalitetsledningssystem.", "Kommunen har ett kvali\u00ADtets\u00ADlednings\u00ADsystem.")]
    public void Insert_LongWord_SoftHyphensBeforeASyllablesFirstConsonant(string text, string expected)
    {
        Assert.Equal(expected, SoftHyphens.Insert(text));
    }

    [Theory]
    [InlineData("Kort text med vanliga ord.")]
    [InlineData("Medborgarundersökningen")]
    [InlineData("e-tjänsterna och IT-strategin")]
    public void Insert_ShortWordsCapitalisedOrHyphenated_Untouched(string text)
    {
        Assert.Equal(text, SoftHyphens.Insert(text));
    }

    [Fact]
    public void Insert_EveryPassageOfAReport_RemovingTheMarksGivesTheTextBack()
    {
        var content = ReportContent.Draw(new ContentRequest("2010", 8));
        var texts = content.Areas.SelectMany(a => a.Passages.Select(p => p.Text).Concat(a.Strengths).Concat(a.Improvements)).ToList();

        NonEmpty.All(texts, t => Assert.Equal(t, SoftHyphens.Insert(t).Replace("\u00AD", string.Empty, StringComparison.Ordinal)));
        Assert.True(texts.Count(t => SoftHyphens.Insert(t) != t) > texts.Count / 3);
    }
}
