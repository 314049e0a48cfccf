using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Documents.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// Reads a Word document with the Open XML SDK into blocks. Headings come from the style name or
/// outline level, or from direct formatting (bold and larger than body text); list items from
/// numbering (direct or through the style) or a literal bullet glyph; a heading paragraph that a
/// line break splits becomes two headings. Tracked insertions are kept and deletions dropped,
/// field results are kept and field codes dropped, and text boxes and content controls are read
/// in place. Thread-safe: it keeps no state between calls.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Docx;

    public ReadResult Read(byte[] content, string fileName)
    {
        WordprocessingDocument doc;
        try
        {
            doc = WordprocessingDocument.Open(new MemoryStream(content, writable: false), false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or ArgumentException)
        {
            throw new DocumentReadException(fileName, "not a valid Word .docx file (the package is corrupt, truncated or of another kind)", ex);
        }

        using (doc)
        {
            var main = doc.MainDocumentPart;
            var body = main?.Document?.Body;
            if (main is null || body is null)
            {
                throw new DocumentReadException(fileName, "the .docx package has no document body (it may be another Office format)");
            }

            var walker = new Walker(new DocxStyles(main), new DocxNumbering(main));
            var blocks = new List<Block>();
            walker.ReadContainer(body, blocks);
            if (!walker.SawRenderedPageBreak)
            {
                // Without Word's rendered page breaks the pages are unknown, not all "1".
                return new ReadResult(blocks.Select(WithoutPage).ToList(), null);
            }

            return new ReadResult(blocks, walker.Page);
        }
    }

    /// <summary>Per-call state: the style sheet and the page counter.</summary>
    private static Block WithoutPage(Block block) => block switch
    {
        Table t => new Table(
            t.Rows.Select(r => new TableRow(r.Cells.Select(c => c with { Blocks = c.Blocks.Select(WithoutPage).ToList() }).ToList())).ToList(),
            null),
        _ => block with { Page = null },
    };

    private sealed class Walker(DocxStyles styles, DocxNumbering numbering)
    {
        public int Page { get; private set; } = 1;

        public bool SawRenderedPageBreak { get; private set; }

        public void ReadContainer(OpenXmlElement container, List<Block> into)
        {
            foreach (var child in container.ChildElements)
            {
                switch (child)
                {
                    case W.Paragraph p:
                        ReadParagraph(p, into);
                        break;
                    case W.Table t:
                        into.Add(ReadTable(t));
                        break;
                    case W.SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                        ReadContainer(sdtContent, into);
                        break;
                    case W.CustomXmlBlock or W.InsertedRun or W.MoveToRun:
                        ReadContainer(child, into);
                        break;
                }
            }
        }

        private Table ReadTable(W.Table table)
        {
            var startPage = Page;
            var rows = new List<TableRow>();
            foreach (var tr in table.Elements<W.TableRow>())
            {
                var cells = new List<TableCell>();
                foreach (var tc in DocxTables.CellsOf(tr))
                {
                    var props = tc.TableCellProperties;
                    var span = props?.GridSpan?.Val?.Value ?? 1;
                    var merge = props?.VerticalMerge;
                    var continues = merge is not null && (merge.Val is null || merge.Val.Value == W.MergedCellValues.Continue);
                    var blocks = new List<Block>();
                    ReadContainer(tc, blocks);
                    cells.Add(new TableCell(continues ? [] : blocks, Math.Max(1, span)));
                }

                rows.Add(new TableRow(cells));
            }

            return new Table(rows, startPage);
        }

        private void ReadParagraph(W.Paragraph p, List<Block> into)
        {
            var text = new StringBuilder();
            var textBoxes = new List<OpenXmlElement>();
            var runs = new RunStats();
            var pageBefore = Page;
            Collect(p, text, textBoxes, runs, hidden: false);

            // The paragraph's page is the one its first character is on: a rendered page break
            // before any text moves the whole paragraph to the next page.
            var pageAtStart = runs.FirstTextPage ?? pageBefore;

            var props = p.ParagraphProperties;
            var style = styles.Resolve(props?.ParagraphStyleId?.Val?.Value);
            var level = style.HeadingLevel;
            if (level is null && props?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
            {
                level = outline + 1;
            }

            var numId = props?.NumberingProperties?.NumberingId?.Val?.Value ?? style.NumId;
            var hasNumbering = numId is not null and not 0;
            var listLevel = props?.NumberingProperties?.NumberingLevelReference?.Val?.Value
                ?? style.NumLevel
                ?? (style.HeadingLevel is { } hl ? hl - 1 : 0);
            var label = hasNumbering ? numbering.Next(numId!.Value, listLevel) : string.Empty;
            var raw = text.ToString();

            // Headings (styled or by direct formatting) may carry two headings split by a line
            // break; an automatic number ("Område 3", "2.6") is written in front of the first.
            if (level is null && !hasNumbering)
            {
                level = DirectFormattingHeadingLevel(raw, runs, style);
            }

            if (level is { } headingLevel && !hasNumberingBullet(raw))
            {
                var first = true;
                foreach (var part in raw.Split('\n'))
                {
                    var clean = TextNormalizer.Clean(first && label.Length > 0 ? label + " " + part : part);
                    first = false;
                    if (clean.Length > 0)
                    {
                        into.Add(new Heading(headingLevel, clean, pageAtStart));
                    }
                }
            }
            else
            {
                var clean = TextNormalizer.Clean(raw.Replace('\n', ' '));
                if (hasNumbering || style.IsList)
                {
                    clean = BulletGlyphs.StripLeading(clean);
                    if (clean.Length > 0)
                    {
                        into.Add(new ListItem(clean, listLevel, pageAtStart));
                    }
                }
                else if (BulletGlyphs.StartsWithGlyph(clean))
                {
                    into.Add(new ListItem(BulletGlyphs.StripLeading(clean), 0, pageAtStart));
                }
                else if (clean.Length > 0)
                {
                    into.Add(new Paragraph(clean, pageAtStart));
                }
            }

            foreach (var box in textBoxes)
            {
                ReadContainer(box, into);
            }

            static bool hasNumberingBullet(string s) => BulletGlyphs.StartsWithGlyph(TextNormalizer.Clean(s));
        }

        /// <summary>
        /// A paragraph counts as a heading by direct formatting when every visible run is bold, the
        /// text is short and does not end like a sentence, and it is set no smaller than body text.
        /// Level from size: much larger is 1, larger is 2, body-sized bold is 3.
        /// </summary>
        private int? DirectFormattingHeadingLevel(string raw, RunStats runs, ResolvedStyle style)
        {
            var text = TextNormalizer.Clean(raw.Replace('\n', ' '));
            if (text.Length == 0 || text.Length > 120 || runs.VisibleRuns == 0 || style.IsList)
            {
                return null;
            }

            var allBold = runs.BoldRuns == runs.VisibleRuns || (style.Bold && runs.NotBoldRuns == 0);
            if (!allBold || text.EndsWith('.') || text.EndsWith(',') || text.EndsWith(':'))
            {
                return null;
            }

            var size = runs.MaxSizePt ?? style.FontSizePt ?? styles.BodyFontSizePt;
            var body = styles.BodyFontSizePt;
            if (size >= body * 1.5)
            {
                return 1;
            }

            return size >= body * 1.15 ? 2 : 3;
        }

        private void Collect(OpenXmlElement element, StringBuilder text, List<OpenXmlElement> textBoxes, RunStats runs, bool hidden)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case W.ParagraphProperties or W.RunProperties:
                        break;
                    case W.Text t:
                        if (!hidden)
                        {
                            if (runs.FirstTextPage is null && t.Text.Trim().Length > 0)
                            {
                                runs.FirstTextPage = Page;
                            }

                            text.Append(t.Text);
                        }

                        break;
                    case W.DeletedText or W.FieldCode or W.DeletedFieldCode or W.DeletedRun or W.MoveFromRun:
                    case W.FootnoteReference or W.EndnoteReference or W.CommentReference:
                    case AlternateContentFallback:
                        break;
                    case W.TabChar or W.PositionalTab:
                        text.Append('\t');
                        break;
                    case W.Break br:
                        var type = br.Type?.Value;
                        text.Append(type == W.BreakValues.Page || type == W.BreakValues.Column ? ' ' : '\n');
                        break;
                    case W.CarriageReturn:
                        text.Append('\n');
                        break;
                    case W.NoBreakHyphen:
                        text.Append('-');
                        break;
                    case W.SoftHyphen:
                        break;
                    case W.SymbolChar sym:
                        if (sym.Char?.Value is { } hex && int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var code))
                        {
                            // Symbol fonts map into the private-use area (F0xx); bullets there are handled downstream.
                            text.Append((char)code);
                        }

                        break;
                    case W.LastRenderedPageBreak:
                        Page++;
                        SawRenderedPageBreak = true;
                        break;
                    case W.TextBoxContent box:
                        textBoxes.Add(box);
                        break;
                    case W.Run run:
                        var rp = run.RunProperties;
                        var runHidden = hidden || rp?.Vanish is { } v && (v.Val is null || v.Val.Value);
                        var before = text.Length;
                        Collect(run, text, textBoxes, runs, runHidden);
                        if (!runHidden && HasVisibleText(text, before))
                        {
                            runs.Count(rp);
                        }

                        break;
                    default:
                        Collect(child, text, textBoxes, runs, hidden);
                        break;
                }
            }
        }
    }

    private static bool HasVisibleText(StringBuilder text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Formatting tally of a paragraph's visible runs.</summary>
    private sealed class RunStats
    {
        public int VisibleRuns { get; private set; }

        public int BoldRuns { get; private set; }

        public int NotBoldRuns { get; private set; }

        public double? MaxSizePt { get; private set; }

        public int? FirstTextPage { get; set; }

        public void Count(W.RunProperties? rp)
        {
            VisibleRuns++;
            if (rp?.Bold is { } b)
            {
                if (b.Val is null || b.Val.Value)
                {
                    BoldRuns++;
                }
                else
                {
                    NotBoldRuns++;
                }
            }

            if (DocxStyles.ParseHalfPoints(rp?.FontSize?.Val?.Value) is { } size)
            {
                MaxSizePt = Math.Max(MaxSizePt ?? 0, size);
            }
        }
    }
}
