using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>
/// Normalises the lemmas the lexicon gave (tokens marked as keywords) by their final vowel, so
/// a lemma meets its near relations: the verb and its noun ("besluta", "beslut"), and a word and
/// its compound stem ("skola", "skol-"; "arbete", "arbets-"), and the -era verb its -ering noun
/// ("rekrytera", "rekrytering"; "planera", "planering"). Nothing else is stripped: a lemma
/// is a base form already, and stripping derivations (-het, -lig) would join words a reader
/// keeps apart ("tillgänglighet", "tillgänglig"). Other tokens pass untouched. Clears the mark.
/// </summary>
public sealed class LemmaStemFilter : TokenFilter
{
    /// <summary>Shortest lemma that loses its final vowel.</summary>
    public const int MinLength = 5;

    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public LemmaStemFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (keyword.IsKeyword)
        {
            var length = term.Length;
            var b = term.Buffer;
            if (length >= MinLength + 4 && b[length - 5] == 'e' && b[length - 4] == 'r' && b[length - 3] == 'i' && b[length - 2] == 'n' && b[length - 1] == 'g')
            {
                term.Length -= 3; // "rekrytering" → "rekryter", as "rekrytera"
            }
            else if (length >= MinLength && b[length - 1] is 'a' or 'e')
            {
                term.Length--;
            }

            keyword.IsKeyword = false;
        }

        return true;
    }
}
