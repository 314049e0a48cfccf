using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>
/// What a wildcard stands for: at most <c>maxTerms</c> of the indexed words it matches, those
/// found in most texts (ties in index order), each scored as a word of its own (BM25), as
/// Lucene's scoring rewrite would score them all. Lucene's own top-terms rewrite keeps the
/// first words in index order when all weigh the same, which for "kommun*" drops
/// "kommunstyrelse" for "kommunal…"; this keeps the words most texts hold. A wildcard cut so is
/// told to <c>cut</c> (its text, how many words it matched), so the search can say so.
/// </summary>
internal sealed class FrequentTermsRewrite(int maxTerms, Action<string, int> cut) : MultiTermQuery.RewriteMethod
{
    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var result = new BooleanQuery(disableCoord: true) { Boost = query.Boost };
        var terms = MultiFields.GetTerms(reader, query.Field);
        if (terms is null)
        {
            return result;
        }

        // A min-heap of the best so far: the fewest texts first, and among equals the later word.
        var best = new PriorityQueue<BytesRef, (int DocFreq, BytesRef Term)>(maxTerms + 1, Fewest.Instance);
        var matched = 0;
        var termsEnum = GetTermsEnum(query, terms, new AttributeSource());
        while (termsEnum.MoveNext())
        {
            matched++;
            var docFreq = termsEnum.DocFreq;
            if (best.Count == maxTerms && best.TryPeek(out _, out var least) && Fewest.Instance.Compare((docFreq, termsEnum.Term), least) <= 0)
            {
                continue;
            }

            var term = BytesRef.DeepCopyOf(termsEnum.Term);
            best.Enqueue(term, (docFreq, term));
            if (best.Count > maxTerms)
            {
                best.Dequeue();
            }
        }

        if (matched > maxTerms)
        {
            cut(query.ToString(query.Field), matched);
        }

        foreach (var term in best.UnorderedItems.Select(i => i.Element).Order(BytesRefOrder.Instance))
        {
            result.Add(new TermQuery(new Term(query.Field, term)), Occur.SHOULD);
        }

        return result;
    }

    /// <summary>Fewer texts first; among equals, the later word (so the earlier is kept).</summary>
    private sealed class Fewest : IComparer<(int DocFreq, BytesRef Term)>
    {
        public static readonly Fewest Instance = new();

        public int Compare((int DocFreq, BytesRef Term) x, (int DocFreq, BytesRef Term) y) =>
            x.DocFreq != y.DocFreq ? x.DocFreq.CompareTo(y.DocFreq) : BytesRefOrder.Instance.Compare(y.Term, x.Term);
    }

    private sealed class BytesRefOrder : IComparer<BytesRef>
    {
        public static readonly BytesRefOrder Instance = new();

        public int Compare(BytesRef? x, BytesRef? y) => x is null || y is null ? Comparer<object>.Default.Compare(x, y) : x.CompareTo(y);
    }

    /// <summary>The note for a wildcard cut to its most frequent words.</summary>
    public static string Note(string wildcard, int matched, int kept) =>
        $"{QueryException.Quote(wildcard)} matches {matched.ToString("N0", CultureInfo.InvariantCulture)} indexed words; the {kept.ToString("N0", CultureInfo.InvariantCulture)} found in most texts were searched";
}
