using System.Globalization;
using System.Text;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>The thresholds of <see cref="Plausibility"/>; <see cref="Default"/> is what the parser uses.</summary>
public sealed record PlausibilityOptions
{
    public static PlausibilityOptions Default { get; } = new();

    /// <summary>
    /// Blocks of text shorter than this are not compared: headings ("Styrkor"), short bullets and
    /// page furniture recur in every report.
    /// </summary>
    public int MinComparedChars { get; init; } = 60;

    /// <summary>
    /// Share of the compared text in blocks that occur more than once from which the document is
    /// refused as a report joined to itself. A report that repeats its findings in a summary stays
    /// far below (measured in the README).
    /// </summary>
    public double RefuseRepeatedShare { get; init; } = 0.5;

    /// <summary>Share from which the record warns that part of its content repeats.</summary>
    public double WarnRepeatedShare { get; init; } = 0.3;

    /// <summary>
    /// Share of the scored sub-questions scored again with other scores from which the document
    /// is refused as several reports in one file (and at least <see cref="RefuseConflictsAtLeast"/>).
    /// </summary>
    public double RefuseConflictShare { get; init; } = 0.5;

    /// <summary>The fewest conflicting sub-questions that refuse a document.</summary>
    public int RefuseConflictsAtLeast { get; init; } = 3;

    /// <summary>More pages than this is far longer than any report: a warning.</summary>
    public int LongDocumentPages { get; init; } = 300;

    /// <summary>More characters of text than this is far longer than any report: a warning.</summary>
    public int LongDocumentChars { get; init; } = 1_500_000;
}

/// <summary>How much of a document's text repeats: the share of compared characters in blocks seen more than once, and how often the typical one is seen.</summary>
public sealed record Repetition(double RepeatedShare, int Copies, int ComparedChars, string? FirstRepeated, int? FirstRepeatedPage);

/// <summary>
/// Whether a document is plausibly one report: not the same report joined to itself (the same
/// paragraphs over and over), not far longer than a report, no sub-question scored twice with
/// different scores. A document that repeats wholesale is refused with a one-line reason; lesser
/// doubts are warnings in the record, naming the place.
/// </summary>
public static class Plausibility
{
    /// <summary>How much of the text repeats, counting paragraphs, list items and headings of at least <see cref="PlausibilityOptions.MinComparedChars"/> characters (whitespace and case aside).</summary>
    public static Repetition Measure(IReadOnlyList<Block> blocks, PlausibilityOptions options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var compared = new List<(string Key, Block Block)>();
        foreach (var block in blocks)
        {
            if (block is Table)
            {
                continue;
            }

            var key = Normalize(block.Text);
            if (key.Length < options.MinComparedChars)
            {
                continue;
            }

            compared.Add((key, block));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var total = compared.Sum(c => c.Key.Length);
        if (total == 0)
        {
            return new Repetition(0, 1, 0, null, null);
        }

        var repeated = compared.Where(c => counts[c.Key] > 1).ToList();
        var share = repeated.Sum(c => c.Key.Length) / (double)total;

        // The typical number of copies: the median, weighted by length, of the repeated blocks' counts.
        var copies = 1;
        if (repeated.Count > 0)
        {
            var byCount = repeated.Select(c => (Count: counts[c.Key], c.Key.Length)).OrderBy(c => c.Count).ToList();
            var half = byCount.Sum(c => c.Length) / 2.0;
            var run = 0;
            foreach (var (count, length) in byCount)
            {
                run += length;
                copies = count;
                if (run >= half)
                {
                    break;
                }
            }
        }

        var first = repeated.FirstOrDefault();
        return new Repetition(share, copies, total, first.Block?.Text, first.Block?.Page);
    }

    /// <summary>Refuses a document that is mostly the same text over again.</summary>
    /// <exception cref="ReportParseException">The document repeats wholesale.</exception>
    public static void RefuseRepeated(IReadOnlyList<Block> blocks, string fileName, PlausibilityOptions options, out Repetition repetition)
    {
        repetition = Measure(blocks, options);
        if (repetition.RepeatedShare >= options.RefuseRepeatedShare)
        {
            throw new ReportParseException(
                fileName,
                $"the content repeats: {Percent(repetition.RepeatedShare)} of the text appears {Times(repetition.Copies)}, from \"{Clip(repetition.FirstRepeated!)}\"; "
                + "several copies of a report joined into one file? Ingest each report once");
        }
    }

    /// <summary>Refuses a document whose score tables disagree on most sub-questions: several reports in one file.</summary>
    /// <exception cref="ReportParseException">Most scored sub-questions have two different scores.</exception>
    internal static void RefuseConflicting(QuestionTables tables, string fileName, PlausibilityOptions options)
    {
        var scored = tables.Questions.Count(q => q.Score is not null);
        var conflicts = tables.Conflicts.Count;
        if (conflicts >= options.RefuseConflictsAtLeast && conflicts >= options.RefuseConflictShare * scored)
        {
            throw new ReportParseException(
                fileName,
                $"score tables disagree on {conflicts.ToString(CultureInfo.InvariantCulture)} of {scored.ToString(CultureInfo.InvariantCulture)} sub-questions ({Readings(tables.Conflicts[0])}): "
                + "several reports in one file? Ingest each report on its own");
        }
    }

    /// <summary>A sub-question scored more than once with different scores: a warning naming each reading; the first is kept.</summary>
    internal static ValidationWarning ScoreConflict(IReadOnlyList<ScoredQuestion> readings) =>
        new(WarningCodes.QuestionScoreConflict, $"sub-question {Readings(readings)}: scored {Times(readings.Count)} with different scores; the first is kept")
        {
            Place = readings[0].Page is { } page ? $"score table, page {page.ToString(CultureInfo.InvariantCulture)}" : "score table",
        };

    private static string Readings(IReadOnlyList<ScoredQuestion> readings) =>
        readings[0].Id + ": " + string.Join(", ", readings.Select(r =>
            r.Score!.Value.Value.ToString(CultureInfo.InvariantCulture) + (r.Page is { } p ? $" on page {p.ToString(CultureInfo.InvariantCulture)}" : string.Empty)));

    /// <summary>The warnings for a document read as a report: part of it repeated, far longer than a report.</summary>
    public static IEnumerable<ValidationWarning> Warnings(Repetition repetition, IReadOnlyList<Block> blocks, int? pageCount, PlausibilityOptions options)
    {
        if (repetition.RepeatedShare >= options.WarnRepeatedShare)
        {
            yield return new ValidationWarning(
                WarningCodes.ContentRepeated,
                $"{Percent(repetition.RepeatedShare)} of the text appears {Times(repetition.Copies)}, from \"{Clip(repetition.FirstRepeated!)}\": part of the report may be in the file twice, and its findings and passages with it")
            {
                Place = repetition.FirstRepeatedPage is { } p ? $"page {p.ToString(CultureInfo.InvariantCulture)}" : null,
            };
        }

        if (pageCount > options.LongDocumentPages)
        {
            yield return new ValidationWarning(
                WarningCodes.DocumentLong,
                $"the document has {pageCount.Value.ToString("N0", CultureInfo.InvariantCulture)} pages, far more than a report (more than {options.LongDocumentPages.ToString(CultureInfo.InvariantCulture)}): check that the file holds one report");
        }
        else
        {
            var chars = blocks.Sum(b => (long)b.Text.Length);
            if (chars > options.LongDocumentChars)
            {
                yield return new ValidationWarning(
                    WarningCodes.DocumentLong,
                    $"the document has {chars.ToString("N0", CultureInfo.InvariantCulture)} characters of text, far more than a report (more than {options.LongDocumentChars.ToString("N0", CultureInfo.InvariantCulture)}): check that the file holds one report");
            }
        }
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string Times(int copies) => copies <= 2 ? "twice" : $"{copies.ToString(CultureInfo.InvariantCulture)} times";

    private static string Clip(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 50 ? line : line[..50].TrimEnd() + "…";
    }
}
