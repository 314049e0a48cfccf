using System.Globalization;
using System.Text;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>Reads the labelled-findings CSV (RFC 4180 quoting) of corpus/labels.</summary>
public static class LabelFile
{
    /// <summary>Rows as column-name → value maps.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsv(string path)
    {
        var rows = Parse(File.ReadAllText(path, Encoding.UTF8));
        if (rows.Count == 0)
        {
            return [];
        }

        var header = rows[0];
        return rows.Skip(1)
            .Where(r => r.Count == header.Count)
            .Select(r => (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, r[i])).ToDictionary(x => x.h, x => x.Item2, StringComparer.Ordinal))
            .ToList();
    }

    public static IReadOnlyList<LabelledFinding> ReadFindings(string path) =>
        ReadCsv(path)
            .Select(r => new LabelledFinding(r["report"], int.Parse(r["area"], CultureInfo.InvariantCulture), r["kind"], r["text"], r["question"], r.GetValueOrDefault("confidence") is { Length: > 0 } c ? c : "high"))
            .ToList();

    /// <summary>Findings written as training examples (framework, area, kind, text, question).</summary>
    public static IReadOnlyList<TrainingExample> ReadWritten(string path) =>
        ReadCsv(path)
            .Select(r => new TrainingExample(r["framework"], int.Parse(r["area"], CultureInfo.InvariantCulture), r["question"], r["text"], "written"))
            .ToList();

    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                if (row.Count > 1 || row[0].Length > 0)
                {
                    rows.Add(row);
                }

                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
