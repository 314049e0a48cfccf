namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// A horizontal or vertical line drawn on a page (a table border, a box edge), in PDF points with
/// X1 ≤ X2 and Y1 ≤ Y2.
/// </summary>
public sealed record Ruling(double X1, double Y1, double X2, double Y2)
{
    public bool IsHorizontal => Y2 - Y1 <= X2 - X1;

    public double Length => IsHorizontal ? X2 - X1 : Y2 - Y1;

    /// <summary>The line's position across its length: y for a horizontal, x for a vertical.</summary>
    public double Position => IsHorizontal ? (Y1 + Y2) / 2 : (X1 + X2) / 2;

    public static Ruling Between(double x1, double y1, double x2, double y2) =>
        new(Math.Min(x1, x2), Math.Min(y1, y2), Math.Max(x1, x2), Math.Max(y1, y2));
}
