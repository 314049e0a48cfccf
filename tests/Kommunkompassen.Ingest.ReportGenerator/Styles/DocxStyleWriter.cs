using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.IO;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// Writes a <see cref="ReportLayout"/> as a Word document with the Open XML SDK, each layout
/// choice in Word's own means: heading styles (built-in, custom with an outline level, custom
/// based on a style with one) or direct formatting; bullets by numbering, through a list style,
/// or as a literal glyph and tab; grids as ruled tables, tables with every border none, or rows of
/// tab-separated text on tab stops (<see cref="DocxGrids"/>); a shaded one-cell table or a floating text box
/// (<see cref="DocxTextBox"/>) for findings; sections with two columns or landscape pages; soft
/// hyphens as <c>w:softHyphen</c>; a running header and the page footer as fields. Entry times
/// are fixed (<see cref="StableZip"/>), so the same layout gives the same bytes. Thread-safe.
/// </summary>
public sealed class DocxStyleWriter
{
    private const int PortraitWidth = 11906;
    private const int PortraitHeight = 16838;
    private const int Margin = 1418;
    private const int HeaderDistance = 709;

    /// <summary>The space between two text columns, in twips (0.75 cm).</summary>
    private const int ColumnSpace = 425;

    /// <summary>Text size in a floating text box, in half-points (9 pt).</summary>
    private const string TextBoxSize = "18";

    public static DocxStyleWriter Default { get; } = new();

    /// <summary>The printable width of a page in twips.</summary>
    public static int TextWidth(bool landscape) => (landscape ? PortraitHeight : PortraitWidth) - (2 * Margin);

    public byte[] Write(ReportLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids throughout: the SDK's own are random, and equal content must give equal bytes.
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            DocxStyleSheet.AddStyles(main, layout.Style);
            DocxStyleSheet.AddNumbering(main);
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            settings.Settings = new W.Settings(
                new W.DefaultTabStop { Val = 1304 },
                new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress });
            AddHeaderAndFooter(main, layout);

            var body = new W.Body();
            new Builder(layout, main.HeaderParts.Any()).WriteBody(body);
            var document = new W.Document(body);
            document.AddNamespaceDeclaration("mc", DocxTextBox.MarkupCompatibilityNamespace);
            document.AddNamespaceDeclaration("wp", DocxTextBox.WordprocessingDrawingNamespace);
            document.AddNamespaceDeclaration("a", DocxTextBox.DrawingNamespace);
            document.AddNamespaceDeclaration("wps", DocxTextBox.WordprocessingShapeNamespace);
            document.AddNamespaceDeclaration("v", DocxTextBox.VmlNamespace);
            document.AddNamespaceDeclaration("o", DocxTextBox.OfficeNamespace);
            document.AddNamespaceDeclaration("w10", DocxTextBox.Word10Namespace);
            main.Document = document;
        }

        using var output = new MemoryStream();
        stream.Position = 0;
        StableZip.Rewrite(stream, output, CompressionLevel.Optimal);
        return output.ToArray();
    }

    private static void AddHeaderAndFooter(MainDocumentPart main, ReportLayout layout)
    {
        static W.SimpleField Field(string instruction) => new(new W.Run(new W.Text("1"))) { Instruction = $" {instruction} " };
        static W.Run Text(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        var small = new W.ParagraphMarkRunProperties(new W.FontSize { Val = "16" });
        if (layout.RunningHeader is { } header)
        {
            var part = main.AddNewPart<HeaderPart>("rIdHeader");
            part.Header = new W.Header(new W.Paragraph(
                new W.ParagraphProperties(new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Position = TextWidth(false) }), small.CloneNode(true)),
                Text(header),
                new W.Run(new W.TabChar()),
                Field("PAGE"),
                Text(" ("),
                Field("NUMPAGES"),
                Text(")")));
        }

        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        OpenXmlElement[] content = layout.Style.Footer == FooterForm.SidaXAvY
            ? [Text("Sida "), Field("PAGE"), Text(" av "), Field("NUMPAGES")]
            : [Field("PAGE")];
        footer.Footer = new W.Footer(new W.Paragraph(
            [new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Center }, small.CloneNode(true)), .. content]));
    }

    /// <summary>One document's writing state: the section in progress and the text box count.</summary>
    private sealed class Builder(ReportLayout layout, bool hasHeader)
    {
        private readonly HouseStyle style = layout.Style;
        private (int Columns, bool Landscape) section = (1, false);
        private bool firstSection = true;
        private bool? previousLandscape;
        private int boxes;
        private bool inTextBox;

        /// <summary>The width of a text column of the section in progress, in twips.</summary>
        private int Width => (TextWidth(section.Landscape) - (ColumnSpace * (section.Columns - 1))) / section.Columns;

        public void WriteBody(W.Body body)
        {
            foreach (var block in layout.Blocks)
            {
                if (block is SectionBlock next)
                {
                    body.Append(new W.Paragraph(new W.ParagraphProperties(SectionProperties())));
                    section = (next.Columns, next.Landscape);
                    continue;
                }

                foreach (var element in Write(block, inBox: false))
                {
                    body.Append(element);
                }
            }

            body.Append(SectionProperties());
        }

        /// <summary>The properties of the section in progress, which ends here.</summary>
        private W.SectionProperties SectionProperties()
        {
            var props = new W.SectionProperties();
            if (hasHeader)
            {
                props.Append(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rIdHeader" });
            }

            props.Append(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = "rIdFooter" });
            if (previousLandscape is { } before)
            {
                props.Append(new W.SectionType { Val = before == section.Landscape ? W.SectionMarkValues.Continuous : W.SectionMarkValues.NextPage });
            }

            props.Append(new W.PageSize
            {
                Width = (UInt32Value)(uint)(section.Landscape ? PortraitHeight : PortraitWidth),
                Height = (UInt32Value)(uint)(section.Landscape ? PortraitWidth : PortraitHeight),
                Orient = section.Landscape ? W.PageOrientationValues.Landscape : null,
            });
            props.Append(new W.PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = HeaderDistance, Footer = HeaderDistance, Gutter = 0 });
            props.Append(new W.Columns { Space = ColumnSpace.ToString(CultureInfo.InvariantCulture), ColumnCount = (Int16Value)(short)section.Columns });
            if (firstSection)
            {
                props.Append(new W.TitlePage());
            }

            firstSection = false;
            previousLandscape = section.Landscape;
            return props;
        }

        private IEnumerable<OpenXmlElement> Write(LayoutBlock block, bool inBox) => block switch
        {
            FrontLine line => [FrontParagraph(line)],
            PageBreakBlock => [new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page }))],
            HeadingBlock h => [Heading(h)],
            ParagraphBlock p => [Paragraph(p)],
            BulletsBlock b => b.Items.Select(i => (OpenXmlElement)Bullet(i)),
            BoxBlock box => [ShadedBox(box)],
            FindingsTableBlock t => [FindingsTable(t)],
            GridBlock g when g.Form == TableForm.TabStops => DocxGrids.TabRows(g, Width),
            GridBlock g => [DocxGrids.Table(g, Width)],
            _ => throw new InvalidOperationException($"{block.GetType().Name} cannot be written {(inBox ? "in a box" : "here")}"),
        };

        private static W.Paragraph FrontParagraph(FrontLine line)
        {
            var (size, bold, before) = line.Kind switch
            {
                LineKind.Brand => (56, true, 1800),
                LineKind.Title => (40, true, 240),
                LineKind.Subtitle => (28, false, 240),
                LineKind.Normal => (22, false, 120),
                _ => (18, false, 60),
            };
            var props = new W.RunProperties();
            if (bold)
            {
                props.Append(new W.Bold());
            }

            props.Append(new W.FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
            return new W.Paragraph(
                new W.ParagraphProperties(new W.SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = "60" }),
                new W.Run(props, new W.Text(line.Text) { Space = SpaceProcessingModeValues.Preserve }));
        }

        private W.Paragraph Heading(HeadingBlock h)
        {
            var styleId = DocxStyleSheet.HeadingStyleId(style.Headings, h.Level);
            W.Paragraph paragraph;
            var pageBreak = h.PageBreakBefore ? [new W.PageBreakBefore()] : Array.Empty<OpenXmlElement>();
            if (styleId is not null)
            {
                paragraph = new W.Paragraph(new W.ParagraphProperties([new W.ParagraphStyleId { Val = styleId }, .. pageBreak]));
                paragraph.Append(Runs(h.Text, null, hyphenate: false));
            }
            else
            {
                var size = DocxStyleSheet.HeadingSizes[h.Level - 1].ToString(CultureInfo.InvariantCulture);
                paragraph = new W.Paragraph(new W.ParagraphProperties(
                [
                    new W.KeepNext(),
                    .. pageBreak,
                    new W.SpacingBetweenLines { Before = h.Level == 1 ? "360" : "240", After = "120" },
                ]));
                paragraph.Append(Runs(h.Text, () => new W.RunProperties(
                    new W.RunFonts { Ascii = DocxStyleSheet.HeadingFont, HighAnsi = DocxStyleSheet.HeadingFont },
                    new W.Bold(),
                    new W.FontSize { Val = size }), hyphenate: false));
            }

            if (h.Box is { } box)
            {
                paragraph.InsertAfter(TextBox(box), paragraph.ParagraphProperties);
            }

            return paragraph;
        }

        private W.Paragraph Paragraph(ParagraphBlock p)
        {
            var props = p.Role switch
            {
                ParagraphRole.Caption => new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleSheet.CaptionStyle }),
                _ when style.TwoColumnNarrative => new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Both }),
                _ => new W.ParagraphProperties(),
            };
            var paragraph = new W.Paragraph(props);
            var hyphenate = p.Role != ParagraphRole.Caption;
            if (p.Box is not { } box)
            {
                paragraph.Append(Runs(p.Text, null, hyphenate));
                return paragraph;
            }

            switch (box.Position)
            {
                case BoxPosition.Start:
                    paragraph.Append(TextBox(box));
                    paragraph.Append(Runs(p.Text, null, hyphenate));
                    break;
                case BoxPosition.End:
                    paragraph.Append(Runs(p.Text, null, hyphenate));
                    paragraph.Append(TextBox(box));
                    break;
                default:
                    // Between two sentences near the middle; the first part keeps the space.
                    var split = MiddleSplit(p.Text);
                    paragraph.Append(Runs(p.Text[..split], null, hyphenate));
                    paragraph.Append(TextBox(box));
                    paragraph.Append(Runs(p.Text[split..], null, hyphenate));
                    break;
            }

            return paragraph;
        }

        /// <summary>Where to split a text near its middle: after a sentence's end and its space if there is one, else after a space.</summary>
        private static int MiddleSplit(string text)
        {
            var middle = text.Length / 2;
            var candidates = Enumerable.Range(1, text.Length - 1).Where(i => text[i - 1] == ' ').ToList();
            var sentenceEnds = candidates.Where(i => i >= 2 && text[i - 2] == '.').ToList();
            var pool = sentenceEnds.Count > 0 ? sentenceEnds : candidates;
            return pool.Count == 0 ? text.Length : pool.MinBy(i => Math.Abs(i - middle));
        }

        private W.Paragraph Bullet(string text)
        {
            switch (style.Bullets)
            {
                case BulletForm.LiteralGlyph:
                    var paragraph = new W.Paragraph(new W.ParagraphProperties(
                        new W.Tabs(new W.TabStop { Val = W.TabStopValues.Left, Position = 360 }),
                        new W.SpacingBetweenLines { After = "60" },
                        new W.Indentation { Left = "360", Hanging = "360" }));
                    paragraph.Append(new W.Run(new W.Text("•"), new W.TabChar()));
                    paragraph.Append(Runs(text, null, hyphenate: true));
                    return paragraph;
                default:
                    var numId = style.Bullets == BulletForm.ListStyleLink ? DocxStyleSheet.LinkedBulletNumId : DocxStyleSheet.DirectBulletNumId;
                    var item = new W.Paragraph(new W.ParagraphProperties(
                        new W.ParagraphStyleId { Val = DocxStyleSheet.ListParagraphStyle },
                        new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = numId })));
                    item.Append(Runs(text, null, hyphenate: true));
                    return item;
            }
        }

        /// <summary>Runs of a text; with soft hyphens (when the style has them and <paramref name="hyphenate"/>) as w:softHyphen between text pieces.</summary>
        private IEnumerable<W.Run> Runs(string text, Func<W.RunProperties>? props, bool hyphenate)
        {
            var run = new W.Run();
            if (props is not null)
            {
                var rPr = props();
                if (inTextBox)
                {
                    rPr.RemoveAllChildren<W.FontSize>();
                    rPr.Append(new W.FontSize { Val = TextBoxSize });
                }

                run.Append(rPr);
            }
            else if (inTextBox)
            {
                run.Append(new W.RunProperties(new W.FontSize { Val = TextBoxSize }));
            }

            var parts = (hyphenate && style.SoftHyphens ? SoftHyphens.Insert(text) : text).Split(SoftHyphens.Mark);
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    run.Append(new W.SoftHyphen());
                }

                if (parts[i].Length > 0)
                {
                    run.Append(new W.Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }

            yield return run;
        }

        private W.Run TextBox(FloatingBox box)
        {
            inTextBox = true;
            var paragraphs = box.Content.SelectMany(b => Write(b, inBox: true)).OfType<W.Paragraph>().ToList();
            inTextBox = false;

            // Lines at 9 pt in 8 cm less the bullet indent (about 40 characters), 12 pt a line.
            var lines = box.Content.Sum(b => b switch
            {
                BulletsBlock bullets => bullets.Items.Sum(i => Math.Ceiling(i.Length / 38.0) + 0.3),
                HeadingBlock => 1.8,
                _ => 1.5,
            });
            var width = Math.Min(DocxTextBox.MaxWidthPoints, Width / 20.0);
            return DocxTextBox.Create(paragraphs, ++boxes, width, (lines * 12 * DocxTextBox.MaxWidthPoints / width) + 16, withShapeType: boxes == 1);
        }

        private W.Table ShadedBox(BoxBlock box)
        {
            var cell = new W.TableCell(new W.TableCellProperties(
                new W.TableCellWidth { Width = Width.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                new W.Shading { Val = W.ShadingPatternValues.Clear, Color = "auto", Fill = "E7EEF6" }));
            foreach (var element in box.Content.SelectMany(b => Write(b, inBox: true)))
            {
                cell.Append(element);
            }

            return new W.Table(
                DocxGrids.TableProperties(DocxGrids.Borders(W.BorderValues.Single), Width),
                new W.TableGrid(new W.GridColumn { Width = Width.ToString(CultureInfo.InvariantCulture) }),
                new W.TableRow(cell));
        }

        private W.Table FindingsTable(FindingsTableBlock t)
        {
            var half = (Width / 2).ToString(CultureInfo.InvariantCulture);
            W.TableCell Cell(IEnumerable<OpenXmlElement> content)
            {
                var cell = new W.TableCell(new W.TableCellProperties(new W.TableCellWidth { Width = half, Type = W.TableWidthUnitValues.Dxa }));
                cell.Append(content);
                return cell;
            }

            W.Paragraph Header(string text) => new(new W.Run(new W.RunProperties(new W.Bold()), new W.Text(text)));
            return new W.Table(
                DocxGrids.TableProperties(DocxGrids.Borders(W.BorderValues.Single), Width),
                new W.TableGrid(new W.GridColumn { Width = half }, new W.GridColumn { Width = half }),
                new W.TableRow(new W.TableRowProperties(new W.TableHeader()), Cell([Header(t.StrengthsHeader)]), Cell([Header(t.ImprovementsHeader)])),
                new W.TableRow(Cell(t.Strengths.Select(Bullet)), Cell(t.Improvements.Select(Bullet))));
        }
    }
}
