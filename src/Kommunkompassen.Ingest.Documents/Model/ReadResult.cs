namespace Kommunkompassen.Ingest.Documents.Model;

/// <summary>
/// What a reader makes of one file: its blocks in reading order, its page count where the format
/// knows it, and notes on content the reader saw but could not turn into blocks (rotated text,
/// a text box it could not place), so that nothing is dropped without a word.
/// </summary>
public sealed record ReadResult(IReadOnlyList<Block> Blocks, int? PageCount)
{
    public IReadOnlyList<ReadNote> Notes { get; init; } = [];
}

/// <summary>
/// Content a reader skipped: a warning code (see the core's WarningCodes), what was skipped, and
/// where (page, where the format knows it).
/// </summary>
public sealed record ReadNote(string Code, string Message, int? Page);
