using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Puts the laid-out pages together into the document's blocks in reading order.</summary>
public interface IBlockAssembler
{
    IReadOnlyList<Block> Assemble(IReadOnlyList<PageLayout> pages, DocumentStyle style);
}
