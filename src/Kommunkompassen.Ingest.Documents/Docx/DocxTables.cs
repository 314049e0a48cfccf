using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>Walking Word tables the way the reader does (also used by the synthetic-report generator).</summary>
internal static class DocxTables
{
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
