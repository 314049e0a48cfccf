using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>
/// A small report of the revised framework written as a Word file: a title page, each area's
/// heading ("Område N Title"), a paragraph of narrative and its strengths and improvements, then
/// an area summary table and a table of every sub-question with half its maximum as score. Areas
/// can be given a heading the parser cannot know, or lose their improvements, to test what the
/// record says about what it could not read.
/// </summary>
public static class SmallReport
{
    private const string Heading2 = "<w:pStyle w:val=\"Rubrik2Egen\"/>";

    public static byte[] Docx(string municipality = "Vännäs", int? unknownHeadingArea = null, int? withoutImprovementsArea = null, string? textMunicipality = null)
    {
        var framework = FrameworkCatalog.Default.Find("2010")!;
        var body = new System.Text.StringBuilder();
        body.Append(DocxFactory.P("Kommunkompassen"));
        body.Append(DocxFactory.P($"Analys av {municipality} kommun"));
        body.Append(DocxFactory.P("3-4 mars 2012"));
        body.Append(DocxFactory.P("Karin Ek, Sveriges Kommuner och Landsting"));
        foreach (var area in framework.Areas)
        {
            var heading = area.Number == unknownHeadingArea ? $"Avsnitt {new string('I', area.Number)}" : $"Område {area.Number} {area.Title}";
            body.Append(DocxFactory.P(heading, Heading2));
            body.Append(DocxFactory.P($"I {textMunicipality ?? municipality} har man under flera år arbetat med frågor inom området {area.Title.ToLowerInvariant()}, och utvärderarna har sett både goda exempel och saker som kan utvecklas vidare i hela organisationen, i nämnderna och i förvaltningarna."));
            body.Append(DocxFactory.P("Styrkor", "<w:pStyle w:val=\"Rubrik2Egen\"/>"));
            body.Append(DocxFactory.P($"Systematiskt arbete inom område {area.Number}", "<w:pStyle w:val=\"Punkt\"/>"));
            if (area.Number != withoutImprovementsArea)
            {
                body.Append(DocxFactory.P("Förbättringsområden", "<w:pStyle w:val=\"Rubrik2Egen\"/>"));
                body.Append(DocxFactory.P($"Följ upp arbetet inom område {area.Number}", "<w:pStyle w:val=\"Punkt\"/>"));
            }
        }

        body.Append(DocxFactory.P("Poängsammanställning", Heading2));
        body.Append(Table([["Område", "2012"], .. framework.Areas.Select(a => new[] { $"{a.Number} {a.Title}", Points(a.Max / 2) }), ["Totalt", Points(framework.TotalMax / 2)]]));
        body.Append(Table([["Fråga", "Max", "Poäng"], .. framework.Areas.SelectMany(a => a.Questions).Select(q => new[] { $"{q.Id} {q.Text}", Points(q.Max), Points(q.Max / 2) })]));
        return DocxFactory.Create(body.ToString());
    }

    private static string Points(double value) => value.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"));

    private static string Table(IEnumerable<string[]> rows) =>
        "<w:tbl>" + string.Concat(rows.Select(r => "<w:tr>" + string.Concat(r.Select(c => $"<w:tc>{DocxFactory.P(c)}</w:tc>")) + "</w:tr>")) + "</w:tbl>";
}
