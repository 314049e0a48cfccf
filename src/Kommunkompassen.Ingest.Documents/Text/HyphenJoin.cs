namespace Kommunkompassen.Ingest.Documents.Text;

/// <summary>How a line that ends in a hyphen is joined to the next line.</summary>
public enum HyphenJoin
{
    /// <summary>A word split at a syllable: drop the hyphen and join ("Sentralfor-" + "bund").</summary>
    RemoveHyphen,

    /// <summary>A real hyphenated word: keep the hyphen, no space ("IT-" + "stöd").</summary>
    KeepHyphen,

    /// <summary>A coordinated compound: keep the hyphen and a space ("synpunkts-" + "och").</summary>
    KeepHyphenAndSpace,
}
