using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Ingestion;

/// <summary>
/// Combines the readings of one report (one <see cref="ReportRecord"/> per source file, e.g. its
/// DOCX and its PDF) into the record the archive keeps. The result depends only on the set of
/// readings, not on the order they arrived in, so re-running a batch gives the same record.
/// </summary>
public static class Readings
{
    /// <summary>
    /// The DOCX reading is kept (Word files carry the authors' own structure); a PDF reading adds
    /// its source, its page numbers, and one warning per value it reads differently.
    /// </summary>
    public static ReportRecord Combine(IReadOnlyList<ReportRecord> readings)
    {
        if (readings.Count == 0)
        {
            throw new ArgumentException("a report needs at least one reading", nameof(readings));
        }

        var ordered = readings
            .OrderBy(r => r.Sources[0].Format switch { "docx" => 0, "doc" => 1, _ => 2 })
            .ThenBy(r => r.Sources[0].FileName, StringComparer.Ordinal)
            .ThenBy(r => r.Sources[0].Sha256, StringComparer.Ordinal)
            .ToList();
        var primary = ordered[0];
        var others = ordered.Skip(1).ToList();
        var paged = others.FirstOrDefault(r => r.Passages.Any(p => p.Page is not null));

        var differences = others
            .SelectMany(other => ReadingComparer.Differences(primary, other)
                .Select(d => new ValidationWarning(
                    WarningCodes.FormatDifference,
                    $"{primary.Sources[0].Format} and {other.Sources[0].Format} readings differ: {d}; the {primary.Sources[0].Format} value is kept")))
            .ToList();

        return primary with
        {
            Sources = ordered.SelectMany(r => r.Sources).ToList(),
            Passages = paged is null ? primary.Passages : WithPages(primary.Passages, paged.Passages),
            Mentions = paged is null ? primary.Mentions : WithPages(primary.Mentions, paged.Mentions),
            Warnings = [.. primary.Warnings, .. differences],
        };
    }

    /// <summary>
    /// A DOCX rarely knows its pages; where the other reading has the same passage at the same
    /// place (a PDF of the same report), its page number is taken over.
    /// </summary>
    private static List<Passage> WithPages(IReadOnlyList<Passage> passages, IReadOnlyList<Passage> other)
    {
        var same = passages.Count == other.Count;
        return passages.Select((p, i) =>
            p.Page is null && same && other[i].Text == p.Text && other[i].Area == p.Area ? p with { Page = other[i].Page } : p).ToList();
    }

    private static List<Mention> WithPages(IReadOnlyList<Mention> mentions, IReadOnlyList<Mention> other)
    {
        var same = mentions.Count == other.Count;
        return mentions.Select((m, i) =>
            m.Page is null && same && other[i].Sentence == m.Sentence ? m with { Page = other[i].Page } : m).ToList();
    }
}
