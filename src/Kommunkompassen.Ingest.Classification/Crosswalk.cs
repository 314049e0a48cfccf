using System.Globalization;
using System.Text;
using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>One sub-question of the older framework and its nearest sub-questions in the newer one.</summary>
public sealed record CrosswalkRow(string FromFramework, string FromQuestion, string FromText, string ToFramework, IReadOnlyList<Prediction> Nearest);

/// <summary>
/// Maps each sub-question of one framework version to the most similar of another, with the
/// newer version's model: the older question's text and every finding labelled with it are
/// classified within the same area number, and the confidences averaged.
/// </summary>
public static class Crosswalk
{
    /// <summary>The file a crosswalk from one framework to another is written to in a models folder.</summary>
    public static string FileName(string fromFramework, string toFramework) => $"crosswalk-{fromFramework}-{toFramework}.csv";

    /// <summary>The crosswalk files of a models folder (none when the folder does not exist).</summary>
    public static IEnumerable<string> FilesIn(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "crosswalk-*.csv").Order(StringComparer.Ordinal) : [];

    /// <summary>Reads a crosswalk written by <see cref="ToCsv"/> back into its rows.</summary>
    public static IReadOnlyList<CrosswalkRow> ReadCsv(string path)
    {
        var rows = new List<CrosswalkRow>();
        foreach (var row in LabelFile.ReadCsv(path))
        {
            var nearest = new List<Prediction>();
            for (var i = 1; row.GetValueOrDefault($"to_question_{i.ToString(CultureInfo.InvariantCulture)}") is { Length: > 0 } question; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                var confidence = double.Parse(row[$"confidence_{n}"], NumberStyles.Float, CultureInfo.InvariantCulture);
                nearest.Add(new Prediction(question, row[$"to_text_{n}"], confidence));
            }

            rows.Add(new CrosswalkRow(row["from_framework"], row["from_question"], row["from_text"], row["to_framework"], nearest));
        }

        return rows;
    }

    public static IReadOnlyList<CrosswalkRow> Build(Framework from, QuestionModel to, IEnumerable<LabelledFinding> labelled, IReadOnlyDictionary<string, string> frameworkOfReport, int top = 2)
    {
        var findings = labelled.Where(f => frameworkOfReport.GetValueOrDefault(f.ReportId) == from.Id).ToList();
        var rows = new List<CrosswalkRow>();
        foreach (var q in from.Areas.SelectMany(a => a.Questions))
        {
            var texts = findings.Where(f => f.Question == q.Id).Select(f => f.Text).Prepend(q.Text).ToList();
            var area = to.Framework.Area(q.AreaNumber) is null ? (int?)null : q.AreaNumber;
            var averaged = texts
                .SelectMany(t => to.Rank(t, area))
                .GroupBy(p => p.Question)
                .Select(g => new Prediction(g.Key, g.First().Text, g.Sum(p => p.Confidence) / texts.Count))
                .OrderByDescending(p => p.Confidence)
                .ThenBy(p => p.Question, StringComparer.Ordinal)
                .Take(top)
                .ToList();
            rows.Add(new CrosswalkRow(from.Id, q.Id, q.Text, to.Framework.Id, averaged));
        }

        return rows;
    }

    /// <summary>The table as CSV, one row per older sub-question, for people to review.</summary>
    public static string ToCsv(IReadOnlyList<CrosswalkRow> rows)
    {
        static string Q(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var sb = new StringBuilder();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Nearest.Count);
        sb.Append("from_framework,from_question,from_text,to_framework");
        for (var i = 1; i <= width; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $",to_question_{i},to_text_{i},confidence_{i}");
        }

        sb.Append('\n');
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{r.FromFramework},{r.FromQuestion},{Q(r.FromText)},{r.ToFramework}");
            foreach (var p in r.Nearest)
            {
                sb.Append(CultureInfo.InvariantCulture, $",{p.Question},{Q(p.Text)},{p.Confidence:0.000}");
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
