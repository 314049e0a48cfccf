using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Documents.Text;
using static Kommunkompassen.Ingest.Documents.Tests.Pdf.PdfTestPages;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class BlockAssemblerTests
{
    private static readonly DocumentStyle Style = new(11, "LiberationSerif", [14, 11], new TextColumn(71, 524), HyphenationEvidence.Empty);

    [Fact]
    public void Assemble_TableEndingPageAndTableOpeningNext_MergedIntoOne()
    {
        // The first part reaches the bottom of the text area (the lowest text in the document).
        var first = Grid(1, [71, 200, 300], ["Område", "Poäng"], ["1", "40"]) with { Bottom = 300 };
        var second = Grid(2, [71, 200, 300], ["2", "20"]);
        PageLayout[] pages =
        [
            new(1, [Line("Före tabellen.", 71, 760, page: 1)], [first]),
            new(2, [Line("Efter tabellen.", 71, 300, page: 2)], [second]),
        ];

        var blocks = BlockAssembler.Default.Assemble(pages, Style);

        Assert.Equal(3, blocks.Count);
        var table = Assert.IsType<Table>(blocks[1]);
        Assert.Equal(1, table.Page);
        Assert.Equal(["Område\tPoäng", "1\t40", "2\t20"], table.Text.Split('\n'));
        Assert.Equal(2, table.Rows[2].Cells[0].Blocks[0].Page);
    }

    [Fact]
    public void Assemble_ContinuationRepeatsHeaderRow_HeaderDroppedOnce()
    {
        var first = Grid(1, [71, 200, 300], ["Område", "Poäng"], ["1", "40"]);
        var second = Grid(2, [71, 200, 300], ["Område", "Poäng"], ["2", "20"]);

        var table = Assert.IsType<Table>(Assert.Single(BlockAssembler.Default.Assemble([new(1, [], [first]), new(2, [], [second])], Style)));

        Assert.Equal(3, table.Rows.Count);
    }

    [Fact]
    public void Assemble_RowSplitByPageBreak_JoinedIntoOneRow()
    {
        var first = Grid(1, [71, 200, 300], ["Område", "Poäng"], ["Hur informeras med-", "40"]);
        var second = Grid(2, [71, 200, 300], ["borgarna?", ""], ["2", "20"]);

        var table = Assert.IsType<Table>(Assert.Single(BlockAssembler.Default.Assemble([new(1, [], [first]), new(2, [], [second])], Style)));

        Assert.Equal(["Område\tPoäng", "Hur informeras medborgarna?\t40", "2\t20"], table.Text.Split('\n'));
    }

    [Fact]
    public void Assemble_NewRowOnNextPage_KeptAsOwnRow()
    {
        var first = Grid(1, [71, 200, 300], ["Område", "Poäng"], ["1.1 Hur informeras medborgarna?", "40"]);
        var second = Grid(2, [71, 200, 300], ["1.2 Hur främjas engagemang?", "20"]);

        var table = Assert.IsType<Table>(Assert.Single(BlockAssembler.Default.Assemble([new(1, [], [first]), new(2, [], [second])], Style)));

        Assert.Equal(3, table.Rows.Count);
    }

    [Fact]
    public void Assemble_RoomLeftBelowTableOnItsPage_NextPageTableIsOwnTable()
    {
        // The first table ends at 660 on a page whose text elsewhere reaches down to 100: its
        // neighbour's 20 pt first row would have fitted, so the page break did not split a table.
        var first = Grid(1, [71, 200, 300], ["Område", "Poäng"], ["1", "40"]);
        var second = Grid(2, [71, 200, 300], ["2", "20"]);
        PageLayout[] pages =
        [
            new(1, [], [first]),
            new(2, [], [second]),
            new(3, [Line("Sista raden.", 71, 105, page: 3)], []),
        ];

        var blocks = BlockAssembler.Default.Assemble(pages, Style);

        Assert.Equal(2, blocks.OfType<Table>().Count());
    }

    [Fact]
    public void Assemble_OtherColumnsOnNextPage_TwoTables()
    {
        var first = Grid(1, [71, 200, 300], ["1", "40"]);
        var second = Grid(2, [71, 150, 300], ["2", "20"]);

        var blocks = BlockAssembler.Default.Assemble([new(1, [], [first]), new(2, [], [second])], Style);

        Assert.Equal(2, blocks.OfType<Table>().Count());
    }

    [Fact]
    public void Assemble_TextBetweenTables_TwoTablesInReadingOrder()
    {
        var upper = Grid(1, [71, 200, 300], ["1", "40"]) with { Top = 700, Bottom = 650 };
        var lower = Grid(1, [71, 200, 300], ["2", "20"]) with { Top = 500, Bottom = 450 };
        var page = new PageLayout(1, [Line("Mellan tabellerna.", 71, 600)], [lower, upper]);

        var blocks = BlockAssembler.Default.Assemble([page], Style);

        Assert.Equal(["1\t40", "Mellan tabellerna.", "2\t20"], blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("den", "tekniska verksamheten.", "Inför en systematisk uppföljning av brukarnas uppfattning inom den tekniska verksamheten.")]
    [InlineData("den tekniska verksamheten.", "", "Inför en systematisk uppföljning av brukarnas uppfattning inom den tekniska verksamheten.")]
    public void Assemble_BoxCutByPageBreak_OneCellOneList(string endOfPage, string restOfItem, string item)
    {
        // A one-cell box ends page 1 (in an item, or after one) and goes on at the top of page 2
        // with the item's rest, if any, and a new item, which alone would not look like a row cut in two.
        var first = Box(1, 300, 200, [new([Word("•", 80, 280), .. Line("Inför en systematisk uppföljning av brukarnas uppfattning inom " + endOfPage, 95, 280, right: 515).Words], 1)]);
        TextLine[] rest = restOfItem.Length == 0 ? [] : [Line(restOfItem, 95, 740, page: 2)];
        var second = Box(2, 760, 700, [.. rest, new([Word("•", 80, 725), .. Line("Beskriv uppdraget.", 95, 725, page: 2).Words], 2)]);

        var blocks = BlockAssembler.Default.Assemble([new(1, [], [first]), new(2, [], [second])], Style);

        var cell = Assert.Single(Assert.Single(Assert.IsType<Table>(Assert.Single(blocks)).Rows).Cells);
        Assert.Equal([item, "Beskriv uppdraget."], cell.Blocks.Select(b => Assert.IsType<ListItem>(b).Content));
        Assert.Equal([1, 2], cell.Blocks.Select(b => b.Page ?? 0));
    }

    [Fact]
    public void Assemble_ColumnRegions_ParagraphRunsFromColumnToColumnJudgedByEach()
    {
        // Left column ends full (to 287), right column's first line is the paragraph's rest.
        PageLayout[] regions =
        [
            new(1, [Line("Politikerna efterfrågar dock jämförelser", 71, 120, right: 287)], []) { Column = new TextColumn(71, 287) },
            new(1, [Line("med andra kommuner.", 307, 760), Line("Ny mening i ett nytt stycke.", 307, 735)], []) { Column = new TextColumn(307, 524) },
        ];

        var blocks = BlockAssembler.Default.Assemble(regions, Style);

        Assert.Equal(["Politikerna efterfrågar dock jämförelser med andra kommuner.", "Ny mening i ett nytt stycke."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Assemble_TextTurnedAnotherWay_StartsAfresh()
    {
        PageLayout[] regions =
        [
            new(1, [Line("Tabellen nedan är vriden för att få plats på sidan och den fyller", 71, 120, right: 524)], []),
            new(1, [Line("hela sidans bredd.", 71, 500)], []) { Orientation = UglyToad.PdfPig.Content.TextOrientation.Rotate270 },
        ];

        Assert.Equal(2, BlockAssembler.Default.Assemble(regions, Style).Count);
    }

    /// <summary>A one-cell box from top to bottom holding the lines.</summary>
    private static TableGrid Box(int page, double top, double bottom, TextLine[] lines) =>
        new(page, 71, bottom, 524, top, [71, 524], [new GridRow([new GridCell(71, bottom, 524, top, 1, false, lines)])]);

    /// <summary>A ruled table whose rows hold one one-line cell text per column.</summary>
    private static TableGrid Grid(int page, double[] edges, params string[][] rows)
    {
        var gridRows = rows.Select((texts, r) => new GridRow(texts.Select((text, c) => new GridCell(
            edges[c],
            680 - (20 * r),
            edges[c + 1],
            700 - (20 * r),
            1,
            false,
            text.Length == 0 ? [] : [Line(text, edges[c] + 5, 686 - (20 * r), page: page)])).ToList())).ToList();
        return new TableGrid(page, edges[0], 700 - (20 * rows.Length), edges[^1], 700, edges, gridRows);
    }
}
