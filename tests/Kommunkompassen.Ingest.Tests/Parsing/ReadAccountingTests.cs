using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class ReadAccountingTests
{
    private static readonly string LongText = string.Join(' ', Enumerable.Repeat("Kommunen arbetar systematiskt med ledarskap och uppföljning av chefernas uppdrag.", 4));

    private static Framework Revised => FrameworkCatalog.Default.Find("2010")!;

    [Fact]
    public void Settle_TextInATableNobodyRead_IsTextUnreadWithItsPlace()
    {
        // Two columns of narrative read as a table (as a PDF set in columns may be): no reader takes it.
        var glued = new Table([Row(LongText, LongText)], 4);

        var (summary, warnings) = Settle(
            [
                new Heading(1, "Detaljerad genomgång", 3),
                new Paragraph("Inledning till kapitlet.", 3),
                new Heading(2, "Område 3 Politisk styrning och kontroll", 4),
                new Paragraph("Om styrning.", 4),
                glued,
            ]);

        var unread = Assert.Single(warnings, w => w.Code == WarningCodes.TextUnread);
        Assert.Equal("page 4, under \"Område 3 Politisk styrning och kontroll\"", unread.Place);
        Assert.StartsWith($"{glued.Text.Length} characters of text in 1 block(s) were not read into any area", unread.Message, StringComparison.Ordinal);
        Assert.Equal(glued.Text.Length, summary.CharactersUnread);
        Assert.Equal((5, 2, 2), (summary.Blocks, summary.BlocksUsed, summary.BlocksSkipped));
    }

    [Fact]
    public void Settle_AreaHeadingNotRecognised_IsNarrativeMissingForThatArea()
    {
        var (_, warnings) = Settle(
            [
                new Heading(2, "Område 3 Politisk styrning och kontroll", 4),
                new Paragraph("Om styrning.", 4),
                new Heading(2, "Avsnitt IV: Chefernas villkor", 5),
                new Paragraph(LongText, 5),
                new Heading(2, "Område 5 Resultat och effektivitet", 6),
                new Paragraph("Om resultat.", 6),
            ]);

        Assert.Contains(warnings, w => w.Code == WarningCodes.NarrativeMissing && w.Message == "no heading and no narrative text were found for area 4" && w.Place == "area 4");
        Assert.Contains(warnings, w => w.Code == WarningCodes.NarrativeMissing && w.Message == "no heading and no narrative text were found for area 1");
        Assert.DoesNotContain(warnings, w => w.Code == WarningCodes.NarrativeMissing && w.Message.Contains("area 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Settle_ScoreTableNobodyRead_IsReportedAsComparisonUnread()
    {
        var table = new Table(
            [
                Row("Område", "Ale 2009", "Lerum 2010", "Mölndal 2011"),
                Row("1", "60", "55", "70"),
                Row("2", "61", "52", "71"),
                Row("Totalt", "121", "107", "141"),
            ],
            8);

        var (_, warnings) = Settle([new Heading(2, "Område 1 Offentlighet och demokrati", 2), new Paragraph("Text.", 2), table]);

        var w = Assert.Single(warnings, w => w.Code == WarningCodes.ComparisonUnread);
        Assert.StartsWith("a table that looks like a comparison of 3 municipalities was not read", w.Message, StringComparison.Ordinal);
        Assert.Equal("page 8, under \"Område 1 Offentlighet och demokrati\"", w.Place);
    }

    [Fact]
    public void Settle_RowsOfAReadTableSpilledAsLinesAfterAPageBreak_AreComparisonUnread()
    {
        var table = new Table(
            [
                Row("Område", "Ale 2009", "Lerum 2010", "Mölndal 2011"),
                Row("1", "60", "55", "70"),
                Row("2", "61", "52", "71"),
            ],
            8);
        Block[] blocks = [new Heading(1, "Jämförelser", 8), table, new Paragraph("3 58 41 49", 9), new Heading(3, "Totalt 179 148 190", 9), new Paragraph("Sida 9 av 12", 9)];
        var flat = ReportBlocks.Flatten(blocks);
        var ledger = new BlockLedger(flat.Count);
        var narrative = NarrativeReader.Read(flat, Revised, ledger);
        ledger.Use(1);

        var (_, warnings) = ReadAccounting.Settle(new ReadInputs(flat, ledger, narrative, Revised, MunicipalityRegistry.Default, []));

        Assert.Equal(
            ["the line \"3 58 41 49\" looks like a row", "the line \"Totalt 179 148 190\" looks like a row"],
            warnings.Where(w => w.Code == WarningCodes.ComparisonUnread).Select(w => w.Message[..(w.Message.IndexOf(" row", StringComparison.Ordinal) + 4)]));
    }

    [Fact]
    public void Settle_AreaWithoutImprovements_IsFindingsMissing()
    {
        var (_, warnings) = Settle(
            [
                new Heading(2, "Område 1 Offentlighet och demokrati", 2),
                new Heading(3, "Styrkor", 2),
                new ListItem("A", 0, 2),
                new Heading(3, "Förbättringsområden", 2),
                new ListItem("B", 0, 2),
                new Heading(2, "Område 2 Tillgänglighet och brukarorientering", 3),
                new Heading(3, "Styrkor", 3),
                new ListItem("C", 0, 3),
            ]);

        Assert.Contains(warnings, w => w.Code == WarningCodes.FindingsMissing && w.Message == "no improvement areas (Förbättringsområden) were found for area 2, though other areas have them" && w.Place == "page 3, \"Område 2 Tillgänglighet och brukarorientering\"");
        Assert.DoesNotContain(warnings, w => w.Code == WarningCodes.FindingsMissing && w.Message.Contains("area 1,", StringComparison.Ordinal));
    }

    [Fact]
    public void Settle_ReaderNotes_BecomeWarningsWithTheirPage()
    {
        var (_, warnings) = Settle([new Heading(2, "Område 1 Offentlighet och demokrati", 2)], [new ReadNote(ReadNoteCodes.TextUnread, "212 characters of rotated text were skipped", 4)]);

        Assert.Contains(warnings, w => w.Code == WarningCodes.TextUnread && w.Message == "212 characters of rotated text were skipped" && w.Place == "page 4");
    }

    private static TableRow Row(params string[] cells) => new(cells.Select(c => TableCell.FromText(c, 1)).ToList());

    private static (ReadSummary Summary, IReadOnlyList<ValidationWarning> Warnings) Settle(Block[] blocks, IReadOnlyList<ReadNote>? notes = null)
    {
        var flat = ReportBlocks.Flatten(blocks);
        var ledger = new BlockLedger(flat.Count);
        var narrative = NarrativeReader.Read(flat, Revised, ledger);
        return ReadAccounting.Settle(new ReadInputs(flat, ledger, narrative, Revised, MunicipalityRegistry.Default, notes ?? []));
    }
}
