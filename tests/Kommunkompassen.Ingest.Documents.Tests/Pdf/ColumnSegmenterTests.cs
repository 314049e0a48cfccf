using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;
using static Kommunkompassen.Ingest.Documents.Tests.Pdf.PdfTestPages;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class ColumnSegmenterTests
{
    private const double LeftColumn = 71;
    private const double LeftColumnEnd = 287;
    private const double RightColumn = 307;
    private const double RightColumnEnd = 524;

    /// <summary>Words of a justified Swedish report text, long ones among them, to set in lines.</summary>
    private static readonly string[] Text =
        ("Kommunstyrelsens arbete med synpunktshantering och medborgardialogen har utvecklats under perioden och " +
        "uppföljningen av verksamhetsplanerna redovisas för fullmäktige två gånger per år med jämförelser mot andra kommuner " +
        "samt en analys av avvikelserna i förvaltningarnas rapporter och av hur resultaten används i budgetarbetet").Split(' ');

    [Fact]
    public void Segment_TwoJustifiedColumnsSharingBaselines_LeftColumnThenRight()
    {
        var left = Column(LeftColumn, LeftColumnEnd, 12, 0);
        var right = Column(RightColumn, RightColumnEnd, 12, 5);
        var lines = left.Zip(right, (l, r) => new TextLine([.. l.Words, .. r.Words], 1)).ToList();

        var regions = ColumnSegmenter.Default.Segment(new PageContent(1, 595, 842, lines, []));

        Assert.Equal(2, regions.Count);
        Assert.Equal(left.Select(l => l.Text), regions[0].Lines.Select(l => l.Text));
        Assert.Equal(right.Select(l => l.Text), regions[1].Lines.Select(l => l.Text));
        Assert.Equal(RightColumn, regions[1].Column!.Left, 6);
        Assert.True(regions[0].Column!.Right < RightColumn);
    }

    [Fact]
    public void Segment_OneJustifiedColumnWithWideSpaces_IsThePageItself()
    {
        var page = new PageContent(1, 595, 842, Column(LeftColumn, RightColumnEnd, 20, 0, maxWords: 4), []);

        Assert.Same(page, Assert.Single(ColumnSegmenter.Default.Segment(page)));
    }

    [Fact]
    public void Segment_TableOfFigures_IsThePageItself()
    {
        var lines = Enumerable.Range(0, 8)
            .Select(i => new TextLine([Word($"3.{i + 1}", 71, 700 - (15 * i)), Word("Hur", 95, 700 - (15 * i)), Word("styrs", 120, 700 - (15 * i)), Word("20", 400, 700 - (15 * i)), Word($"{10 + i}", 450, 700 - (15 * i)), Word("75%", 500, 700 - (15 * i))], 1))
            .ToList();
        var page = new PageContent(1, 595, 842, lines, []);

        Assert.Same(page, Assert.Single(ColumnSegmenter.Default.Segment(page)));
    }

    [Fact]
    public void Segment_BoldHeadingBetweenTwoColumnSections_PartsThem()
    {
        var upper = Pair(Column(LeftColumn, LeftColumnEnd, 6, 0, top: 760), Column(RightColumn, RightColumnEnd, 6, 3, top: 760));
        var heading = Line("Område 4 Effektivitet", LeftColumn, 660, bold: true, size: 13);
        var lower = Pair(Column(LeftColumn, LeftColumnEnd, 6, 6, top: 630), Column(RightColumn, RightColumnEnd, 6, 9, top: 630));

        var regions = ColumnSegmenter.Default.Segment(new PageContent(1, 595, 842, [.. upper, heading, .. lower], []));

        Assert.Equal([6, 6, 1, 6, 6], regions.Select(r => r.Lines.Count));
        Assert.Equal("Område 4 Effektivitet", regions[2].Lines[0].Text);
        Assert.Null(regions[2].Column);
    }

    [Fact]
    public void Segment_TableRowsWithOnlyFiguresRightOfTheGutter_AreReadAcrossThePage()
    {
        var upper = Pair(Column(LeftColumn, LeftColumnEnd, 6, 0, top: 760), Column(RightColumn, RightColumnEnd, 6, 3, top: 760));
        List<TextLine> table =
        [
            new([Word("Delfråga", LeftColumn, 660, bold: true), Word("Max", 420, 660, bold: true), Word("Poäng", 480, 660, bold: true)], 1),
            .. Enumerable.Range(0, 4).Select(i => new TextLine(
                [Word($"2.{i + 1}", LeftColumn, 645 - (15 * i)), Word("Hur", 95, 645 - (15 * i)), Word("arbetar", 120, 645 - (15 * i)), Word("kommunen?", 165, 645 - (15 * i)),
                 Word("20", 420, 645 - (15 * i)), Word($"{8 + i}", 480, 645 - (15 * i))], 1)),
        ];
        var lower = Pair(Column(LeftColumn, LeftColumnEnd, 6, 6, top: 570), Column(RightColumn, RightColumnEnd, 6, 9, top: 570));

        var regions = ColumnSegmenter.Default.Segment(new PageContent(1, 595, 842, [.. upper, .. table, .. lower], []));

        var across = Assert.Single(regions, r => r.Lines.Any(l => l.Text.StartsWith("Delfråga", StringComparison.Ordinal)));
        Assert.Null(across.Column);
        Assert.Equal(table.Select(l => l.Text), across.Lines.Select(l => l.Text));
        Assert.Equal([6, 6, 5, 6, 6], regions.Select(r => r.Lines.Count));
    }

    [Fact]
    public void Segment_BoxAcrossTheGutter_EndsTheBand()
    {
        var upper = Pair(Column(LeftColumn, LeftColumnEnd, 6, 0, top: 760), Column(RightColumn, RightColumnEnd, 6, 3, top: 760));
        var boxed = Pair(Column(LeftColumn + 10, LeftColumnEnd, 3, 6, top: 650), Column(RightColumn, RightColumnEnd - 10, 3, 9, top: 650));
        Ruling[] box =
        [
            Ruling.Between(LeftColumn, 665, RightColumnEnd, 665), Ruling.Between(LeftColumn, 600, RightColumnEnd, 600),
            Ruling.Between(LeftColumn, 600, LeftColumn, 665), Ruling.Between(RightColumnEnd, 600, RightColumnEnd, 665),
        ];

        var regions = ColumnSegmenter.Default.Segment(new PageContent(1, 595, 842, [.. upper, .. boxed], box));

        Assert.Equal([6, 6, 3], regions.Select(r => r.Lines.Count));
        Assert.Null(regions[2].Column);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(24)]
    [InlineData(26)]
    public void Segment_CorpusPage_IsThePageItself(int number)
    {
        var page = Page(Corpus.Report2005Pdf, number);

        Assert.Same(page, Assert.Single(ColumnSegmenter.Default.Segment(page)));
    }

    [Fact]
    public void Segment_UnbalancedColumnsFromLibreOffice_FirstColumnRunsOnBelowTheSecond()
    {
        var page = HeaderFooterFilter.Default.Filter(ReadSample("word-sections.pdf"))[0];

        var regions = ColumnSegmenter.Default.Segment(page);

        Assert.Equal(3, regions.Count);
        Assert.Equal("Området handlar om hur kommunen informerar invånarna, hur den för en dialog med", regions[0].Lines[1].Text);
        Assert.Equal("6.1 Hur informeras invånarna?", regions[1].Lines[0].Text);
        Assert.Equal("\uF0B7 Öppna möten inför större beslut, där", regions[1].Lines[^1].Text);
        Assert.Equal("synpunkterna redovisas för nämnden.", regions[2].Lines[0].Text);
    }

    /// <summary>
    /// Lines justified between left and right, 14 pt apart, filled with the text's words from an
    /// offset: as many as fit (6 pt a letter, 3 pt a space), at most <paramref name="maxWords"/>.
    /// </summary>
    private static List<TextLine> Column(double left, double right, int count, int offset, double top = 760, int maxWords = int.MaxValue)
    {
        var lines = new List<TextLine>();
        var next = offset;
        for (var i = 0; i < count; i++)
        {
            var words = new List<string>();
            var width = 0.0;
            while (words.Count < maxWords)
            {
                var word = Text[next % Text.Length];
                var wider = width + (words.Count > 0 ? 3 : 0) + (word.Length * 6);
                if (words.Count > 0 && wider > right - left)
                {
                    break;
                }

                words.Add(word);
                width = wider;
                next++;
            }

            lines.Add(Line(string.Join(' ', words), left, top - (14 * i), right: right));
        }

        return lines;
    }

    private static List<TextLine> Pair(List<TextLine> left, List<TextLine> right) =>
        [.. left.Zip(right, (l, r) => new TextLine([.. l.Words, .. r.Words], 1))];
}
