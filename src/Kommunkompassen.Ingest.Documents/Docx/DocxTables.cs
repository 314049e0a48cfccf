using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>Walking Word tables the way the reader does (also used by the synthetic-report generator).</summary>
internal static class DocxTables
{
    /// <summary>The rows of a table in order, including those wrapped in content controls or custom XML.</summary>
    public static IEnumerable<W.TableRow> RowsOf(OpenXmlElement table)
    {
        foreach (var child in table.ChildElements)
        {
            switch (child)
            {
                case W.TableRow row:
                    yield return row;
                    break;
                case W.SdtRow { SdtContentRow: { } content }:
                    foreach (var inner in RowsOf(content))
                    {
                        yield return inner;
                    }

                    break;
                case W.CustomXmlRow:
                    foreach (var inner in RowsOf(child))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    /// <summary>The cells of a row in order, including those wrapped in content controls.</summary>
    public static IEnumerable<W.TableCell> CellsOf(OpenXmlElement row)
    {
        foreach (var child in row.ChildElements)
        {
            if (child is W.TableCell cell)
            {
                yield return cell;
            }
            else if (child is W.SdtCell sdt && sdt.SdtContentCell is { } content)
            {
                foreach (var inner in CellsOf(content))
                {
                    yield return inner;
                }
            }
        }
    }
}
