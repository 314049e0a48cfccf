namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>Groups of rulings that cross or touch: the frame of one table or box each.</summary>
internal static class RulingGroups
{
    /// <summary>Groups rulings that cross or touch within the tolerance (union-find over horizontal/vertical pairs).</summary>
    public static List<List<Ruling>> Connected(IReadOnlyList<Ruling> rulings, double tolerance)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        for (var i = 0; i < rulings.Count; i++)
        {
            for (var j = i + 1; j < rulings.Count; j++)
            {
                var a = rulings[i];
                var b = rulings[j];
                if (a.IsHorizontal == b.IsHorizontal)
                {
                    continue;
                }

                var (h, v) = a.IsHorizontal ? (a, b) : (b, a);
                if (v.X1 >= h.X1 - tolerance && v.X1 <= h.X2 + tolerance && h.Y1 >= v.Y1 - tolerance && h.Y1 <= v.Y2 + tolerance)
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return Enumerable.Range(0, rulings.Count)
            .GroupBy(Find)
            .Select(g => g.Select(i => rulings[i]).ToList())
            .ToList();
    }
}
