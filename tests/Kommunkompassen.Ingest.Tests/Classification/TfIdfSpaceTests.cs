using Kommunkompassen.Ingest.Classification;

namespace Kommunkompassen.Ingest.Tests.Classification;

public sealed class TfIdfSpaceTests
{
    private static readonly TfIdfSpace Space = new([["kommun", "plan"], ["kommun", "mål"], ["kommun", "klagomål"]]);

    [Fact]
    public void Vector_WordInEveryDocument_WeighsLessThanARareOne()
    {
        var v = Space.Vector(["kommun", "klagomål"]);

        Assert.Equal(1.0, v["kommun"], 9); // ln(4/4) + 1
        Assert.Equal(Math.Log(4.0 / 2) + 1, v["klagomål"], 9);
        Assert.Equal(Math.Log(4.0) + 1, Space.Vector(["okänt"])["okänt"], 9);
    }

    [Fact]
    public void Cosine_SameDifferentAndEmpty_OneZeroZero()
    {
        Assert.Equal(1.0, TfIdfSpace.Cosine(Space.Vector(["plan", "mål"]), Space.Vector(["mål", "plan"])), 9);
        Assert.Equal(0.0, TfIdfSpace.Cosine(Space.Vector(["plan"]), Space.Vector(["mål"])));
        Assert.Equal(0.0, TfIdfSpace.Cosine(Space.Vector([]), Space.Vector(["mål"])));
    }
}
