using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>
/// Catalogs as reports of versions the project's catalog holds no sub-questions for would print
/// them (the 2016 and 2020 revisions: areas as published, sub-questions made up here), and a
/// version nobody catalogued. For <see cref="VersionedReport"/>.
/// </summary>
public static class PrintedCatalogs
{
    /// <summary>
    /// The 2016 revision's areas with sub-questions: area 1 as in 2010, area 5's 5.1 with 2010's id
    /// and maximum but another question, the rest new.
    /// </summary>
    public static Framework Revision2016 { get; } = Printed("2016", (n, title) => n switch
    {
        1 => FrameworkCatalog.Default.Find("2010")!.Area(1)!.Questions,
        5 => [Q("5.1", "Hur används jämförelser med andra kommuner för att utveckla verksamheten?", FrameworkCatalog.Default.Find("2010")!.Question("5.1")!.Max),
              Q("5.2", "Hur redovisas resultat och kostnader till nämnderna?", 30),
              Q("5.3", "Hur följs effektiviteten i verksamheterna upp?", 100 - 30 - FrameworkCatalog.Default.Find("2010")!.Question("5.1")!.Max)],
        _ => Invented(n, title),
    });

    /// <summary>The 2020 revision's areas with made-up sub-questions.</summary>
    public static Framework Revision2020 { get; } = Printed("2020", Invented);

    /// <summary>A version no catalog knows: its own area titles and maxima (not all 100).</summary>
    public static Framework Uncatalogued { get; } = new(
        "x-2031",
        "made up",
        2031,
        null,
        null,
        125,
        [.. new[] { "Invånardialog och insyn", "Digital service", "Klimatomställning", "Ekonomisk långsiktighet", "Kompetensförsörjning", "Lärande organisation" }
            .Select((title, i) => new FrameworkArea(i + 1, title, [], Invented(i + 1, title, i < 4 ? 125 : 100)))]);

    private static Framework Printed(string id, Func<int, string, IReadOnlyList<FrameworkQuestion>> questions)
    {
        var catalog = FrameworkCatalog.Default.Find(id)!;
        return catalog with
        {
            QuestionsKnown = true,
            Areas = [.. catalog.Areas.Select(a => a with { StatedMax = null, Questions = questions(a.Number, a.Title) })],
        };
    }

    private static List<FrameworkQuestion> Invented(int area, string title) => Invented(area, title, 100);

    private static List<FrameworkQuestion> Invented(int area, string title, int max)
    {
        var topic = title.ToLowerInvariant();
        string[] asks =
        [
            $"Finns en långsiktig strategi för {topic}?",
            $"Hur följs arbetet med {topic} upp av de förtroendevalda?",
            $"Hur involveras medarbetare och invånare i {topic}?",
            $"Hur jämför sig kommunen med andra inom {topic}?",
        ];
        var maxima = new[] { max * 3 / 10, max / 4, max / 4 };
        return [.. asks.Select((text, i) => Q($"{area}.{i + 1}", text, i < 3 ? maxima[i] : max - maxima.Sum()))];
    }

    private static FrameworkQuestion Q(string id, string text, double max) => new(id, text, max);
}
