using Kommunkompassen.Ingest.Documents.Docx;

namespace Kommunkompassen.Ingest.Documents.Tests.Docx;

public sealed class TabStopsTests
{
    private static readonly TabStops Stops = TabStops.None.Apply([new("right", 6236, null), new("left", 3000, "dot"), new("end", 8787, "none")]);

    public static TheoryData<int, int?, int> NextCases => new()
    {
        { 0, null, 3000 },
        { 3000, null, 6236 },
        { 6300, null, 8787 },
        { 8787, null, 9360 },
        { 9400, null, 10080 },
        { 0, 567, 567 },
        { 4000, 567, 6236 },
    };

    [Fact]
    public void Apply_SortsByPositionAndReadsAlignmentAndLeader()
    {
        Assert.Equal(
            [(3000, TabAlignment.Left, true), (6236, TabAlignment.Right, false), (8787, TabAlignment.Right, false)],
            Stops.Stops.Select(s => (s.Position, s.Alignment, s.HasLeader)));
    }

    [Fact]
    public void Apply_ClearAndBar_RemoveAndAddNothing()
    {
        var cleared = Stops.Apply([new("clear", 3000, null), new("bar", 5000, null)]);

        Assert.Equal([6236, 8787], cleared.Stops.Select(s => s.Position));
    }

    [Theory]
    [MemberData(nameof(NextCases))]
    public void Next_CustomStopsThenHangingIndentThenDefaultInterval(int x, int? hanging, int expected)
    {
        Assert.Equal(expected, Stops.Next(x, hanging, 720).Position);
    }
}
