namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// A table found from its rulings: the page it starts on, its box, the x-positions of its column
/// edges (left to right) and its rows top to bottom.
/// </summary>
public sealed record TableGrid(
    int Page,
    double Left,
    double Bottom,
    double Right,
    double Top,
    IReadOnlyList<double> ColumnEdges,
    IReadOnlyList<GridRow> Rows)
{
    /// <summary>True when the other table has the same column edges, within the tolerance.</summary>
    public bool HasSameColumns(TableGrid other, double tolerance) =>
        ColumnEdges.Count == other.ColumnEdges.Count &&
        ColumnEdges.Zip(other.ColumnEdges).All(p => Math.Abs(p.First - p.Second) <= tolerance);
}
