namespace Kommunkompassen.Ingest.Documents;

/// <summary>An expected failure to read a file: the reason is one line, meant for a person.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string fileName, string reason, Exception? inner = null)
        : base($"{fileName}: {reason}", inner)
    {
        FileName = fileName;
        Reason = reason;
    }

    public DocumentReadException()
        : this(string.Empty, string.Empty)
    {
    }

    public DocumentReadException(string message)
        : this(string.Empty, message)
    {
    }

    public DocumentReadException(string message, Exception inner)
        : this(string.Empty, message, inner)
    {
    }

    public string FileName { get; }

    public string Reason { get; }

    /// <summary>The file is a PDF without a text layer (a scan): OCR may still read it.</summary>
    public bool NoTextLayer { get; init; }
}
