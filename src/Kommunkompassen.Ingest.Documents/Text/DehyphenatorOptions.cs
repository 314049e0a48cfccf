namespace Kommunkompassen.Ingest.Documents.Text;

/// <summary>Settings of the <see cref="Dehyphenator"/>; <see cref="Default"/> holds the Swedish rules.</summary>
public sealed record DehyphenatorOptions
{
    public static DehyphenatorOptions Default { get; } = new();

    /// <summary>
    /// Words that, following a line-end hyphen, show a coordinated compound whose hyphen is real
    /// ("synpunkts- och klagomålshantering", "förskole- eller skolverksamhet").
    /// </summary>
    public IReadOnlySet<string> Conjunctions { get; init; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "och", "eller", "samt", "respektive", "resp.", "resp", "till", "men", "&" };

    /// <summary>Characters that may be the hyphen at a line end (a soft hyphen always joins).</summary>
    public IReadOnlySet<char> Hyphens { get; init; } = new HashSet<char> { '-', '\u2010', '\u00AD' };

    /// <summary>Consult the document's own word forms first when evidence is given.</summary>
    public bool UseEvidence { get; init; } = true;
}
