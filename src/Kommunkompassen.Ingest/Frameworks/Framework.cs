namespace Kommunkompassen.Ingest.Frameworks;

/// <summary>
/// One version of the Kommunkompassen framework, as data: its areas and their sub-questions
/// with maximum points. Loaded from Frameworks/*.json; a new version is a new JSON file.
/// </summary>
public sealed record Framework(
    string Id,
    string Name,
    int UsedFrom,
    int UsedTo,
    string? OlderScale,
    double AreaMax,
    IReadOnlyList<FrameworkArea> Areas)
{
    public double TotalMax => Areas.Sum(a => a.Max);

    public FrameworkArea? Area(int number) => Areas.FirstOrDefault(a => a.Number == number);

    public FrameworkQuestion? Question(string id) =>
        Areas.SelectMany(a => a.Questions).FirstOrDefault(q => q.Id == id);
}

/// <summary>One of the eight areas (huvudområden).</summary>
public sealed record FrameworkArea(int Number, string Title, IReadOnlyList<string> Aliases, IReadOnlyList<FrameworkQuestion> Questions)
{
    public double Max => Questions.Sum(q => q.Max);
}

/// <summary>One sub-question (delfråga), e.g. "2.6", with its maximum points.</summary>
public sealed record FrameworkQuestion(string Id, string Text, double Max)
{
    public int AreaNumber => int.Parse(Id.AsSpan(0, Id.IndexOf('.', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
}
