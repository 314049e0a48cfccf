using System.Security.Cryptography;
using Kommunkompassen.Ingest.Export;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.App;

/// <summary>One evaluation of a municipality, in brief: the report, its year, framework version and total.</summary>
public sealed record EvaluationSummary(string ReportId, int Year, string Framework, double? Total, double TotalMax);

/// <summary>A municipality the archive holds evaluations of, with them in year order.</summary>
public sealed record EvaluatedMunicipality(MunicipalityInfo Municipality, IReadOnlyList<EvaluationSummary> Evaluations);

/// <summary>How good examples are ranked: points per citation and per own strength on the topic, plus the best own score's share; listed from this share up without either.</summary>
public sealed record ExampleWeights(double Citation, double Strength, double MinimumShare)
{
    public static ExampleWeights Current { get; } = new(Insights.GoodExamples.CitationWeight, Insights.GoodExamples.StrengthWeight, Insights.GoodExamples.MinimumShare);
}

/// <summary>A stored source file of a report: where it is, its format and its name as read.</summary>
public sealed record ReportSource(string Path, string Format, string FileName);

public sealed partial class KompassApp
{
    /// <summary>The formats a report's source file may have.</summary>
    public static IReadOnlyList<string> SourceFormats { get; } = ["docx", "pdf", "doc"];

    /// <summary>The municipalities the archive holds evaluations of, by name, each with its evaluations in year order.</summary>
    /// <exception cref="KompassOperationException">There is no archive, or it cannot be read.</exception>
    public IReadOnlyList<EvaluatedMunicipality> Municipalities() =>
        ReadAll()
            .GroupBy(r => r.Municipality.Code, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First().Municipality;
                var county = MunicipalityRegistry.Default.FindByCode(first.Code)?.County ?? string.Empty;
                return new EvaluatedMunicipality(
                    new MunicipalityInfo(first.Name, first.Code, county),
                    g.OrderBy(r => r.Year).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => new EvaluationSummary(r.Id, r.Year, r.Framework, r.Total.Score, r.Total.Max)).ToList());
            })
            .OrderBy(m => m.Municipality.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true))
            .ToList();

    /// <summary>The facet counts (municipality, year, area, kind) over every text of the archive.</summary>
    /// <exception cref="KompassOperationException">The archive has no index or a damaged one.</exception>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets() => Search(new SearchQuery("*", Top: 1)).Facets;

    /// <summary>
    /// A report's stored source file of a format, when the archive holds a reading of it and the
    /// file is still where it was read, with the same content (SHA-256); otherwise null. Only a
    /// path the archive recorded for that report is ever returned.
    /// </summary>
    /// <exception cref="KompassRequestException">The format is not one a report is read from.</exception>
    /// <exception cref="KompassOperationException">There is no archive, or it cannot be read.</exception>
    public ReportSource? SourceFile(string reportId, string format)
    {
        ArgumentNullException.ThrowIfNull(reportId);
        ArgumentNullException.ThrowIfNull(format);
        if (!SourceFormats.Contains(format, StringComparer.Ordinal))
        {
            throw new KompassRequestException($"'{Shorten(format)}' is not a format of a report ({string.Join(", ", SourceFormats)})");
        }

        var reading = Reading(a => a.ReadingsOf(reportId)).FirstOrDefault(r => r.Reading.Sources.Any(s => s.Format == format));
        var source = reading?.Reading.Sources.First(s => s.Format == format);
        if (reading is null || source is null || !File.Exists(reading.Path))
        {
            return null;
        }

        using (var file = File.OpenRead(reading.Path))
        {
            if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(file)), source.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return new ReportSource(reading.Path, format, source.FileName);
    }

    /// <summary>
    /// Writes a search's hits (as <see cref="Search"/> returns them, the page asked for) as CSV or
    /// as a workbook, with the export's writers: one row per hit with its report, municipality,
    /// year, area, sub-question, score, kind, page and text.
    /// </summary>
    /// <exception cref="KompassRequestException">The search cannot be run as asked, or the format is neither CSV nor XLSX.</exception>
    /// <exception cref="KompassOperationException">The archive has no index or a damaged one.</exception>
    public void ExportSearch(SearchQuery query, ExportFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var answer = Search(query);
        string[] header = ["rank", "id", "municipality", "code", "year", "framework", "area", "question", "score", "max", "kind", "page", "text"];
        var rows = answer.Hits.Select((h, i) => (IReadOnlyList<object?>)[i + 1 + query.Skip, h.ReportId, h.Municipality, h.Code, h.Year, h.Framework, h.Area, h.Question, h.Score, h.Max, h.Kind, h.Page, h.Text]).ToList();
        WriteSheets([new ScoreSheet("Hits", header, rows)], format, output);
    }

    /// <summary>
    /// Writes a municipality's evaluations as <c>kk export</c> writes the archive's: CSV, one row
    /// per evaluation with its area scores; XLSX, sheets of area scores, sub-question scores and warnings.
    /// </summary>
    /// <exception cref="KompassRequestException">The name is not a Swedish municipality, or the format is neither CSV nor XLSX.</exception>
    /// <exception cref="KompassOperationException">There is no archive, or it cannot be read.</exception>
    public void ExportProfile(string municipality, ExportFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var evaluations = Profile(municipality).Profile.Evaluations;
        IReadOnlyList<ScoreSheet> sheets = format == ExportFormat.Xlsx
            ? [ScoreSheet.Areas(evaluations), ScoreSheet.Questions(evaluations), ScoreSheet.Warnings(evaluations)]
            : [ScoreSheet.Areas(evaluations)];
        WriteSheets(sheets, format, output);
    }

    private static void WriteSheets(IReadOnlyList<ScoreSheet> sheets, ExportFormat format, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Csv:
                ScoreCsv.Write(sheets[0], output);
                break;
            case ExportFormat.Xlsx:
                ScoreXlsx.Write(sheets, output);
                break;
            default:
                throw new KompassRequestException($"a table is downloaded as csv or xlsx, not {format.ToString().ToLowerInvariant()}");
        }
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
