using System.Text.Json;

namespace Kommunkompassen.Ingest.Frameworks;

/// <summary>All known framework versions, loaded once from the embedded JSON files.</summary>
public sealed class FrameworkCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public FrameworkCatalog(IEnumerable<Framework> frameworks)
    {
        Frameworks = frameworks.OrderBy(f => f.UsedFrom).ToList();
    }

    public static FrameworkCatalog Default { get; } = LoadEmbedded();

    public IReadOnlyList<Framework> Frameworks { get; }

    public Framework? Find(string id) => Frameworks.FirstOrDefault(f => f.Id == id);

    /// <summary>The version in use in a given year (the latest that had started by then).</summary>
    public Framework ForYear(int year) =>
        Frameworks.LastOrDefault(f => f.UsedFrom <= year) ?? Frameworks[0];

    private static FrameworkCatalog LoadEmbedded()
    {
        var assembly = typeof(FrameworkCatalog).Assembly;
        var list = new List<Framework>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("framework.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            list.Add(JsonSerializer.Deserialize<Framework>(stream, Json) ?? throw new InvalidOperationException($"bad framework file {name}"));
        }

        return new FrameworkCatalog(list);
    }
}
