using System.Globalization;
using System.Text;

namespace Kommunkompassen.Ingest.Municipalities;

/// <summary>
/// The 290 municipalities with SCB codes, loaded once from the embedded CSV (CC0 data).
/// Resolves names as reports write them: "Falun", "Falu kommun", "Marks kommun", "Göteborgs stad",
/// "Åre Kommun". Immutable and thread-safe.
/// </summary>
public sealed class MunicipalityRegistry
{
    private readonly Dictionary<string, Municipality> byKey;

    public MunicipalityRegistry(IEnumerable<Municipality> municipalities)
    {
        All = municipalities.ToList();
        byKey = new Dictionary<string, Municipality>(StringComparer.Ordinal);
        foreach (var m in All)
        {
            byKey[Key(m.Name)] = m;
        }

        foreach (var m in All)
        {
            // Genitive and the official stem forms ("Falu kommun", "Marks kommun") as aliases,
            // never overriding a real name (e.g. "Mark" vs "Markaryd").
            byKey.TryAdd(Key(m.Name + "s"), m);
            if (m.Name.EndsWith('n') && m.Name.Length > 4)
            {
                byKey.TryAdd(Key(m.Name[..^1]), m);
            }

            if (OfficialNames.TryGetValue(m.Code, out var official))
            {
                byKey.TryAdd(Key(official), m);
            }
        }
    }

    /// <summary>
    /// Names a municipality goes by that are not its name with "kommun": Gotland's municipality
    /// has called itself "Region Gotland" since it took on the county's health care in 2011, and
    /// reports write it so ("Det har Region Gotland löst"). Keyed by code.
    /// </summary>
    private static readonly Dictionary<string, string> OfficialNames = new(StringComparer.Ordinal)
    {
        ["0980"] = "Region Gotland",
    };

    public static MunicipalityRegistry Default { get; } = LoadEmbedded();

    public IReadOnlyList<Municipality> All { get; }

    public Municipality? FindByCode(string code) => All.FirstOrDefault(m => m.Code == code);

    /// <summary>
    /// Resolves a name as written in a report: with or without "kommun"/"stad"/"Kommun", in
    /// the genitive, any case. Returns null when it is not a municipality.
    /// </summary>
    public Municipality? Find(string text)
    {
        var name = text.Trim().TrimEnd('.', ',', ':', ';');
        foreach (var suffix in NameSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return byKey.TryGetValue(Key(name), out var hit) ? hit : null;
    }

    private static readonly string[] NameSuffixes = [" kommun", " stad", " kommune", " stadsdelsnämnd"];

    private static string Key(string name) => name.Trim().ToLowerInvariant();

    private static MunicipalityRegistry LoadEmbedded()
    {
        using var stream = typeof(MunicipalityRegistry).Assembly.GetManifestResourceStream("municipalities.csv")
            ?? throw new InvalidOperationException("embedded municipalities.csv missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var header = (reader.ReadLine() ?? string.Empty).Split(',');
        var code = Array.IndexOf(header, "municipality_code");
        var shortName = Array.IndexOf(header, "municipality_name_short");
        var county = Array.IndexOf(header, "county_name");
        var list = new List<Municipality>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cols = line.Split(',');
            list.Add(new Municipality(cols[shortName], cols[code], cols[county]));
        }

        return new MunicipalityRegistry(list);
    }
}
