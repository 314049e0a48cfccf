using System.Text.Json.Serialization;

namespace Kommunkompassen.Ingest.Frameworks;

/// <summary>
/// One version of the Kommunkompassen framework, as data: its areas and, where they were
/// published, their sub-questions with maximum points. Loaded from Frameworks/*.json; a new
/// version is a new JSON file (`kk framework draft` writes one from a report).
/// </summary>
/// <param name="Id">The version's id, the year of the revision ("2010").</param>
/// <param name="UsedFrom">The first year reports of this version were written.</param>
/// <param name="UsedTo">The last year, or null while it is the current version.</param>
/// <param name="OlderScale">The version whose scale the reports also print totals on ("Äldre poängskala"), if any.</param>
public sealed record Framework(
    string Id,
    string Name,
    int UsedFrom,
    int? UsedTo,
    string? OlderScale,
    double AreaMax,
    IReadOnlyList<FrameworkArea> Areas)
{
    /// <summary>The id a record carries when its report fits no catalogued version well.</summary>
    public const string UnknownId = "unknown";

    /// <summary>
    /// Whether the sub-questions are known (published, or added from a reviewed draft). When not,
    /// a report's own score table is the catalog of its sub-questions.
    /// </summary>
    public bool QuestionsKnown { get; init; } = true;

    /// <summary>Whether reports of this version print the mean of other recently evaluated municipalities beside their scores ("Effektivitet 83 (64)").</summary>
    public bool ReferenceMeans { get; init; }

    /// <summary>Who published the version and names it in its reports ("SKL", "Sveriges Kommuner och Regioner"): weak evidence for it.</summary>
    public IReadOnlyList<string> Publishers { get; init; } = [];

    [JsonIgnore]
    public double TotalMax => Areas.Sum(a => a.Max);

    public FrameworkArea? Area(int number) => Areas.FirstOrDefault(a => a.Number == number);

    public FrameworkQuestion? Question(string id) =>
        Areas.SelectMany(a => a.Questions).FirstOrDefault(q => q.Id == id);

    /// <summary>Whether reports of a year fall in the years this version was used.</summary>
    public bool UsedIn(int year) => year >= UsedFrom && (UsedTo is null || year <= UsedTo);
}

/// <summary>One of the eight areas (huvudområden).</summary>
public sealed record FrameworkArea(int Number, string Title, IReadOnlyList<string> Aliases, IReadOnlyList<FrameworkQuestion> Questions)
{
    /// <summary>The area's maximum as the catalog states it; null to take the sum of its sub-questions.</summary>
    [JsonPropertyName("max")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? StatedMax { get; init; }

    /// <summary>The area's maximum: as stated, else the sum of its sub-questions.</summary>
    [JsonIgnore]
    public double Max => StatedMax ?? Questions.Sum(q => q.Max);
}

/// <summary>One sub-question (delfråga), e.g. "2.6", with its maximum points.</summary>
public sealed record FrameworkQuestion(string Id, string Text, double Max)
{
    [JsonIgnore]
    public int AreaNumber => int.Parse(Id.AsSpan(0, Id.IndexOf('.', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
}
