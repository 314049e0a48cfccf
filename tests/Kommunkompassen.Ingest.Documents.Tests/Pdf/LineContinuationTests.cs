using Kommunkompassen.Ingest.Documents.Pdf;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class LineContinuationTests
{
    [Theory]
    [InlineData("Kriteri-", "um")]
    [InlineData("Udde-", "Valla")]
    [InlineData("1.1 Hur informeras", "medborgarna?")]
    public void RunsOn_BrokenWordOrSentence_IsTrue(string above, string below) =>
        Assert.True(LineContinuation.RunsOn(above, below));

    [Theory]
    [InlineData("påverka serviceutbudet?", "2.4 Genomförs")]
    [InlineData("Offentlighet", "Tillgänglighet")]
    [InlineData("", "text")]
    public void RunsOn_FinishedOrNewEntry_IsFalse(string above, string below) =>
        Assert.False(LineContinuation.RunsOn(above, below));

    [Theory]
    [InlineData("20", "10")]
    [InlineData("75%", "100%")]
    [InlineData("påverka serviceutbudet?", "2.4 Genomförs")]
    public void StartsNewEntry_NumberBelowNumberOrAfterSentence_IsTrue(string above, string below) =>
        Assert.True(LineContinuation.StartsNewEntry(above, below));

    [Theory]
    [InlineData("Lomma", "2005")]
    [InlineData("Botkyr-", "ka 2005")]
    public void StartsNewEntry_WrappedHeader_IsFalse(string above, string below) =>
        Assert.False(LineContinuation.StartsNewEntry(above, below));
}
