using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>
/// Splits text into words of letters and digits, keeping hyphens inside and at the end of a
/// word: "e-tjänster" and "Malung-Sälen" stay whole, and the "synpunkts-" of "synpunkts- och
/// klagomålshantering" keeps the hyphen that marks it as the first half of a coordinated compound.
/// A slash separates words ("kvalitets-/verksamhetsutveckling" gives "kvalitets-" and
/// "verksamhetsutveckling").
/// </summary>
public sealed class SwedishWordTokenizer : CharTokenizer
{
    public SwedishWordTokenizer(TextReader input)
        : base(LuceneVersion.LUCENE_48, input)
    {
    }

    protected override bool IsTokenChar(int c) => c == '-' || char.IsLetterOrDigit((char)c);
}
