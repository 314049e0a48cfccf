using System.Text.Json;

namespace Kommunkompassen.Ingest.Frameworks;

/// <summary>All known framework versions, loaded once from the embedded JSON files.</summary>
public sealed class FrameworkCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public FrameworkCatalog(IEnumerable<Framework> frameworks)
    {
        Frameworks = frameworks.OrderBy(f => f.UsedFrom).ToList();
    }

    public static FrameworkCatalog Default { get; } = LoadEmbedded();

    public IReadOnlyList<Framework> Frameworks { get; }

    public Framework? Find(string id) => Frameworks.FirstOrDefault(f => f.Id == id);

    /// <summary>The newest version whose sub-questions are catalogued: the one models are trained for and questions asked in by default.</summary>
    public Framework NewestWithQuestions => Frameworks.Last(f => f.QuestionsKnown);

    /// <summary>The embedded catalog and the catalog files (*.json) of a folder, such as reviewed drafts; a file's version replaces an embedded one of the same id.</summary>
    public static FrameworkCatalog WithFolder(string folder)
    {
        var added = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Load).ToList();
        return new FrameworkCatalog(Default.Frameworks.Where(f => added.All(a => a.Id != f.Id)).Concat(added));
    }

    /// <summary>Reads one catalog file; a file that is not one fails with its name and the reason.</summary>
    public static Framework Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Validated(JsonSerializer.Deserialize<Framework>(stream, Json), Path.GetFileName(path));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: not a framework catalog: {ex.Message}", ex);
        }
    }

    /// <summary>Writes a version in the catalog format (what `kk framework draft` writes).</summary>
    public static string ToJson(Framework framework) => JsonSerializer.Serialize(framework, Json) + "\n";

    private static Framework Validated(Framework? framework, string name)
    {
        if (framework is null || string.IsNullOrWhiteSpace(framework.Id) || framework.Areas is null || framework.Areas.Count == 0)
        {
            throw new InvalidDataException($"{name}: not a framework catalog: it needs an id and areas");
        }

        return framework;
    }

    private static FrameworkCatalog LoadEmbedded()
    {
        var assembly = typeof(FrameworkCatalog).Assembly;
        var list = new List<Framework>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("framework.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            list.Add(Validated(JsonSerializer.Deserialize<Framework>(stream, Json), name));
        }

        return new FrameworkCatalog(list);
    }
}
