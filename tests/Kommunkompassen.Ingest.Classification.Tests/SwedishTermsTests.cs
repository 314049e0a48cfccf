using Kommunkompassen.Ingest.Classification;

namespace Kommunkompassen.Ingest.Classification.Tests;

public sealed class SwedishTermsTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // Stop words go, inflected forms meet in one stem.
        { "Hur informeras medborgarna?", "informer medborgarn" },
        { "Medborgarnas synpunkter", "medborgarn synpunkt" },
        { "Nämnden och nämnderna", "nämnd nämnd" },
        // A coordinated compound gets its missing head: both complete compounds are there.
        { "synpunkts- och klagomålshantering", "synpunk synpunktshantering klagomålshantering" },
        // Diacritics are kept.
        { "Årlig återkoppling till nämnderna", "årlig återkoppling nämnd" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Of_Text_GivesTheSearchIndexsQueryTerms(string text, string expected)
    {
        Assert.Equal(expected, SwedishTerms.Of(text));
    }

    [Fact]
    public void Of_OnlyStopWords_IsEmpty()
    {
        Assert.Equal(string.Empty, SwedishTerms.Of("och i att det som"));
    }
}
