namespace Kommunkompassen.Ingest.Records;

/// <summary>
/// The kinds of text a report's findings and searchable texts have (<see cref="ClassifiedFinding.Kind"/>,
/// the archive's <c>findings.kind</c>, the search index's kind field), in one place.
/// </summary>
public static class FindingKinds
{
    /// <summary>A strength an area lists.</summary>
    public const string Strength = "strength";

    /// <summary>An area for improvement an area lists.</summary>
    public const string Improvement = "improvement";

    /// <summary>A passage of the report's narrative (search documents only).</summary>
    public const string Narrative = "narrative";
}
