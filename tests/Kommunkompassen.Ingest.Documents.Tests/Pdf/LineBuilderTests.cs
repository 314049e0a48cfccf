using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.PdfFonts;

namespace Kommunkompassen.Ingest.Documents.Tests.Pdf;

public sealed class LineBuilderTests
{
    [Fact]
    public void Build_BulletedListPage_SplitsSymbolBulletIntoOwnWord()
    {
        var page = PdfTestPages.Page(Corpus.Report2005Pdf, 6);

        var line = Assert.Single(page.Lines, l => l.Text.EndsWith("1.1 Hur informeras invånarna?", StringComparison.Ordinal));

        Assert.Equal("\uF0B7", line.Words[0].Text);
        Assert.Equal("1.1", line.Words[1].Text);
        Assert.True(line.StartsWithBullet);
    }

    [Fact]
    public void Build_Page_GivesLinesTopToBottom()
    {
        var page = PdfTestPages.Page(Corpus.Report2005Pdf, 3);

        Assert.Equal("Sveriges Kommuner och Landsting", page.Lines[0].Text);
        Assert.Equal("1 Vad är Kommunkompassen?", page.Lines[1].Text);
        NonEmpty.All(page.Lines.Zip(page.Lines.Skip(1)), p => Assert.True(p.First.Baseline > p.Second.Baseline));
    }

    [Fact]
    public void Build_HeadingAndBody_TellsWeightAndSize()
    {
        var page = PdfTestPages.Page(Corpus.Report2005Pdf, 3);

        var heading = page.Lines[1];
        var body = page.Lines[2];

        Assert.True(heading.IsBold);
        Assert.Equal(14, heading.FontSize);
        Assert.Equal("DejaVuSans", heading.FontFamily);
        Assert.False(body.IsBold);
        Assert.Equal(11, body.FontSize);
        Assert.Equal("LiberationSerif", body.FontFamily);
        Assert.EndsWith("Verktöget", body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoLetters_GivesNoLines() => Assert.Empty(LineBuilder.Default.Build([], 1));

    [Fact]
    public void Build_NoSpaceGlyphs_SplitsWordsAtGaps()
    {
        var letters = Letters("Hej", 100, 700).Concat(Letters("då", 125, 700)).ToList();

        var line = Assert.Single(LineBuilder.Default.Build(letters, 1));

        Assert.Equal(["Hej", "då"], line.Words.Select(w => w.Text));
    }

    [Fact]
    public void Build_BulletSetTightToText_IsWordOfItsOwn()
    {
        var line = Assert.Single(LineBuilder.Default.Build([.. Letters("•Punkt", 100, 700)], 1));

        Assert.Equal(["•", "Punkt"], line.Words.Select(w => w.Text));
        Assert.True(line.StartsWithBullet);
    }

    [Fact]
    public void Build_LigatureGlyph_IsSpelledOut()
    {
        var line = Assert.Single(LineBuilder.Default.Build([.. Letters("e\uFB00ektiv", 100, 700)], 1));

        Assert.Equal("effektiv", line.Text);
    }

    [Fact]
    public void Build_BaselinesApart_TwoLinesTopFirstBoldFromFontName()
    {
        var letters = Letters("nedre", 100, 680).Concat(Letters("Övre", 100, 700, fontName: "ABCDEF+Arial-BoldMT")).ToList();

        var lines = LineBuilder.Default.Build(letters, 3);

        Assert.Equal(["Övre", "nedre"], lines.Select(l => l.Text));
        Assert.True(lines[0].IsBold);
        Assert.Equal("Arial", lines[0].FontFamily);
        Assert.Equal(3, lines[1].Page);
    }

    [Fact]
    public void Build_SuperscriptFootnoteMark_StaysInItsLine()
    {
        var letters = Letters("text", 100, 700).Concat(Letters("1", 121, 704, size: 7)).Concat(Letters("mer", 130, 700)).ToList();

        var line = Assert.Single(LineBuilder.Default.Build(letters, 1));

        Assert.Equal("text1 mer", line.Text);
        Assert.Equal(700, line.Baseline);
        Assert.Equal(11, line.FontSize);
    }

    [Fact]
    public void Build_SpaceDrawnWhereNextLetterStarts_SplitsNoWord()
    {
        // A browser marks where "Kommun|styrelsen" may break with a space glyph drawn at the very
        // place of the next letter; a real space takes room.
        var letters = Letters("Kommun", 100, 700)
            .Append(Letter(" ", 130, 700, 0))
            .Concat(Letters("styrelsen", 130, 700, sequence: 7))
            .Append(Letter(" ", 175, 700, 16))
            .Concat(Letters("beslutar", 180, 700, sequence: 17))
            .ToList();

        var line = Assert.Single(LineBuilder.Default.Build(letters, 1));

        Assert.Equal(["Kommunstyrelsen", "beslutar"], line.Words.Select(w => w.Text));
    }

    [Fact]
    public void Build_PageSetSideways_ReadInItsFrameTopToBottom()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(PdfTestPages.SamplePath("rotated.pdf"));
        var page = document.GetPage(2);
        var frame = PageFrame.For(TextOrientation.Rotate270, page.Width, page.Height);

        var lines = LineBuilder.Default.Build(page.Letters, 2, frame);

        Assert.Equal("Jämförelse med andra kommuner", lines[0].Text);
        Assert.Contains(lines, l => l.Text.StartsWith("Kommunen ligger något under genomsnittet", StringComparison.Ordinal));
        NonEmpty.All(lines.Zip(lines.Skip(1)), p => Assert.True(p.First.Baseline > p.Second.Baseline));
        NonEmpty.All(lines, l => Assert.InRange(l.Right, 0, frame.Width));
        Assert.DoesNotContain(LineBuilder.Default.Build(page.Letters, 2), l => l.Text.Contains("Jämförelse", StringComparison.Ordinal));
    }

    /// <summary>Letters of a word set at 11 pt (or the size given), 5 pt apart, starting at x on baseline y.</summary>
    private static IEnumerable<Letter> Letters(string text, double x, double y, string fontName = "ABCDEF+Times-Roman", double size = 11, int sequence = 0)
    {
        for (var i = 0; i < text.Length; i++)
        {
            yield return Letter(text[i].ToString(), x + (i * 5), y, sequence + i, fontName, size);
        }
    }

    /// <summary>One letter 5 pt wide at x on baseline y.</summary>
    private static Letter Letter(string value, double x, double y, int sequence, string fontName = "ABCDEF+Times-Roman", double size = 11)
    {
        var font = new FontDetails(fontName, false, FontDetails.DefaultWeight, false);
        var box = new PdfRectangle(x, y, x + 5, y + 8);
        return new Letter(
            value, box, box, new PdfPoint(x, y), new PdfPoint(x + 5, y), 5, 11, font,
            TextRenderingMode.Fill, GrayColor.Black, GrayColor.Black, size, sequence);
    }
}
