using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Documents.Text;
using static Kommunkompassen.Ingest.Documents.Tests.Pdf.PdfTestPages;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class ParagraphBuilderTests
{
    private const double Right = 524;

    private static readonly DocumentStyle Style = new(11, "LiberationSerif", [14, 11], new TextColumn(71, Right), HyphenationEvidence.Empty);

    [Fact]
    public void Build_JustifiedLinesAndShortLastLine_OneParagraphThenNext()
    {
        TextLine[] lines =
        [
            Line("Kommunkompassen är ett verktyg för utvärdering och analys av kommuners", 71, 700, right: Right),
            Line("sätt att arbeta.", 71, 685.5),
            Line("Det har använts i ett flertal kommuner.", 71, 671),
        ];

        var blocks = ParagraphBuilder.Default.Build(lines, Style.Column, Style);

        Assert.Equal(
            ["Kommunkompassen är ett verktyg för utvärdering och analys av kommuners sätt att arbeta.", "Det har använts i ett flertal kommuner."],
            blocks.Select(b => b.Text));
        NonEmpty.All(blocks, b => Assert.IsType<Paragraph>(b));
    }

    [Fact]
    public void Build_ParagraphGap_SplitsEvenAfterFullLine()
    {
        TextLine[] lines =
        [
            Line("Första stycket slutar här med en rad som råkar fylla hela bredden helt", 71, 700, right: Right),
            Line("Andra stycket.", 71, 675),
        ];

        Assert.Equal(2, ParagraphBuilder.Default.Build(lines, Style.Column, Style).Count);
    }

    [Fact]
    public void Build_FullLineAtPageEnd_ParagraphContinuesOnNextPage()
    {
        TextLine[] lines =
        [
            Line("Det handlar i grund och botten om det demokratiska perspektivet som är", 71, 60, page: 5, right: Right),
            Line("grundläggande för den offentliga sektorn.", 71, 760, page: 6),
        ];

        var block = Assert.Single(ParagraphBuilder.Default.Build(lines, Style.Column, Style));

        Assert.Equal(5, block.Page);
        Assert.EndsWith("perspektivet som är grundläggande för den offentliga sektorn.", block.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ShortLineAtPageEnd_NextPageStartsNewParagraph()
    {
        TextLine[] lines =
        [
            Line("Slutet på ett stycke.", 71, 60, page: 5),
            Line("Nytt stycke.", 71, 760, page: 6),
        ];

        var blocks = ParagraphBuilder.Default.Build(lines, Style.Column, Style);

        Assert.Equal([5, 6], blocks.Select(b => b.Page));
    }

    [Fact]
    public void Build_BulletWithWrappedLine_OneListItemWithoutGlyph()
    {
        TextLine[] lines =
        [
            new([Word("\uF0B7", 71, 700), .. Line("Strategi och handlingsplan för demokratiarbetet. Demokratiut-", 89, 700, right: Right).Words], 1),
            Line("vecklare.", 89, 685.5),
            new([Word("\uF0B7", 71, 671), .. Line("Områdesgrupper och medborgarkontor.", 89, 671).Words], 1),
            Line("Sedan ett stycke.", 71, 650),
        ];

        var blocks = ParagraphBuilder.Default.Build(lines, Style.Column, Style);

        Assert.Equal(
            ["Strategi och handlingsplan för demokratiarbetet. Demokratiutvecklare.", "Områdesgrupper och medborgarkontor.", "Sedan ett stycke."],
            blocks.Select(b => b.Text));
        Assert.Equal([typeof(ListItem), typeof(ListItem), typeof(Paragraph)], blocks.Select(b => b.GetType()));
        NonEmpty.All(blocks.OfType<ListItem>(), li => Assert.Equal(0, li.Level));
    }

    [Fact]
    public void Build_IndentedBullet_IsNextListLevel()
    {
        TextLine[] lines =
        [
            new([Word("•", 71, 700), Word("Yttre", 89, 700)], 1),
            new([Word("–", 89, 685.5), Word("Inre", 107, 685.5)], 1),
        ];

        var blocks = ParagraphBuilder.Default.Build(lines, Style.Column, Style);

        Assert.Equal([0, 1], blocks.Cast<ListItem>().Select(li => li.Level));
    }

    [Fact]
    public void Build_BoldHeadingWrappedWithHyphen_OneHeadingByLevel()
    {
        TextLine[] lines =
        [
            Line("3 Detaljerad genomgång i förhållande till Kommunkom-", 71, 733, size: 14, bold: true, family: "DejaVuSans", right: 511),
            Line("passens åtta områden", 71, 714, size: 14, bold: true, family: "DejaVuSans"),
            Line("Brödtext.", 71, 690),
        ];

        var blocks = ParagraphBuilder.Default.Build(lines, Style.Column, Style);

        var heading = Assert.IsType<Heading>(blocks[0]);
        Assert.Equal("3 Detaljerad genomgång i förhållande till Kommunkompassens åtta områden", heading.Content);
        Assert.Equal(1, heading.Level);
        Assert.IsType<Paragraph>(blocks[1]);
    }

    [Fact]
    public void Build_BoldSentenceInBodyFont_IsParagraph()
    {
        var blocks = ParagraphBuilder.Default.Build([Line("Detta är viktigt.", 71, 700, bold: true)], Style.Column, Style);

        Assert.IsType<Paragraph>(Assert.Single(blocks));
    }

    [Fact]
    public void Build_BoldQuestionInHeadingFont_IsHeading()
    {
        var blocks = ParagraphBuilder.Default.Build([Line("6.2 Hur rekryteras nya medarbetare? Kommunen som arbetsgivare.", 71, 700, bold: true, family: "DejaVuSans")], Style.Column, Style);

        Assert.Equal(2, Assert.IsType<Heading>(Assert.Single(blocks)).Level);
    }

    [Fact]
    public void Build_LargeButNotBoldLine_IsParagraph()
    {
        var blocks = ParagraphBuilder.Default.Build([Line("Analys av kommunen", 150, 550, size: 18)], Style.Column, Style);

        Assert.IsType<Paragraph>(Assert.Single(blocks));
    }

    [Fact]
    public void Build_FullLineAtFootOfLeftColumn_ParagraphGoesOnAtTopOfRightColumn()
    {
        var left = new TextColumn(71, 287);
        var right = new TextColumn(307, 524);
        PlacedLine[] lines =
        [
            new(Line("Politikerna efterfrågar dock jämförelser", 71, 120, right: 287), left),
            new(Line("med andra kommuner.", 307, 760), right),
            new(Line("Medborgardialogen har fått en plats.", 307, 745), right),
        ];

        var blocks = ParagraphBuilder.Default.Build(lines, Style);

        Assert.Equal(["Politikerna efterfrågar dock jämförelser med andra kommuner.", "Medborgardialogen har fått en plats."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Build_ShortLineAtFootOfLeftColumn_RightColumnStartsNewParagraph()
    {
        var left = new TextColumn(71, 287);
        var right = new TextColumn(307, 524);
        PlacedLine[] lines =
        [
            new(Line("och kommunfullmäktige.", 71, 120), left),
            new(Line("Revisorerna har påpekat", 307, 760), right),
        ];

        Assert.Equal(2, ParagraphBuilder.Default.Build(lines, Style).Count);
    }

    [Fact]
    public void Build_BulletsInTwoColumns_SameListLevel()
    {
        var left = new TextColumn(71, 287);
        var right = new TextColumn(307, 524);
        PlacedLine[] lines =
        [
            new(new TextLine([Word("•", 71, 700), Word("Färre", 85, 700), Word("mål.", 130, 700)], 1), left),
            new(new TextLine([Word("•", 307, 760), Word("Analysera", 321, 760), Word("orsakerna.", 390, 760)], 1), right),
        ];

        Assert.Equal([0, 0], ParagraphBuilder.Default.Build(lines, Style).Cast<ListItem>().Select(li => li.Level));
    }

    [Theory]
    [InlineData("medborgar\u00AD\u2010")]
    [InlineData("medborgar\u2010")]
    [InlineData("medborgar\u00AD")]
    public void Build_LineEndingInBrowserHyphen_JoinsTheWord(string broken)
    {
        TextLine[] lines =
        [
            Line("Kommunen utvecklar nu arbetet med " + broken, 71, 700),
            Line("dialogen i alla kommundelar.", 71, 685.5),
        ];

        var block = Assert.Single(ParagraphBuilder.Default.Build(lines, Style.Column, Style));

        Assert.Equal("Kommunen utvecklar nu arbetet med medborgardialogen i alla kommundelar.", block.Text);
    }

    [Fact]
    public void Build_BareBulletGlyph_GivesNoBlock() =>
        Assert.Empty(ParagraphBuilder.Default.Build([new TextLine([Word("•", 71, 700)], 1)], Style.Column, Style));
}
