using Kommunkompassen.Ingest.Classification;

namespace Kommunkompassen.Ingest.Classification.Tests;

public sealed class TfIdfSpaceTests
{
    private static readonly TfIdfSpace Space = new([["kommun", "plan"], ["kommun", "mål"], ["kommun", "klagomål"]]);

    [Fact]
    public void Vector_WordInEveryDocument_WeighsLessThanARareOneAndHasUnitLength()
    {
        var v = Space.Vector(["kommun", "klagomål"]);

        // IDF: ln(4/4) + 1 = 1 for "kommun", ln(4/2) + 1 for "klagomål".
        Assert.Equal(Math.Log(4.0 / 2) + 1, v["klagomål"] / v["kommun"], 9);
        Assert.Equal(1.0, Math.Sqrt(v.Values.Sum(x => x * x)), 9);
        Assert.Equal(1.0, Space.Vector(["okänt"])["okänt"], 9);
        Assert.Empty(Space.Vector([]));
    }

    [Fact]
    public void Cosine_SameDifferentAndEmpty_OneZeroZero()
    {
        Assert.Equal(1.0, TfIdfSpace.Cosine(Space.Vector(["plan", "mål"]), Space.Vector(["mål", "plan"])), 9);
        Assert.Equal(0.0, TfIdfSpace.Cosine(Space.Vector(["plan"]), Space.Vector(["mål"])));
        Assert.Equal(0.0, TfIdfSpace.Cosine(Space.Vector([]), Space.Vector(["mål"])));
    }
}
