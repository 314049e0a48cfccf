namespace Kommunkompassen.Ingest.Parsing;

/// <summary>The document was read but is not a Kommunkompassen report we can parse; one-line reason.</summary>
public sealed class ReportParseException : Exception
{
    public ReportParseException(string fileName, string reason)
        : base($"{fileName}: {reason}")
    {
        FileName = fileName;
        Reason = reason;
    }

    public ReportParseException()
        : this(string.Empty, string.Empty)
    {
    }

    public ReportParseException(string message)
        : this(string.Empty, message)
    {
    }

    public ReportParseException(string message, Exception inner)
        : base(message, inner)
    {
        FileName = string.Empty;
        Reason = message;
    }

    public string FileName { get; }

    public string Reason { get; }
}
