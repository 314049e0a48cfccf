using Kommunkompassen.Ingest.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Searching;

/// <summary>
/// Counts facet values (municipality, year, area, kind) over every matching document, from
/// sorted doc values: per segment by ordinal (an array as long as the segment's values), resolved
/// to strings when the segment ends; or, given a <see cref="FacetTable"/>, from its arrays.
/// </summary>
internal sealed class FacetCollector(FacetTable? table = null) : ICollector
{
    internal static readonly string[] Fields = [IndexFields.Municipality, IndexFields.Year, IndexFields.Area, IndexFields.Kind];

    private readonly Dictionary<string, Dictionary<string, int>> counts = Fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly SortedDocValues?[] values = new SortedDocValues?[Fields.Length];
    private readonly int[][] ordinalCounts = Fields.Select(_ => Array.Empty<int>()).ToArray();

    private readonly int[][]? tableCounts = table?.Values.Select(v => new int[v.Length]).ToArray();
    private int[][] segment = [];

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        if (table is not null)
        {
            segment = table.Segment(context.Ord);
            return;
        }

        Flush();
        for (var f = 0; f < Fields.Length; f++)
        {
            values[f] = context.AtomicReader.GetSortedDocValues(IndexFields.Facet(Fields[f]));
            ordinalCounts[f] = values[f] is { } dv ? new int[dv.ValueCount] : [];
        }
    }

    public void Collect(int doc)
    {
        Total++;
        if (tableCounts is not null)
        {
            for (var f = 0; f < tableCounts.Length; f++)
            {
                var id = segment[f][doc];
                if (id >= 0)
                {
                    tableCounts[f][id]++;
                }
            }

            return;
        }

        for (var f = 0; f < Fields.Length; f++)
        {
            if (values[f] is { } dv)
            {
                var ord = dv.GetOrd(doc);
                if (ord >= 0)
                {
                    ordinalCounts[f][ord]++;
                }
            }
        }
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Result()
    {
        Flush();
        return counts.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<FacetCount>)kv.Value
                .OrderByDescending(x => x.Value)
                .ThenBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => new FacetCount(x.Key, x.Value))
                .ToList());
    }

    private void Flush()
    {
        if (table is not null)
        {
            for (var f = 0; f < Fields.Length; f++)
            {
                for (var id = 0; id < tableCounts![f].Length; id++)
                {
                    if (tableCounts[f][id] > 0)
                    {
                        counts[Fields[f]][table.Values[f][id]] = tableCounts[f][id];
                        tableCounts[f][id] = 0;
                    }
                }
            }

            return;
        }

        var bytes = new BytesRef();
        for (var f = 0; f < Fields.Length; f++)
        {
            if (values[f] is { } dv)
            {
                var perOrdinal = ordinalCounts[f];
                for (var ord = 0; ord < perOrdinal.Length; ord++)
                {
                    if (perOrdinal[ord] > 0)
                    {
                        dv.LookupOrd(ord, bytes);
                        var key = bytes.Utf8ToString();
                        counts[Fields[f]][key] = counts[Fields[f]].GetValueOrDefault(key) + perOrdinal[ord];
                    }
                }
            }

            ordinalCounts[f] = [];
        }
    }
}
