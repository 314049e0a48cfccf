using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// The style sheet and numbering definitions of a styled DOCX. Headings get the style ids the
/// house style asks for: Word's built-in "heading N" (with the Swedish style ids "RubrikN"),
/// custom-named styles with their own <c>w:outlineLvl</c>, or custom styles based on a custom
/// base that carries it. Bullets: a plain bullet definition, and a custom list style
/// ("KK Punktlista", a numbering style) whose definition carries <c>w:styleLink</c> while the
/// numbering paragraphs use points to a definition with <c>w:numStyleLink</c>, as Word writes it.
/// </summary>
internal static class DocxStyleSheet
{
    /// <summary>Bullets with their own numbering definition.</summary>
    public const int DirectBulletNumId = 1;

    /// <summary>The numbering the list style's own definition (w:styleLink) has.</summary>
    public const int ListStyleNumId = 2;

    /// <summary>The numbering paragraphs in the list style use (w:numStyleLink).</summary>
    public const int LinkedBulletNumId = 3;

    public const string ListParagraphStyle = "Liststycke";

    public const string CaptionStyle = "Beskrivning";

    public const string ListStyleId = "KKPunktlista";

    /// <summary>Body text size in half-points (10.5 pt).</summary>
    public const int BodySize = 21;

    /// <summary>Heading sizes in half-points by level 1-3.</summary>
    public static readonly int[] HeadingSizes = [32, 26, 22];

    public static string FontName(BodyFont font) => font == BodyFont.Serif ? "DejaVu Serif" : "DejaVu Sans";

    public const string HeadingFont = "DejaVu Sans";

    /// <summary>The paragraph style of a heading level (1-3), or null when headings are formatted directly.</summary>
    public static string? HeadingStyleId(HeadingFormat format, int level) => format switch
    {
        HeadingFormat.BuiltIn => $"Rubrik{level}",
        HeadingFormat.CustomOutlineDirect => $"KKRubrik{level}",
        HeadingFormat.CustomOutlineBasedOn => $"Rapportrubrik{level}",
        _ => null,
    };

    public static void AddStyles(MainDocumentPart main, HouseStyle style)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        var font = FontName(style.Font);
        var styles = new WordStyles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font },
                    new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new Languages { Val = "sv-SE" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "List Paragraph" },
                new BasedOn { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }, new Indentation { Left = "720" }))
            { Type = StyleValues.Paragraph, StyleId = ListParagraphStyle },
            new Style(
                new StyleName { Val = "caption" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120", After = "60" }),
                new StyleRunProperties(new Italic(), new FontSize { Val = "18" }))
            { Type = StyleValues.Paragraph, StyleId = CaptionStyle },
            new Style(
                new StyleName { Val = "KK Punktlista" },
                new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = ListStyleNumId })))
            { Type = StyleValues.Numbering, StyleId = ListStyleId, CustomStyle = true });

        foreach (var heading in HeadingStyles(style.Headings))
        {
            styles.Append(heading);
        }

        part.Styles = styles;
    }

    private static IEnumerable<Style> HeadingStyles(HeadingFormat format)
    {
        for (var level = 1; level <= 3; level++)
        {
            var size = HeadingSizes[level - 1].ToString(System.Globalization.CultureInfo.InvariantCulture);
            StyleParagraphProperties Paragraph(bool outline) => new(
                [
                    new KeepNext(),
                    new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" },
                    .. outline ? [new OutlineLevel { Val = level - 1 }] : Array.Empty<OpenXmlElement>(),
                ]);
            StyleRunProperties Run() => new(
                new RunFonts { Ascii = HeadingFont, HighAnsi = HeadingFont, ComplexScript = HeadingFont },
                new Bold(),
                new FontSize { Val = size });
            switch (format)
            {
                case HeadingFormat.BuiltIn:
                    yield return new Style(
                        new StyleName { Val = $"heading {level}" },
                        new BasedOn { Val = "Normal" },
                        new NextParagraphStyle { Val = "Normal" },
                        new UIPriority { Val = 9 },
                        new PrimaryStyle(),
                        Paragraph(outline: true),
                        Run())
                    { Type = StyleValues.Paragraph, StyleId = $"Rubrik{level}" };
                    break;
                case HeadingFormat.CustomOutlineDirect:
                    yield return new Style(
                        new StyleName { Val = $"KK Rubrik {level}" },
                        new BasedOn { Val = "Normal" },
                        new NextParagraphStyle { Val = "Normal" },
                        new PrimaryStyle(),
                        Paragraph(outline: true),
                        Run())
                    { Type = StyleValues.Paragraph, StyleId = $"KKRubrik{level}", CustomStyle = true };
                    break;
                case HeadingFormat.CustomOutlineBasedOn:
                    yield return new Style(
                        new StyleName { Val = $"Rubrikgrund {level}" },
                        new BasedOn { Val = "Normal" },
                        new NextParagraphStyle { Val = "Normal" },
                        Paragraph(outline: true),
                        Run())
                    { Type = StyleValues.Paragraph, StyleId = $"Rubrikgrund{level}", CustomStyle = true };
                    yield return new Style(
                        new StyleName { Val = $"Rapportrubrik {level}" },
                        new BasedOn { Val = $"Rubrikgrund{level}" },
                        new NextParagraphStyle { Val = "Normal" },
                        new PrimaryStyle(),
                        new StyleRunProperties(new Color { Val = "1F3864" }))
                    { Type = StyleValues.Paragraph, StyleId = $"Rapportrubrik{level}", CustomStyle = true };
                    break;
            }
        }
    }

    public static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
        Level Bullet(string glyph) => new(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Bullet },
            new LevelText { Val = glyph },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }))
        { LevelIndex = 0 };

        part.Numbering = new Numbering(
            new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }, Bullet("•")) { AbstractNumberId = 0 },
            new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }, new StyleLink { Val = ListStyleId }, Bullet("–")) { AbstractNumberId = 1 },
            new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }, new NumberingStyleLink { Val = ListStyleId }) { AbstractNumberId = 2 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = DirectBulletNumId },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = ListStyleNumId },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = LinkedBulletNumId });
    }
}
