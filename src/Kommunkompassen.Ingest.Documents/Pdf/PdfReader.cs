using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Reads a PDF with PdfPig into blocks. (Being written.)</summary>
public sealed class PdfReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Pdf;

    public IReadOnlyList<Block> Read(byte[] content, string fileName, out int? pageCount)
    {
        throw new DocumentReadException(fileName, "PDF reading is not implemented yet");
    }
}
