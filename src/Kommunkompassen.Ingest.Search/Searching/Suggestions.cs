using Kommunkompassen.Ingest.Search.Analysis;
using Kommunkompassen.Ingest.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>
/// For a search that found nothing: the indexed words (as written) nearest to each typed word
/// the index does not have, by Levenshtein distance (Lucene's automaton-based
/// <see cref="FuzzyTermsEnum"/>, up to two edits, transpositions counted as one, first letter
/// kept), closest first, then the most used. Words one edit away are looked for first, and two
/// edits away only when there is none: a word one typo away is what was meant far more often
/// than one two away, and the two-edit automaton of a long word is costly to build (most of the
/// time of a search with a typo in it, on a large index).
/// </summary>
public static class Suggestions
{
    public const int MaxEdits = 2;
    public const int PerWord = 3;

    public static IReadOnlyList<string> For(IndexReader reader, string query)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Words);
        if (terms is null)
        {
            return [];
        }

        var found = new List<string>();
        foreach (var word in TypedWords(query))
        {
            var typed = new Term(IndexFields.Words, word);
            if (word.Length < 3 || reader.DocFreq(typed) > 0)
            {
                continue;
            }

            var candidates = Near(terms, typed, 1);
            if (candidates.Count == 0)
            {
                candidates = Near(terms, typed, MaxEdits);
            }

            found.AddRange(candidates
                .OrderByDescending(c => c.Similarity)
                .ThenByDescending(c => c.DocFreq)
                .ThenBy(c => c.Term, StringComparer.Ordinal)
                .Take(PerWord)
                .Select(c => c.Term)
                .Where(t => !found.Contains(t)));
        }

        return found;
    }

    /// <summary>The indexed words at most <paramref name="edits"/> away from the typed one, with their similarity and how many texts hold them.</summary>
    private static List<(string Term, float Similarity, int DocFreq)> Near(Terms terms, Term typed, int edits)
    {
        var candidates = new List<(string Term, float Similarity, int DocFreq)>();
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), typed, edits, prefixLength: 1, transpositions: true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        while (fuzzy.MoveNext())
        {
            candidates.Add((fuzzy.Term.Utf8ToString(), boost.Boost, fuzzy.DocFreq));
        }

        return candidates;
    }

    /// <summary>The query's words as the index keeps them, syntax left out.</summary>
    private static List<string> TypedWords(string query)
    {
        var words = new List<string>();
        using var stream = SurfaceWordsAnalyzer.Default.GetTokenStream(IndexFields.Words, query);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var w = term.ToString().Trim('-');
            if (w.All(c => char.IsLetter(c) || c == '-') && !words.Contains(w))
            {
                words.Add(w);
            }
        }

        stream.End();
        return words;
    }
}
