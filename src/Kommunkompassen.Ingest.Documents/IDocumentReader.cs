using Kommunkompassen.Ingest.Documents.Model;

namespace Kommunkompassen.Ingest.Documents;

/// <summary>Reads one file format into the common block model.</summary>
public interface IDocumentReader
{
    /// <summary>The format this reader handles.</summary>
    SourceFormat Format { get; }

    /// <summary>
    /// Reads the document within the <paramref name="limits"/>. Throws
    /// <see cref="DocumentReadException"/> with a one-line reason for input that is not a readable
    /// document of this format, or is over a limit.
    /// </summary>
    ReadResult Read(byte[] content, string fileName, ReadLimits limits);

    /// <summary>Reads the document within <see cref="ReadLimits.Default"/>.</summary>
    ReadResult Read(byte[] content, string fileName) => Read(content, fileName, ReadLimits.Default);
}
