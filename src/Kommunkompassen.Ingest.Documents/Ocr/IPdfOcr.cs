namespace Kommunkompassen.Ingest.Documents.Ocr;

/// <summary>Turns a scanned PDF (pages as images) into one with a text layer.</summary>
public interface IPdfOcr
{
    /// <summary>
    /// The same pages with recognised text laid over them; throws <see cref="DocumentReadException"/>
    /// when the recognition cannot be run.
    /// </summary>
    byte[] MakeSearchable(byte[] pdf, string fileName);
}
