namespace Kommunkompassen.Ingest.Storage;

/// <summary>The archive cannot be opened or written; the message names the database and the reason.</summary>
public sealed class ArchiveException : Exception
{
    public ArchiveException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
    }
}
