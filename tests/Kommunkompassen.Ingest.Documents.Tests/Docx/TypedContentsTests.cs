using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents.Tests.Docx;

public sealed class TypedContentsTests
{
    public static TheoryData<string, bool> Shapes => new()
    {
        { "Inledning|3;Område 1 Offentlighet|5;Område 2 Tillgänglighet|5", true },
        { "Område|Poäng;Offentlighet|37;Tillgänglighet|45", false },
        { "Offentlighet|45;Tillgänglighet|37", false },
        { "Offentlighet|37|55;Tillgänglighet|45|58", false },
        { "|3;Område 1|5", false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void HasShape_TitlesAndNonFallingPageNumbers(string rows, bool expected)
    {
        Assert.Equal(expected, TypedContents.HasShape(TableOf(rows)));
    }

    [Fact]
    public void MatchesHeadings_HalfTheTitlesAreHeadings_IsTrue()
    {
        var table = TableOf("Inledning|3;3. Politisk styrning|12;Bilagor|30");
        var headings = new HashSet<string> { TypedContents.Key("Inledning"), TypedContents.Key("3 Politisk styrning") };

        Assert.True(TypedContents.MatchesHeadings(table, headings));
        Assert.False(TypedContents.MatchesHeadings(table, new HashSet<string> { TypedContents.Key("Inledning") }));
    }

    private static Table TableOf(string rows) => new(
        rows.Split(';').Select(r => new TableRow(r.Split('|').Select(c => TableCell.FromText(c, null)).ToList())).ToList(),
        null);
}
