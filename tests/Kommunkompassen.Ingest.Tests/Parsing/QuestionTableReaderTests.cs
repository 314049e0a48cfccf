using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class QuestionTableReaderTests
{
    private static Table Grid(params string[][] rows) =>
        new(rows.Select(r => new TableRow(r.Select(c => TableCell.FromText(c, null)).ToList())).ToList(), null);

    [Fact]
    public void Read_TwoAreasSideBySideInEightColumns_SplitsIntoGroups()
    {
        var table = Grid(
            ["", "max-poäng", "egna poäng", "%", "", "max-poäng", "egna poäng", "%"],
            ["5 Kontroll", "", "", "", "6 Personal", "", "", ""],
            ["5.1 Fråga A?", "40", "36", "90%", "6.1 Fråga B?", "20", "14", "70%"],
            ["", "", "", "", "6.2 Fråga C?", "10", "9,5", "95%"]);

        var result = QuestionTableReader.Read([(0, table)]);

        Assert.Equal(
            ["5.1|5|Fråga A?|40|36|90", "6.1|6|Fråga B?|20|14|70", "6.2|6|Fråga C?|10|9.5|95"],
            result.Questions.Select(q => $"{q.Id}|{q.Area}|{q.Text}|{q.Max?.Value}|{q.Score?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{q.Percent?.Value}"));
        Assert.Equal([(5, "Kontroll"), (6, "Personal")], result.AreaRows.Select(r => (r.Area, r.Title!)));
    }

    [Fact]
    public void Read_OneAreaWithIdColumnAndSubtotal_ReadsQuestionsAndSubtotal()
    {
        var table = Grid(
            ["1", "Offentlighet", "Uppnådd nivå", "Max", "%"],
            ["1.1", "Finns en plan?", "2,3", "15", "15%"],
            ["1.2", "Hur informeras medborgarna?", "9,8", "20", "49%"],
            ["", "", "12,1", "35", "35%"]);

        var result = QuestionTableReader.Read([(0, table)]);

        Assert.Equal(2, result.Questions.Count);
        var q = result.Questions[0];
        Assert.Equal(("1.1", "Finns en plan?", 15.0, 2.3), (q.Id, q.Text, q.Max!.Value.Value, q.Score!.Value.Value));
        Assert.Contains(result.AreaRows, r => r.Area == 1 && r.Score?.Value == 12.1 && r.Max?.Value == 35 && r.Title is null);
    }

    [Fact]
    public void Read_IntegersBesideHalfPoints_AllScoresCarryTheFinerRounding()
    {
        var table = Grid(
            ["", "max", "egna poäng", "%"],
            ["2.1 A?", "20", "15", "75%"],
            ["2.2 B?", "10", "9,5", "95%"]);

        var result = QuestionTableReader.Read([(0, table)]);

        NonEmpty.All(result.Questions, q => Assert.Equal(0.05, q.Score!.Value.HalfUnit, 10));
    }

    [Fact]
    public void Read_HeaderlessTable_TakesTheLargerFigureAsMax()
    {
        var table = Grid(
            ["3.1 Fråga?", "8", "20", "40%"],
            ["3.2 Fråga?", "30", "12", "40%"]);

        var result = QuestionTableReader.Read([(0, table)]);

        Assert.Equal([(20.0, 8.0), (30.0, 12.0)], result.Questions.Select(q => (q.Max!.Value.Value, q.Score!.Value.Value)));
    }

    [Fact]
    public void Read_ScoreWrittenWithItsMax_ReadsBoth()
    {
        var table = Grid(
            ["Fråga", "Poäng"],
            ["Fråga 4.1: Finns en strategi?", "15/20"],
            ["Fråga 4.2: Hur följs den upp?", "7,5 av 10"]);

        var result = QuestionTableReader.Read([(0, table)]);

        Assert.Equal([("4.1", 20.0, 15.0), ("4.2", 10.0, 7.5)], result.Questions.Select(q => (q.Id, q.Max!.Value.Value, q.Score!.Value.Value)));
    }

    [Fact]
    public void Read_UnreadableScore_KeepsTheRowWithTheCellAsPrinted()
    {
        var table = Grid(
            ["", "Max", "Poäng"],
            ["5.1 Finns en strategi?", "20", "ej bedömd"],
            ["5.2 Följs den upp?", "20", "10"]);

        var q = QuestionTableReader.Read([(0, table)]).Questions[0];

        Assert.Null(q.Score);
        Assert.Equal("ej bedömd", q.ScoreText);
    }

    [Fact]
    public void Read_TableCutByAPageBreakWithoutItsHeader_ReadsTheRestByTheFirstPartsColumns()
    {
        var first = Grid(
            ["", "Delfråga", "Max", "Uppnådda poäng"],
            ["5.1", "Finns en strategi?", "15", "8"],
            ["5.2", "Hur följs den upp?", "20", "11"]);
        var rest = Grid(
            ["5.5", "Hur används jämförelser?", "20", "18"],
            ["5.6", "Hur sker samverkan?", "10", "9"]);

        var result = QuestionTableReader.Read([(0, first), (1, rest)]);

        Assert.Equal([("5.1", 15.0, 8.0), ("5.2", 20.0, 11.0), ("5.5", 20.0, 18.0), ("5.6", 10.0, 9.0)], result.Questions.Select(q => (q.Id, q.Max!.Value.Value, q.Score!.Value.Value)));
    }
}
