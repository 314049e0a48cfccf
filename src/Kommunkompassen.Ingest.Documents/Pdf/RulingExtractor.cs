using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// Reads rulings from a page's vector paths: stroked straight lines, the edges of stroked
/// rectangles, thin filled rectangles (a common way to draw a border), and the four edges of a
/// larger filled (shaded) rectangle, so a shaded box without borders still reads as a box.
/// Clipping paths, curves, white fills and shapes too small to be a line or a box (dots, drawn
/// list bullets) are ignored. Immutable and thread-safe.
/// </summary>
public sealed class RulingExtractor : IRulingExtractor
{
    public RulingExtractor(RulingExtractorOptions options)
    {
        Options = options;
    }

    public static RulingExtractor Default { get; } = new(RulingExtractorOptions.Default);

    public RulingExtractorOptions Options { get; }

    public IReadOnlyList<Ruling> Extract(IEnumerable<PdfPath> paths)
    {
        var rulings = new List<Ruling>();
        foreach (var path in paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }

            var filledOnly = path.IsFilled && !path.IsStroked;
            if (filledOnly && IsWhite(path))
            {
                continue;
            }

            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }

                var thin = box.Width <= Options.MaxLineThickness || box.Height <= Options.MaxLineThickness;
                if (!thin && box.Width < Options.MinBoxSize && box.Height < Options.MinBoxSize)
                {
                    // A dot or a drawn list bullet, not a line or a box.
                    continue;
                }

                if (thin)
                {
                    AddThin(box, rulings);
                }
                else if (subpath.IsDrawnAsRectangle || filledOnly)
                {
                    AddEdges(box, rulings);
                }
                else
                {
                    AddStraightLines(subpath, rulings);
                }
            }
        }

        return rulings;
    }

    private void AddThin(PdfRectangle box, List<Ruling> rulings)
    {
        if (box.Width >= box.Height)
        {
            var y = (box.Bottom + box.Top) / 2;
            Add(Ruling.Between(box.Left, y, box.Right, y), rulings);
        }
        else
        {
            var x = (box.Left + box.Right) / 2;
            Add(Ruling.Between(x, box.Bottom, x, box.Top), rulings);
        }
    }

    private void AddEdges(PdfRectangle box, List<Ruling> rulings)
    {
        Add(Ruling.Between(box.Left, box.Top, box.Right, box.Top), rulings);
        Add(Ruling.Between(box.Left, box.Bottom, box.Right, box.Bottom), rulings);
        Add(Ruling.Between(box.Left, box.Bottom, box.Left, box.Top), rulings);
        Add(Ruling.Between(box.Right, box.Bottom, box.Right, box.Top), rulings);
    }

    private void AddStraightLines(PdfSubpath subpath, List<Ruling> rulings)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddIfStraight(line.From, line.To, rulings);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddIfStraight(c, s, rulings);
                    current = s;
                    break;
                case PdfSubpath.BezierCurve curve:
                    current = curve.EndPoint;
                    break;
            }
        }
    }

    private void AddIfStraight(PdfPoint from, PdfPoint to, List<Ruling> rulings)
    {
        if (Math.Abs(from.Y - to.Y) <= Options.AxisTolerance || Math.Abs(from.X - to.X) <= Options.AxisTolerance)
        {
            Add(Ruling.Between(from.X, from.Y, to.X, to.Y), rulings);
        }
    }

    private void Add(Ruling ruling, List<Ruling> rulings)
    {
        if (ruling.Length >= Options.MinLength)
        {
            rulings.Add(ruling.IsHorizontal
                ? ruling with { Y1 = ruling.Position, Y2 = ruling.Position }
                : ruling with { X1 = ruling.Position, X2 = ruling.Position });
        }
    }

    private bool IsWhite(PdfPath path)
    {
        if (path.FillColor is null)
        {
            return false;
        }

        var (r, g, b) = path.FillColor.ToRGBValues();
        return r >= Options.WhiteFillThreshold && g >= Options.WhiteFillThreshold && b >= Options.WhiteFillThreshold;
    }
}
