using System.Globalization;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>A score printed with the mean of other municipalities beside it.</summary>
internal sealed record ScoredWithReference(Figure Score, Figure Reference);

/// <summary>An area's or the total's score and reference mean as a line of the report states them.</summary>
internal sealed record ReferenceLine(int? Area, Figure? Score, Figure Reference, int Block);

/// <summary>
/// Reads the means of other municipalities that reports of the 2020 revision print beside their
/// scores: "83 (64)" in a summary cell, a line "Effektivitet 83 (64)" or "Totalt 640 (560 i
/// genomsnitt)", and a sentence "Genomsnittet för utvärderade kommuner är 64 poäng". A figure in
/// brackets is taken for a mean only where the report says brackets hold means, or names the
/// mean in the bracket; never for an older-scale or previous score.
/// </summary>
internal static partial class ScoreWithReference
{
    /// <summary>"83 (64)", "83 (medel 64)", "83 p (64 p)".</summary>
    public static ScoredWithReference? Read(string cell)
    {
        var m = Bracketed().Match(cell.Trim());
        return m.Success && Figure.From(m.Groups["score"].Value) is { } score && Figure.From(m.Groups["ref"].Value) is { } reference
            ? new ScoredWithReference(score, reference)
            : null;
    }

    /// <summary>Whether the report says a bracketed figure is a mean ("inom parentes anges genomsnittet", "(medel)" in a header).</summary>
    public static bool BracketsHoldMeans(ReportBlocks flat)
    {
        for (var i = 0; i < flat.Count; i++)
        {
            var text = flat[i].Text;
            if (text.Length < 400 && BracketsExplained().IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lines and sentences that state an area's or the total's score with the mean of others:
    /// a short line naming the area (its number or title) or the total; a sentence about the mean
    /// counts for the area <paramref name="areaOf"/> says the block is in.
    /// </summary>
    public static IReadOnlyList<ReferenceLine> Lines(ReportBlocks flat, Framework framework, bool bracketsHoldMeans, Func<int, int?> areaOf)
    {
        var list = new List<ReferenceLine>();
        for (var i = 0; i < flat.Count; i++)
        {
            if (flat[i] is Table)
            {
                continue;
            }

            var text = flat[i].Text.Trim();
            if (text.Length <= 120 && LabelledLine().Match(text) is { Success: true } line
                && (bracketsHoldMeans || line.Groups["named"].Success)
                && Figure.From(line.Groups["score"].Value) is { } score && Figure.From(line.Groups["ref"].Value) is { } reference)
            {
                var label = line.Groups["label"].Value.Trim().TrimEnd(':', '–', '-').Trim();
                if (ReportPatterns.IsTotalLabel(label))
                {
                    list.Add(new ReferenceLine(null, score, reference, i));
                }
                else if ((AreaHeadings.Match(label, framework)?.Number ?? AreaSummaryReader.AreaNumberOf(label, framework)) is { } area && framework.Area(area) is not null)
                {
                    list.Add(new ReferenceLine(area, score, reference, i));
                }

                continue;
            }

            if (text.Length < 1000 && MeanSentence().Match(text) is { Success: true } sentence && Figure.From(sentence.Groups["ref"].Value) is { } mean)
            {
                // "Kommunen får totalt 439,5 av 800 poäng. Genomsnitt för …: 453": the total's mean.
                // A mean above any area's maximum can only be the total's.
                var total = sentence.Groups["total"].Success || TotalSaid().IsMatch(text[..sentence.Index])
                    || mean.Value > framework.Areas.Max(a => a.Max);
                if (total)
                {
                    list.Add(new ReferenceLine(null, null, mean, i));
                }
                else if (areaOf(i) is { } area)
                {
                    list.Add(new ReferenceLine(area, null, mean, i));
                }
            }
        }

        return list;
    }

    /// <summary>
    /// The mean of other municipalities as a comparison table gives it: a column (or, with the
    /// municipalities as rows, a row) headed "Medel", "Genomsnitt" or "Snitt" beside the
    /// municipalities', read per area and for the total. The comparison reader takes only the
    /// municipalities' columns, so these figures would otherwise be lost.
    /// </summary>
    public static IEnumerable<ReferenceLine> FromComparison(IReadOnlyList<IReadOnlyList<string>> grid, Framework framework, int block)
    {
        if (grid.Count < 2)
        {
            yield break;
        }

        var column = Enumerable.Range(1, Math.Max(0, grid[0].Count - 1)).FirstOrDefault(c => IsMeanLabel(grid[0][c]));
        if (column > 0)
        {
            foreach (var row in grid.Skip(1).Where(r => column < r.Count && r.Count > 0))
            {
                if (Of(row[0], row[column], framework, block) is { } line)
                {
                    yield return line;
                }
            }

            yield break;
        }

        if (grid.Skip(1).FirstOrDefault(r => r.Count > 0 && IsMeanLabel(r[0])) is { } means)
        {
            for (var c = 1; c < Math.Min(grid[0].Count, means.Count); c++)
            {
                if (Of(grid[0][c], means[c], framework, block) is { } line)
                {
                    yield return line;
                }
            }
        }

        static bool IsMeanLabel(string label) => label.Trim().Length <= 40 && ReportPatterns.ReferenceHeader().IsMatch(label);
    }

    private static ReferenceLine? Of(string label, string cell, Framework framework, int block)
    {
        if (Figure.From(cell) is not { } mean)
        {
            return null;
        }

        if (ReportPatterns.IsTotalLabel(label))
        {
            return new ReferenceLine(null, null, mean, block);
        }

        return AreaSummaryReader.AreaNumberOf(label, framework) is { } area && framework.Area(area) is not null
            ? new ReferenceLine(area, null, mean, block)
            : null;
    }

    /// <summary>
    /// The passages without those that only state a score and the mean of others ("Effektivitet 83
    /// (64)", "Kommunen får 53 av 100 poäng inom området. Genomsnitt för kommuner som utvärderats: 56."): read into the
    /// record's figures, they are no narrative.
    /// </summary>
    public static IReadOnlyList<Records.Passage> WithoutScoreStatements(IReadOnlyList<Records.Passage> passages, IReadOnlyList<ReferenceLine> lines, ReportBlocks flat)
    {
        var statements = lines.Select(l => flat[l.Block].Text.Trim()).Where(IsScoreStatement).ToHashSet(StringComparer.Ordinal);
        return statements.Count == 0 ? passages : [.. passages.Where(p => !statements.Contains(p.Text.Trim()))];
    }

    private static bool IsScoreStatement(string text) =>
        LabelledLine().IsMatch(text) || ScoreSentence().Replace(MeanSentence().Replace(text, string.Empty), string.Empty).Trim(' ', '.', ';', ',').Length == 0;

    private const string Number = @"\d{1,3}(?:[,.]\d)?";

    /// <summary>"Kommunen får 53 av 100 poäng inom området.", "Kommunen får totalt 439,5 av 800 poäng."</summary>
    [GeneratedRegex(@"(?:kommunen|\p{Lu}\w+)\s+(?:får|fick|erhåller|erhöll|uppnår|uppnådde)\s+(?:totalt\s+|sammanlagt\s+)?\d{1,3}(?:[,.]\d)?\s+(?:av|poäng\s+av)\s+\d{1,4}\s+(?:möjliga\s+)?poäng[^.]{0,40}\.?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScoreSentence();

    [GeneratedRegex(@"^(?<score>" + Number + @")\s*(?:p(?:oäng)?\.?)?\s*\(\s*(?:(?:medel\w*|genomsnitt\w*|snitt)\s*:?\s*)?(?<ref>" + Number + @")\s*(?:p(?:oäng)?\.?)?\s*(?:i\s+(?:genomsnitt|snitt))?\s*\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?<label>\D.*?)\s+(?<score>" + Number + @")\s*(?:p(?:oäng)?\.?)?\s*\(\s*(?:(?<named>medel\w*|genomsnitt\w*|snitt)\s*:?\s*)?(?<ref>" + Number + @")\s*(?:p(?:oäng)?\.?)?\s*(?:(?<named>i\s+(?:genomsnitt|snitt)))?\s*\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelledLine();

    [GeneratedRegex(@"(?:inom|i)\s+parentes\w*[^.]{0,80}(?:medel|genomsnitt|snitt)|(?:medel|genomsnitt|snitt)\w*[^.]{0,80}(?:inom|i)\s+parentes|\((?:medel|genomsnitt)\w*(?:\s+\w+){0,4}\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BracketsExplained();

    /// <summary>"Genomsnittet för utvärderade kommuner är 64 poäng", "Genomsnitt för kommuner som utvärderats: 64.", "Genomsnittlig totalpoäng för … kommuner: 560".</summary>
    [GeneratedRegex(@"(?:genomsnitt|medelvärde|medel)\w*\s+(?:(?<total>total)\w*\s+)?(?:för|bland|av|hos)\s+(?:de\s+|andra\s+|övriga\s+|senast\s+|nyligen\s+)*(?:\w+\s+){0,3}(?:kommuner\w*|utvärderade\w*)(?:[^.:\d]{0,60})?(?:är|var|blev|:)\s*(?<ref>" + Number + @")\s*(?:poäng\b|p\b|(?=[.;,]?\s*$)|(?=[.;,]\s))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MeanSentence();

    [GeneratedRegex(@"\btotal(?:t|poäng|en)?\b|\bsammanlagt\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TotalSaid();

    internal static string F(double v) => v.ToString(CultureInfo.InvariantCulture);
}
