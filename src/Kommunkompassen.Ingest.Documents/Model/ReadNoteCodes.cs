namespace Kommunkompassen.Ingest.Documents.Model;

/// <summary>The codes of the notes readers leave (<see cref="ReadNote"/>); the core's WarningCodes reuses them.</summary>
public static class ReadNoteCodes
{
    /// <summary>Text the reader saw but could not place in the block stream (rotated text, an unplaceable box).</summary>
    public const string TextUnread = "text-unread";
}
