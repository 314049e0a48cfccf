using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kommunkompassen.Ingest.Frameworks;

/// <summary>How sure a pairing of an area with a crosswalk concept is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Certainty>))]
public enum Certainty
{
    /// <summary>The same title (or an alias).</summary>
    Same,

    /// <summary>Renamed, about the same subject.</summary>
    Close,

    /// <summary>The scope differs: part of the area belongs elsewhere.</summary>
    Uncertain,
}

/// <summary>One version's area in a crosswalk concept.</summary>
public sealed record CrosswalkArea(string Framework, int Area, Certainty Certainty)
{
    public string? Note { get; init; }
}

/// <summary>A part of a municipality's leadership that every version has an area for ("employer").</summary>
public sealed record CrosswalkConcept(string Key, string Title, IReadOnlyList<CrosswalkArea> Areas);

/// <summary>
/// The areas of all framework versions lined up by meaning (Frameworks/area-crosswalk.json), so
/// reports of different versions are compared concept by concept, never by area number: 2010 area
/// 2 and 2020 area 5 are both "user-focus". Loaded once; immutable and thread-safe.
/// </summary>
public sealed class AreaCrosswalk
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<(string Framework, int Area), (CrosswalkConcept Concept, CrosswalkArea Area)> byArea = [];

    public AreaCrosswalk(IReadOnlyList<CrosswalkConcept> concepts)
    {
        Concepts = concepts;
        foreach (var concept in concepts)
        {
            foreach (var area in concept.Areas)
            {
                if (!byArea.TryAdd((area.Framework, area.Area), (concept, area)))
                {
                    throw new InvalidDataException($"area crosswalk: {area.Framework} area {area.Area} is in two concepts");
                }
            }
        }
    }

    public static AreaCrosswalk Default { get; } = LoadEmbedded();

    public IReadOnlyList<CrosswalkConcept> Concepts { get; }

    /// <summary>The concept a version's area belongs to, with how sure that is; null for a version or area the crosswalk does not hold.</summary>
    public (CrosswalkConcept Concept, CrosswalkArea Area)? Of(string framework, int area) =>
        byArea.TryGetValue((framework, area), out var found) ? found : null;

    /// <summary>The concept's key for a version's area ("employer"), or null.</summary>
    public string? KeyOf(string framework, int area) => Of(framework, area)?.Concept.Key;

    private static AreaCrosswalk LoadEmbedded()
    {
        using var stream = typeof(AreaCrosswalk).Assembly.GetManifestResourceStream("area-crosswalk.json")
            ?? throw new InvalidOperationException("area-crosswalk.json is not embedded");
        var file = JsonSerializer.Deserialize<CrosswalkFile>(stream, Json) ?? throw new InvalidDataException("area-crosswalk.json is empty");
        return new AreaCrosswalk(file.Concepts);
    }

    private sealed record CrosswalkFile(IReadOnlyList<CrosswalkConcept> Concepts);
}
