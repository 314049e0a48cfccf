using System.Globalization;
using System.Text;
using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>How a <see cref="VersionedReport"/> prints other municipalities' mean beside its scores.</summary>
public enum MeanForm
{
    None,

    /// <summary>A "Medel" column in the area summary table.</summary>
    Column,

    /// <summary>"83 (64)" in the summary's score column, explained by a note under it.</summary>
    Brackets,

    /// <summary>A line under each area heading: "Effektivitet 83 (medel 64)".</summary>
    Lines,
}

/// <summary>
/// A small report of any framework version as printed (the catalog given holds the sub-questions
/// the report prints, whether or not the project's catalog knows them), written as a Word file:
/// title page, a framework paragraph that may name the revision and publisher, each area's heading
/// "Område N Title" with narrative under its sub-question headings and findings, an area summary
/// (with other municipalities' means in the form asked) and the sub-question table. Scores are
/// drawn from the seed; <see cref="AreaScore"/> and <see cref="Mean"/> give them back.
/// </summary>
public sealed class VersionedReport
{
    private const string Heading2 = "<w:pStyle w:val=\"Rubrik2Egen\"/>";
    private const string Heading3 = "<w:pStyle w:val=\"Rubrik3Egen\"/>";
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public VersionedReport(Framework printed, int year, int seed = 1)
    {
        Printed = printed;
        Year = year;
        var rng = new Random(seed);
        Scores = printed.Areas.SelectMany(a => a.Questions).ToDictionary(q => q.Id, q => (double)rng.Next(0, (int)q.Max + 1));
        Means = printed.Areas.ToDictionary(a => a.Number, a => (double)rng.Next(30, (int)a.Max));
    }

    public Framework Printed { get; }

    public int Year { get; }

    /// <summary>The sentence about the framework in the introduction; null for none.</summary>
    public string? Statement { get; init; }

    public MeanForm MeanForm { get; init; }

    public string Municipality { get; init; } = "Vännäs";

    /// <summary>A sub-question the score table leaves out, as if a reader had lost its row.</summary>
    public string? LeftOut { get; init; }

    public IReadOnlyDictionary<string, double> Scores { get; }

    public IReadOnlyDictionary<int, double> Means { get; }

    public double AreaScore(int area) => Printed.Area(area)!.Questions.Sum(q => Scores[q.Id]);

    public double Total => Printed.Areas.Sum(a => AreaScore(a.Number));

    public double TotalMean => Means.Values.Sum();

    public static string Strength(int area) => $"Tydligt och systematiskt arbete med frågorna i område {area}";

    public static string Improvement(int area) => $"Utveckla uppföljningen av arbetet i område {area}";

    public byte[] Docx()
    {
        var body = new StringBuilder();
        body.Append(DocxFactory.P("Kommunkompassen"));
        body.Append(DocxFactory.P($"Analys av {Municipality} kommun"));
        body.Append(DocxFactory.P($"3-4 mars {Year}"));
        body.Append(DocxFactory.P("Utvärderare: Karin Ek och Per Berg"));
        body.Append(DocxFactory.P("Om Kommunkompassen", Heading2));
        body.Append(DocxFactory.P("Kommunkompassen är ett verktyg för att analysera en kommuns arbetsgivarpolitik, styrning och kontroll, offentlighet och demokrati. "
            + (Statement ?? string.Empty)));
        foreach (var area in Printed.Areas)
        {
            body.Append(DocxFactory.P($"Område {area.Number} {area.Title}", Heading2));
            if (MeanForm == MeanForm.Lines)
            {
                body.Append(DocxFactory.P($"{area.Title} {P(AreaScore(area.Number))} (medel {P(Means[area.Number])})"));
            }

            foreach (var q in area.Questions)
            {
                body.Append(DocxFactory.P($"{q.Id} {q.Text}", Heading3));
                body.Append(DocxFactory.P($"I {Municipality} har man arbetat med det som frågan gäller: {q.Text.TrimEnd('?').ToLowerInvariant()}. Utvärderarna såg flera goda exempel i förvaltningarna."));
            }

            body.Append(DocxFactory.P("Styrkor", Heading3));
            body.Append(DocxFactory.P(Strength(area.Number), "<w:pStyle w:val=\"Punkt\"/>"));
            body.Append(DocxFactory.P("Förbättringsområden", Heading3));
            body.Append(DocxFactory.P(Improvement(area.Number), "<w:pStyle w:val=\"Punkt\"/>"));
        }

        body.Append(DocxFactory.P("Poängsammanställning", Heading2));
        body.Append(Summary());
        if (MeanForm == MeanForm.Brackets)
        {
            body.Append(DocxFactory.P("Inom parentes anges genomsnittet för de senast utvärderade kommunerna."));
        }

        body.Append(Table([["Fråga", "Max", "Poäng"], .. Printed.Areas.SelectMany(a => a.Questions).Where(q => q.Id != LeftOut).Select(q => new[] { $"{q.Id} {q.Text}", P(q.Max), P(Scores[q.Id]) })]));
        return DocxFactory.Create(body.ToString());
    }

    private string Summary()
    {
        var year = Year.ToString(CultureInfo.InvariantCulture);
        var rows = MeanForm switch
        {
            MeanForm.Column => new List<string[]> { new[] { "Område", year, "Medel" } }
                .Concat(Printed.Areas.Select(a => new[] { $"{a.Number} {a.Title}", P(AreaScore(a.Number)), P(Means[a.Number]) }))
                .Append(["Totalt", P(Total), P(TotalMean)]),
            MeanForm.Brackets => new List<string[]> { new[] { "Område", year } }
                .Concat(Printed.Areas.Select(a => new[] { $"{a.Number} {a.Title}", $"{P(AreaScore(a.Number))} ({P(Means[a.Number])})" }))
                .Append(["Totalt", $"{P(Total)} ({P(TotalMean)})"]),
            _ => new List<string[]> { new[] { "Område", year } }
                .Concat(Printed.Areas.Select(a => new[] { $"{a.Number} {a.Title}", P(AreaScore(a.Number)) }))
                .Append(["Totalt", P(Total)]),
        };
        return Table(rows);
    }

    private static string P(double value) => value.ToString("0.#", Swedish);

    private static string Table(IEnumerable<string[]> rows) =>
        "<w:tbl>" + string.Concat(rows.Select(r => "<w:tr>" + string.Concat(r.Select(c => $"<w:tc>{DocxFactory.P(c)}</w:tc>")) + "</w:tr>")) + "</w:tbl>";
}
