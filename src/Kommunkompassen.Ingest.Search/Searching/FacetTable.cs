using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>
/// The facet values of every document of one opened index, held in memory: per segment and
/// facet field, each document's value as a number into the field's list of values. Built once
/// for a searcher that is kept open (the web app's), so that counting facets over many matches
/// reads arrays instead of the doc values on disk (four reads through a file buffer per match,
/// the largest cost of a search matching thousands of texts). About 16 bytes a document.
/// </summary>
internal sealed class FacetTable
{
    private readonly int[][][] ids;

    private FacetTable(int[][][] ids, string[][] values)
    {
        this.ids = ids;
        Values = values;
    }

    /// <summary>Per facet field (in <see cref="FacetCollector.Fields"/> order), its values; a document's number indexes into it.</summary>
    public string[][] Values { get; }

    /// <summary>Per facet field, each document's value number in the segment (-1 for none).</summary>
    public int[][] Segment(int leaf) => ids[leaf];

    public static FacetTable Read(IndexReader reader)
    {
        var fields = FacetCollector.Fields;
        var numbers = fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var ids = new int[reader.Leaves.Count][][];
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var perField = ids[leaf.Ord] = new int[fields.Length][];
            var maxDoc = leaf.AtomicReader.MaxDoc;
            for (var f = 0; f < fields.Length; f++)
            {
                var column = perField[f] = new int[maxDoc];
                var values = leaf.AtomicReader.GetSortedDocValues(Indexing.IndexFields.Facet(fields[f]));
                if (values is null)
                {
                    Array.Fill(column, -1);
                    continue;
                }

                // The segment's ordinals to the field's numbers, then every document's ordinal.
                var map = new int[values.ValueCount];
                for (var ord = 0; ord < map.Length; ord++)
                {
                    values.LookupOrd(ord, bytes);
                    var value = bytes.Utf8ToString();
                    if (!numbers[f].TryGetValue(value, out var number))
                    {
                        numbers[f][value] = number = numbers[f].Count;
                    }

                    map[ord] = number;
                }

                for (var doc = 0; doc < maxDoc; doc++)
                {
                    var ord = values.GetOrd(doc);
                    column[doc] = ord >= 0 ? map[ord] : -1;
                }
            }
        }

        var names = numbers.Select(n => n.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray()).ToArray();
        return new FacetTable(ids, names);
    }
}
