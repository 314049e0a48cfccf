using System.Globalization;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Mentions;

/// <summary>
/// Reads the lists of earlier evaluations reports give in their text: "Bollebygd (2004), Kungälv
/// (2002, 2006), Hyllie, Malmö Stad (2007), …". Each "Name (year[, year…])" whose name is a
/// municipality (a district's municipality after the comma counts) gives one evaluation per year.
/// </summary>
public static partial class KnownEvaluationExtractor
{
    public static IReadOnlyList<KnownEvaluation> Extract(IEnumerable<Block> blocks, MunicipalityRegistry registry)
    {
        var found = new List<KnownEvaluation>();
        foreach (var block in blocks.Where(b => b is Paragraph or ListItem))
        {
            // Most paragraphs have no year in brackets; the pattern need not look at them.
            var text = block.Text;
            if (!text.Contains("(19", StringComparison.Ordinal) && !text.Contains("(20", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in NameWithYears().Matches(text))
            {
                if (registry.Find(m.Groups["name"].Value) is not { } municipality)
                {
                    continue;
                }

                foreach (Capture year in m.Groups["year"].Captures)
                {
                    var evaluation = new KnownEvaluation(new MunicipalityRef(municipality.Name, municipality.Code), int.Parse(year.Value, CultureInfo.InvariantCulture));
                    if (!found.Contains(evaluation))
                    {
                        found.Add(evaluation);
                    }
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)\s*\((?<year>(?:19|20)\d{2})(?:\s*,\s*(?<year>(?:19|20)\d{2}))*\)", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithYears();
}
