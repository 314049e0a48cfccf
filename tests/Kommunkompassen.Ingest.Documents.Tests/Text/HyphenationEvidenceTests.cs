using Kommunkompassen.Ingest.Documents.Text;

namespace Kommunkompassen.Ingest.Documents.Tests.Text;

public sealed class HyphenationEvidenceTests
{
    [Fact]
    public void FromLines_HyphenatedLineEnd_IsNotEvidence()
    {
        var evidence = HyphenationEvidence.FromLines(["Verktöget har arbetats fram av Kommunenes Sentralfor-", "bund i Norge."]);

        Assert.False(evidence.Contains("Sentralfor-"));
        Assert.True(evidence.Contains("Verktöget"));
        Assert.True(evidence.Contains("Norge"));
    }

    [Fact]
    public void Contains_OtherCaseAndPunctuation_Matches()
    {
        var evidence = HyphenationEvidence.FromLines(["(IT-stöd), och e-tjänster."]);

        Assert.True(evidence.Contains("it-stöd"));
        Assert.True(evidence.Contains("E-tjänster"));
        Assert.False(evidence.Contains("itstöd"));
    }

    [Fact]
    public void FromLines_SoftHyphensInsideWords_CountAsTheWord()
    {
        var evidence = HyphenationEvidence.FromLines(["Kommun\u00ADstyrelsens arbetsutskott", "en plan för medborgar\u00AD\u2010"]);

        Assert.True(evidence.Contains("kommunstyrelsens"));
        Assert.True(evidence.Contains("Kommun\u00ADstyrelsens"));
        Assert.False(evidence.Contains("medborgar"));
    }

    [Fact]
    public void Contains_EmptyEvidence_IsFalse() => Assert.False(HyphenationEvidence.Empty.Contains("och"));
}
