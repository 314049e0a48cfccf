using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Parsing;

namespace Kommunkompassen.Ingest.Tests.Parsing;

public sealed class NarrativeReaderTests
{
    private static Framework Revised => FrameworkCatalog.Default.Find("2010")!;

    [Fact]
    public void Read_NumberedAreaHeadingsWithoutTheWordOmråde_ReadsFindingsAndPassages()
    {
        var narrative = Read(
            new Heading(1, "3. Politisk styrning och kontroll", 4),
            new Paragraph("Kommunen har en tydlig styrmodell.", 4),
            new Heading(2, "Styrkor", 4),
            new ListItem("Tydlig styrmodell", 0, 4),
            new Heading(2, "Utvecklingsområden", 4),
            new ListItem("Följ upp målen", 0, 4),
            new Heading(1, "4. Ledarskap, ansvar och delegation", 5),
            new Paragraph("Cheferna har tydliga uppdrag.", 5));

        Assert.Equal(["3 Strength Tydlig styrmodell", "3 Improvement Följ upp målen"], narrative.Findings.Select(f => $"{f.Area} {f.Kind} {f.Text}"));
        Assert.Equal(["3 Kommunen har en tydlig styrmodell.", "4 Cheferna har tydliga uppdrag."], narrative.Passages.Select(p => $"{p.Area} {p.Text}"));
    }

    [Fact]
    public void Read_SummaryBoxAnchoredInTheNextAreasHeading_TextAfterItStaysInTheNextArea()
    {
        var box = new Table(
            [new TableRow([new TableCell([
                new Paragraph("Sammanfattning område 3", 6),
                new Paragraph("Styrkor", 6),
                new ListItem("Tydlig styrmodell", 0, 6),
                new Paragraph("Förbättringsområden", 6),
                new ListItem("Följ upp målen", 0, 6),
            ])])],
            6);

        var narrative = Read(
            new Heading(2, "Område 3 Politisk styrning och kontroll", 5),
            new Paragraph("Om styrning.", 5),
            new Heading(2, "Område 4 Ledarskap, ansvar och delegation", 6),
            box,
            new Paragraph("Om ledarskap.", 6));

        Assert.Equal(["3 Strength Tydlig styrmodell", "3 Improvement Följ upp målen"], narrative.Findings.Select(f => $"{f.Area} {f.Kind} {f.Text}"));
        Assert.Equal(["3 Om styrning.", "4 Om ledarskap."], narrative.Passages.Select(p => $"{p.Area} {p.Text}"));
    }

    [Fact]
    public void Read_FindingsTableWithTwoColumns_ReadsEachColumnAsItsList()
    {
        var table = new Table(
            [
                new TableRow([new TableCell([new Paragraph("Sammanfattning område 2", 7)], 2)]),
                new TableRow([TableCell.FromText("Styrkor", 7), TableCell.FromText("Förbättringsområden", 7)]),
                new TableRow([
                    new TableCell([new ListItem("Medborgarkontor", 0, 7), new ListItem("Servicegarantier", 0, 7)]),
                    new TableCell([new Paragraph("Inför synpunktshantering", 7)]),
                ]),
            ],
            7);

        var narrative = Read(new Heading(2, "Område 2 Tillgänglighet och brukarorientering", 7), new Paragraph("Text.", 7), table);

        Assert.Equal(
            ["2 Strength Medborgarkontor", "2 Strength Servicegarantier", "2 Improvement Inför synpunktshantering"],
            narrative.Findings.Select(f => $"{f.Area} {f.Kind} {f.Text}"));
    }

    [Fact]
    public void Read_FindingsTitleNamingItsArea_ListsUnderThatArea()
    {
        var narrative = Read(
            new Heading(1, "Styrkor och förbättringsområden per område", 9),
            new Heading(2, "Styrkor inom område 5", 9),
            new ListItem("Jämförelser med andra kommuner", 0, 9),
            new Heading(2, "Förbättringsområden – område 5", 9),
            new ListItem("Inför processkartläggning", 0, 9));

        Assert.Equal(["5 Strength Jämförelser med andra kommuner", "5 Improvement Inför processkartläggning"], narrative.Findings.Select(f => $"{f.Area} {f.Kind} {f.Text}"));
    }

    [Fact]
    public void Read_SubHeadingsAtTheAreaHeadingsLevel_KeepTheirTextInTheArea()
    {
        var narrative = Read(
            new Heading(2, "Område 1 Offentlighet och demokrati", 2),
            new Heading(2, "Iakttagelser", 2),
            new Paragraph("Kommunen informerar väl.", 2),
            new Heading(2, "Område 2 Tillgänglighet och brukarorientering", 3),
            new Paragraph("Bemötandet är gott.", 3),
            new Heading(2, "Kommunens resultat per område", 4),
            new Paragraph("Tabellen nedan visar poängen.", 4));

        Assert.Equal(["1 Kommunen informerar väl.", "2 Bemötandet är gott."], narrative.Passages.Select(p => $"{p.Area} {p.Text}"));
    }

    [Fact]
    public void Read_NumberedFindings_KeepTheirTextWithoutTheNumber()
    {
        var narrative = Read(
            new Heading(2, "Område 6 Kommunen som arbetsgivare - personalpolitik", 3),
            new Heading(3, "Förbättringsområden", 3),
            new ListItem("1. Inför medarbetarsamtal i alla förvaltningar", 0, 3),
            new ListItem("b) Utveckla ledarprogrammet", 0, 3),
            new ListItem("2010 års lönekriterier bör ses över", 0, 3));

        Assert.Equal(["Inför medarbetarsamtal i alla förvaltningar", "Utveckla ledarprogrammet", "2010 års lönekriterier bör ses över"], narrative.Findings.Select(f => f.Text));
    }

    [Fact]
    public void Read_ItemsWrappedEndSetApart_JoinsTheItemAndKeepsTheListOpen()
    {
        var narrative = Read(
            new Heading(2, "Område 8 Kommunen som samhällsbyggare", 19),
            new Heading(3, "Förbättringsområden", 19),
            new ListItem("Involvera föreningslivet i planeringen av kommunens", 0, 19),
            new Paragraph("utveckling", 19),
            new ListItem("Se över föreningsbidragen", 0, 19));

        Assert.Equal(["Involvera föreningslivet i planeringen av kommunens utveckling", "Se över föreningsbidragen"], narrative.Findings.Select(f => f.Text));
    }

    [Fact]
    public void Read_ItemWithoutItsBulletBetweenItems_StaysInTheList()
    {
        var narrative = Read(
            new Heading(2, "Område 5 Resultat och effektivitet", 11),
            new Heading(3, "Förbättringsområden", 11),
            new ListItem("Tydliggör sambandet mellan kostnader och resultat", 0, 11),
            new Paragraph("Använd jämförelser med andra kommuner", 11),
            new ListItem("Kartlägg arbetsprocesserna", 0, 11),
            new Paragraph("Kommunen har nyligen infört en effektiviseringsplan.", 11));

        Assert.Equal(["Tydliggör sambandet mellan kostnader och resultat", "Använd jämförelser med andra kommuner", "Kartlägg arbetsprocesserna"], narrative.Findings.Select(f => f.Text));
        Assert.Equal(["Kommunen har nyligen infört en effektiviseringsplan."], narrative.Passages.Select(p => p.Text));
    }

    [Fact]
    public void Read_BoxCutInTwo_ListGoesOnInTheSecondPart()
    {
        static Table Box(params Block[] blocks) => new([new TableRow([new TableCell(blocks)])], 4);

        var narrative = Read(
            new Heading(2, "Område 2 Tillgänglighet och brukarorientering", 4),
            new Paragraph("Text.", 4),
            Box(new Heading(4, "Sammanfattning område 2", 4), new Heading(4, "Starka sidor", 4), new ListItem("Tillgänglighetsplan", 0, 4)),
            Box(new ListItem("Valfrihet inom hemtjänsten", 0, 5), new Heading(4, "Förbättringsmöjligheter", 5), new ListItem("Följ upp svarstider", 0, 5)));

        Assert.Equal(
            ["2 Strength Tillgänglighetsplan", "2 Strength Valfrihet inom hemtjänsten", "2 Improvement Följ upp svarstider"],
            narrative.Findings.Select(f => $"{f.Area} {f.Kind} {f.Text}"));
    }

    [Fact]
    public void Read_ListItemsTheReaderSetAsATable_AreItemsOfTheList()
    {
        var list = new Table(
            [
                new TableRow([TableCell.FromText(string.Empty, 5), TableCell.FromText("Utveckla webbplatsen", 5)]),
                new TableRow([TableCell.FromText(string.Empty, 5), TableCell.FromText("Inför ett system där nämndernas resultat redovisas med nyckeltal per", 5)]),
            ],
            5);

        var narrative = Read(
            new Heading(2, "Område 1 Offentlighet och demokrati", 5),
            new Heading(3, "Förbättringsområden", 5),
            new ListItem("Gör den etiska plattformen känd", 0, 5),
            list,
            new Paragraph("verksamhet och år", 5),
            new ListItem("Utbilda alla medarbetare", 0, 5));

        Assert.Equal(
            ["Gör den etiska plattformen känd", "Utveckla webbplatsen", "Inför ett system där nämndernas resultat redovisas med nyckeltal per verksamhet och år", "Utbilda alla medarbetare"],
            narrative.Findings.Select(f => f.Text));
    }

    [Fact]
    public void Read_SubQuestionHeadingWithoutAreaHeading_OpensItsArea()
    {
        var narrative = Read(
            new Heading(2, "2.6 Hur arbetar kommunen med synpunktshantering?", 3),
            new Paragraph("Det finns ett system.", 3));

        Assert.Equal(["2 2.6 Det finns ett system."], narrative.Passages.Select(p => $"{p.Area} {p.Question} {p.Text}"));
        Assert.Contains("2.6", narrative.QuestionHeadings);
    }

    [Fact]
    public void Read_ParagraphInTheCatalogsWordingEndingInAPeriod_IsTheSubQuestionsHeading()
    {
        var original = FrameworkCatalog.Default.Find("2002")!;
        var question = original.Question("5.3")!;
        var narrative = Read(
            original,
            new Heading(1, "Område 5 " + original.Area(5)!.Title, 8),
            new Paragraph($"5.3 {question.Text.TrimEnd('.')}.", 8),
            new Paragraph("Kostnaderna redovisas per verksamhet.", 8),
            new Paragraph("5.3 Kostnaderna redovisas per verksamhet och följs upp varje månad.", 8));

        Assert.Contains("5.3", narrative.QuestionHeadings);
        Assert.Equal(
            ["5.3 Kostnaderna redovisas per verksamhet.", "5.3 5.3 Kostnaderna redovisas per verksamhet och följs upp varje månad."],
            narrative.Passages.Select(p => $"{p.Question} {p.Text}"));
    }

    [Fact]
    public void Read_ParagraphWithoutBulletBeforeTheNextFindingsTitleInABox_IsTheListsLastItem()
    {
        var box = new Table(
            [new TableRow([new TableCell([
                new Paragraph("Sammanfattning område 3", 6),
                new Paragraph("Styrkor", 6),
                new ListItem("Tydlig styrmodell", 0, 6),
                new Paragraph("Ett brett utbud av e-tjänster", 6),
                new Paragraph("Förbättringsområden", 6),
                new ListItem("Följ upp målen", 0, 6),
            ])])],
            6);

        var narrative = Read(new Heading(2, "Område 3 Politisk styrning och kontroll", 5), new Paragraph("Om styrning.", 5), box);

        Assert.Equal(
            ["Strength Tydlig styrmodell", "Strength Ett brett utbud av e-tjänster", "Improvement Följ upp målen"],
            narrative.Findings.Select(f => $"{f.Kind} {f.Text}"));
    }

    private static Narrative Read(params Block[] blocks) => Read(Revised, blocks);

    private static Narrative Read(Framework framework, params Block[] blocks)
    {
        var flat = ReportBlocks.Flatten(blocks);
        return NarrativeReader.Read(flat, framework, new BlockLedger(flat.Count));
    }
}
