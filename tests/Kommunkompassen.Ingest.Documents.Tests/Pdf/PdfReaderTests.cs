using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed partial class PdfReaderTests
{
    private static readonly Lazy<IReadOnlyList<Block>> Blocks2005 = new(() => Read(Corpus.Report2005Pdf, out _));

    private static readonly Lazy<IReadOnlyList<Block>> Blocks2010 = new(() => Read(Corpus.Report2010Pdf, out _));

    [Theory]
    [InlineData(Corpus.Report2005Docx, Corpus.Report2005Pdf)]
    [InlineData(Corpus.Report2010Docx, Corpus.Report2010Pdf)]
    public void Read_CorpusPdf_SameBlockTextsAsItsDocx(string docx, string pdf)
    {
        var expected = BlockTextDiff.Entries(DocumentLoader.Default.Load(Corpus.PathOf(docx)).Blocks);
        var actual = BlockTextDiff.Entries(DocumentLoader.Default.Load(Corpus.PathOf(pdf)).Blocks);

        var differences = BlockTextDiff.Differences(expected, actual);

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public void Read_ScoreTableOverPageBreak_OneEightColumnTableWithTheDocxRows()
    {
        var pdfTable = ScoreTable(Blocks2005.Value);
        var docxTable = ScoreTable(DocumentLoader.Default.Load(Corpus.PathOf(Corpus.Report2005Docx)).Blocks);

        Assert.Equal(8, pdfTable.ColumnCount);
        Assert.Equal(16, pdfTable.Rows.Count);
        Assert.Equal(24, pdfTable.Page);
        Assert.Equal(docxTable.ToGrid(), pdfTable.ToGrid());
        Assert.Equal(
            [
                "3.3 Hur rapporterar tjänstemännen till den politiska nivån och vilka möjligheter har politikerna att utöva tillsyn över förvaltningen?",
                "30", "27", "90%",
                "4.3 Går det att ta lokala initiativ med avsikt att hitta egna intäktskällor eller etablera samarbete med externa organ för att stärka serviceutbudet?",
                "20", "20", "100%",
            ],
            pdfTable.ToGrid()[13]);
        Assert.Equal(["", "", "", "", "2.4 Genomförs brukar-/medborgarundersökningar?", "20", "18", "90%"], pdfTable.ToGrid()[7]);
    }

    [Fact]
    public void Read_Corpus_NoRunningHeaderFooterOrPageNumber()
    {
        var texts = AllTexts(Blocks2005.Value).ToList();

        Assert.DoesNotContain(texts, t => t.Contains("Sida 24 (26)", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Kommunkompassen – Botkyrka kommun 2005", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t == "Sveriges Kommuner och Landsting");
    }

    [Fact]
    public void Read_Corpus_CoordinatedCompoundKeepsHyphenAndSpace()
    {
        Assert.Contains(AllTexts(Blocks2005.Value), t => t.Contains("synpunkts- och klagomålshantering", StringComparison.Ordinal));
        Assert.Contains(AllTexts(Blocks2010.Value), t => t.Contains("synpunkts- och klagomålshanteringssystem", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ParagraphOverPageBreak_IsOneParagraphOnItsFirstPage()
    {
        var paragraph = Assert.Single(Blocks2005.Value, b => b.Text.Contains("förvaltningarna och tjänstemän från kommunledningen", StringComparison.Ordinal));
        var dehyphenated = Assert.Single(Blocks2005.Value, b => b.Text.Contains("skraddarsydd utbildning", StringComparison.Ordinal));

        Assert.IsType<Paragraph>(paragraph);
        Assert.Equal(13, paragraph.Page);
        Assert.Equal(15, dehyphenated.Page);
    }

    [Fact]
    public void Read_Corpus_EveryBlockHasItsPage()
    {
        var blocks = Read(Corpus.Report2010Pdf, out var pageCount);

        Assert.Equal(33, pageCount);
        NonEmpty.All(Flatten(blocks), b => Assert.InRange(b.Page ?? 0, 1, 33));
        Assert.Equal(1, blocks[0].Page);
        Assert.Equal(32, blocks[^1].Page);
    }

    [Fact]
    public void Read_ShadedSummaryBox_OneCellTableWithHeadingsAndItems()
    {
        var box = Blocks2010.Value.OfType<Table>().First(t => t.ColumnCount == 1);

        var blocks = Assert.Single(Assert.Single(box.Rows).Cells).Blocks;

        Assert.Equal(11, box.Page);
        Assert.Equal("Sammanfattning område 1", Assert.IsType<Heading>(blocks[0]).Content);
        Assert.Equal("Styrkor", Assert.IsType<Heading>(blocks[1]).Content);
        Assert.Equal("Förbättringsområden", Assert.IsType<Heading>(blocks[7]).Content);
        Assert.Equal(12, blocks.OfType<ListItem>().Count());
        Assert.Equal("Fördjupa arbetet mot korruption", blocks[^1].Text);
    }

    [Fact]
    public void Read_Corpus_HeadingsAndListItemsFound()
    {
        var blocks = Blocks2005.Value;

        Assert.Equal(new Heading(1, "Kommunkompassen", 1), blocks[0]);
        Assert.Contains(blocks, b => b is Heading { Content: "1 Vad är Kommunkompassen?", Level: 1 });
        Assert.Contains(blocks, b => b is Heading { Content: "3 Detaljerad genomgång i förhållande till Kommunkompassens åtta områden", Level: 1 });
        Assert.Contains(blocks, b => b is Heading { Content: "Område 1 Offentlighet och demokratisk kontroll", Level: 2 });
        Assert.Contains(blocks, b => b is ListItem { Content: "1.1 Hur informeras invånarna?", Level: 0 });
        Assert.DoesNotContain(blocks, b => b is Heading h && h.Content.Length > 160);
    }

    [Fact]
    public void Read_PdfFromAnotherWriter_GivesHeadingParagraphsListAndTable()
    {
        var first = "Kommunkompassen ar ett verktyg for utvardering och analys av kommuners satt att arbeta. Verktyget har arbetats fram i samverkan mellan flera nordiska universitet och kommunforbund och har anvants i manga kommuner.";
        var item = "kommunens formedling av tjanster till invanarna, foretagen och foreningarna i hela kommunen, bade i tatorterna och pa landsbygden";
        var long_ = string.Join(' ', Enumerable.Range(1, 45).Select(i => $"Mening {i} beskriver hur kommunen arbetar med kvalitet, uppfoljning och dialog med invanarna."));
        using var pdf = new SyntheticReportPdf(pageCount: 2);
        pdf.Heading("1 Inledning");
        pdf.Paragraph(first);
        pdf.Bullet("det politiska systemet");
        pdf.Bullet(item);
        pdf.Paragraph(long_);
        pdf.Table(
            [71, 250, 400, 524],
            [["Omrade"], ["Poang"], ["Forandring"]],
            [["Offentlighet och demo-", "kratisk kontroll i Udde-", "valla"], ["91"], ["10 %"]],
            [["Totalt"], ["692"], ["9 %"]]);

        var (blocks, pages) = new PdfReader().Read(pdf.Build(), "synthetic.pdf");

        Assert.Equal(2, pages);
        Assert.Equal(
            ["H: 1 Inledning", "P: " + first, "LI: det politiska systemet", "LI: " + item, "P: " + long_, "TABLE 3x3"],
            BlockTextDiff.Entries(blocks).Where(e => !e.StartsWith("ROW", StringComparison.Ordinal)));
        Assert.Equal(
            [["Omrade", "Poang", "Forandring"], ["Offentlighet och demokratisk kontroll i Uddevalla", "91", "10 %"], ["Totalt", "692", "9 %"]],
            Assert.IsType<Table>(blocks[^1]).ToGrid());
        Assert.Equal([1, 1, 1, 1, 1, 2], blocks.Select(b => b.Page ?? 0));
    }

    [Fact]
    public void Read_TruncatedPdf_ThrowsCorrupt()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(Corpus.Report2005Pdf));

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReader().Read(bytes[..(bytes.Length / 2)], "half.pdf"));

        Assert.StartsWith("the PDF is corrupt or truncated", ex.Reason, StringComparison.Ordinal);
        Assert.Equal("half.pdf", ex.FileName);
    }

    [Fact]
    public void Read_GarbageBetweenHeaderAndEnd_ThrowsCorrupt()
    {
        var bytes = "%PDF-1.7\nthis is no pdf body at all\n%%EOF\n"u8.ToArray();

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReader().Read(bytes, "garbage.pdf"));

        Assert.DoesNotContain('\n', ex.Reason);
    }

    [Fact]
    public void Read_PagesWithoutText_ThrowsNoTextLayer()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        page.DrawRectangle(new PdfPoint(72, 72), 400, 600);

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReader().Read(builder.Build(), "scan.pdf"));

        Assert.Equal("the PDF has no text layer (a scanned document?); it needs OCR first", ex.Reason);
    }

    [Theory]
    [InlineData("encrypted-user-password.pdf")]
    [InlineData("encrypted-owner-password.pdf")]
    public void Read_EncryptedPdf_ThrowsEncrypted(string sample)
    {
        var bytes = File.ReadAllBytes(SamplePath(sample));

        var ex = Assert.Throws<DocumentReadException>(() => new PdfReader().Read(bytes, sample));

        Assert.StartsWith("the PDF is encrypted", ex.Reason, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Block> Read(string corpusFile, out int? pageCount)
    {
        var read = new PdfReader().Read(File.ReadAllBytes(Corpus.PathOf(corpusFile)), corpusFile);
        pageCount = read.PageCount;
        return read.Blocks;
    }

    private static Table ScoreTable(IReadOnlyList<Block> blocks) =>
        blocks.OfType<Table>().First(t => t.Rows[0].Cells[0].Text.StartsWith("Kommunkompassen - Resultat", StringComparison.Ordinal));

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b is Table t ? [b, .. Flatten(t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Blocks))] : new[] { b });

    private static IEnumerable<string> AllTexts(IEnumerable<Block> blocks) => Flatten(blocks).Select(b => b.Text);

    private static string SamplePath(string name) => PdfTestPages.SamplePath(name);
}
