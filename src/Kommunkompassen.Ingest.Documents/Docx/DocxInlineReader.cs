using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Documents.Model;
using A = DocumentFormat.OpenXml.Drawing;
using M = DocumentFormat.OpenXml.Math;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Wpg = DocumentFormat.OpenXml.Office2010.Word.DrawingGroup;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// Reads what is inside a paragraph into its text, in document order: runs (hidden ones
/// dropped), tabs and breaks, symbols, math text; tracked insertions kept and deletions dropped;
/// field results kept and field codes dropped, but the open fields tracked across paragraphs so
/// that a TOC field's paragraphs are known as contents entries; <c>mc:AlternateContent</c> by its
/// first choice only (Word writes a text box twice, DrawingML and VML); text boxes collected for
/// the walker to read after the paragraph, the shapes of a group top to bottom; charts, SmartArt,
/// embedded objects, footnotes and endnotes noted, not read. Counts Word's rendered page breaks.
/// </summary>
internal sealed class DocxInlineReader(MainDocumentPart main)
{
    /// <summary>The field types (first word of the instruction) of the complex fields open at this point.</summary>
    private readonly List<string?> openFields = [];

    /// <summary>Footnote and endnote texts, read when the first reference turns up.</summary>
    private DocxFootnotes? footnotes;

    public int Page { get; private set; } = 1;

    public bool SawRenderedPageBreak { get; private set; }

    public List<ReadNote> Notes { get; } = [];

    /// <summary>Collects a paragraph: its text into <paramref name="text"/>, its text boxes into <paramref name="boxes"/>.</summary>
    public void Collect(W.Paragraph paragraph, StringBuilder text, List<OpenXmlElement> boxes, ParagraphStats stats)
    {
        stats.IsTocEntry = openFields.Contains("TOC");
        Collect(paragraph, text, boxes, stats, hidden: false);
    }

    private void Collect(OpenXmlElement element, StringBuilder text, List<OpenXmlElement> boxes, ParagraphStats stats, bool hidden)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case W.ParagraphProperties or W.RunProperties:
                    break;
                case W.Run run:
                    var rp = run.RunProperties;
                    var runHidden = hidden || rp?.Vanish is { } v && (v.Val is null || v.Val.Value);
                    var before = text.Length;
                    Collect(run, text, boxes, stats, runHidden);
                    if (!runHidden && HasVisibleText(text, before))
                    {
                        stats.Count(rp);
                    }

                    break;
                case W.Text t:
                    AppendText(t.Text, text, stats, hidden);
                    break;
                case M.Text mt:
                    AppendText(mt.Text, text, stats, hidden);
                    break;
                case W.FieldCode instruction:
                    OpenFieldIs(instruction.Text, stats);
                    break;
                case W.FieldChar fc:
                    if (fc.FieldCharType?.Value == W.FieldCharValues.Begin)
                    {
                        openFields.Add(null);
                    }
                    else if (fc.FieldCharType?.Value == W.FieldCharValues.End && openFields.Count > 0)
                    {
                        openFields.RemoveAt(openFields.Count - 1);
                    }

                    break;
                case W.DeletedText or W.DeletedFieldCode or W.DeletedRun or W.MoveFromRun:
                case W.CommentReference:
                case AlternateContentFallback:
                    break;
                case W.FootnoteReference footnote:
                    NoteFootnote(footnote.Id?.Value, endnote: false, hidden);
                    break;
                case W.EndnoteReference endnote:
                    NoteFootnote(endnote.Id?.Value, endnote: true, hidden);
                    break;
                case AlternateContent ac:
                    // Word writes the same content twice: DrawingML as the choice, VML as the
                    // fallback. Read the first choice, the fallback only when there is none.
                    if (((OpenXmlElement?)ac.GetFirstChild<AlternateContentChoice>() ?? ac.GetFirstChild<AlternateContentFallback>()) is { } chosen)
                    {
                        Collect(chosen, text, boxes, stats, hidden);
                    }

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
                    if (sym.Char?.Value is { } hex && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
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
                    boxes.Add(box);
                    break;
                case W.Drawing drawing:
                    ReadDrawing(drawing, text, boxes, stats, hidden);
                    break;
                case W.EmbeddedObject obj:
                    if (!hidden)
                    {
                        Notes.Add(new ReadNote(ReadNoteCodes.TextUnread, DocxDrawings.DescribeObject(obj), Page));
                    }

                    break;
                case Wpg.WordprocessingGroup or Wpg.GroupShape:
                    CollectByPosition(child, text, boxes, stats, hidden);
                    break;
                case W.Hyperlink link:
                    if (link.Anchor?.Value?.StartsWith("_Toc", StringComparison.Ordinal) == true)
                    {
                        stats.IsTocEntry = true;
                    }

                    Collect(child, text, boxes, stats, hidden);
                    break;
                case W.SimpleField field:
                    if (FirstWord(field.Instruction?.Value) == "TOC")
                    {
                        stats.IsTocEntry = true;
                    }

                    Collect(child, text, boxes, stats, hidden);
                    break;
                default:
                    Collect(child, text, boxes, stats, hidden);
                    break;
            }
        }
    }

    private void NoteFootnote(long? id, bool endnote, bool hidden)
    {
        footnotes ??= new DocxFootnotes(main);
        if (!hidden && id is { } key && footnotes.Describe(key, endnote) is { } description)
        {
            Notes.Add(new ReadNote(ReadNoteCodes.TextUnread, description, Page));
        }
    }

    private void AppendText(string value, StringBuilder text, ParagraphStats stats, bool hidden)
    {
        if (hidden)
        {
            return;
        }

        if (stats.FirstTextPage is null && value.Trim().Length > 0)
        {
            stats.FirstTextPage = Page;
        }

        text.Append(value);
    }

    /// <summary>Records the type of the innermost open field from its instruction; a TOC field makes its paragraphs contents entries.</summary>
    private void OpenFieldIs(string instruction, ParagraphStats stats)
    {
        if (openFields.Count > 0 && openFields[^1] is null)
        {
            openFields[^1] = FirstWord(instruction);
        }

        if (openFields.Contains("TOC"))
        {
            stats.IsTocEntry = true;
        }
    }

    private static string FirstWord(string? instruction)
    {
        var trimmed = (instruction ?? string.Empty).TrimStart();
        var end = trimmed.IndexOfAny([' ', '\\', '\t']);
        return (end < 0 ? trimmed : trimmed[..end]).ToUpperInvariant();
    }

    /// <summary>Shapes and groups are walked for text boxes; charts and SmartArt become notes; pictures hold no text.</summary>
    private void ReadDrawing(W.Drawing drawing, StringBuilder text, List<OpenXmlElement> boxes, ParagraphStats stats, bool hidden)
    {
        switch (DocxDrawings.KindOf(drawing))
        {
            case DrawingKind.Chart:
                if (!hidden)
                {
                    Notes.Add(new ReadNote(ReadNoteCodes.TextUnread, DocxDrawings.DescribeChart(drawing, main), Page));
                }

                break;
            case DrawingKind.Diagram:
                if (!hidden && DocxDrawings.DescribeDiagram(drawing, main) is { } description)
                {
                    Notes.Add(new ReadNote(ReadNoteCodes.TextUnread, description, Page));
                }

                break;
            case DrawingKind.Shapes:
                Collect(drawing, text, boxes, stats, hidden);
                break;
        }
    }

    /// <summary>The shapes of a group top to bottom, then left to right, by their offsets in the group.</summary>
    private void CollectByPosition(OpenXmlElement group, StringBuilder text, List<OpenXmlElement> boxes, ParagraphStats stats, bool hidden)
    {
        var shapes = new List<(long Y, long X, int Order, OpenXmlElement Shape)>();
        var order = 0;
        foreach (var child in group.ChildElements)
        {
            if (child is Wps.WordprocessingShape or Wpg.GroupShape)
            {
                var offset = child.Descendants<A.Offset>().FirstOrDefault();
                shapes.Add((offset?.Y?.Value ?? 0, offset?.X?.Value ?? 0, order++, child));
            }
            else
            {
                Collect(child, text, boxes, stats, hidden);
            }
        }

        foreach (var (_, _, _, shape) in shapes.OrderBy(s => s.Y).ThenBy(s => s.X).ThenBy(s => s.Order))
        {
            if (shape is Wpg.GroupShape)
            {
                CollectByPosition(shape, text, boxes, stats, hidden);
            }
            else
            {
                Collect(shape, text, boxes, stats, hidden);
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
}
