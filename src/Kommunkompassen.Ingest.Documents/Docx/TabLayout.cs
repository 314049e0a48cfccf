namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// Lays out a paragraph's tabbed lines the way Word does, without fonts: each tab jumps to the
/// next stop right of the text so far (custom stops, the hanging indent on the first line, then
/// the default interval), and the text after it is placed by the stop's alignment. Text widths
/// are estimated from character classes and the font size, which is enough to tell which stop a
/// tab reaches when the text before it is long; since the font is unknown, each line is also laid
/// out with narrower and wider text, and the table detector takes the layout that lines up with
/// the other rows.
/// </summary>
internal static class TabLayout
{
    /// <summary>Twips per point.</summary>
    private const double TwipsPerPoint = 20;

    /// <summary>Lays out each line of <paramref name="text"/> ('\n' separates lines, '\t' is a tab).</summary>
    public static IReadOnlyList<TabLine> Lay(string text, ParagraphGeometry geometry)
    {
        var lines = text.Split('\n');
        var result = new List<TabLine>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var segments = lines[i].Split('\t');
            var texts = segments.Select(Text.TextNormalizer.Clean).ToArray();
            var nominal = LayLine(texts, geometry, geometry.CharWidthScale, first: i == 0);
            if (segments.Length > 1)
            {
                var alternatives = new List<TabLine>(geometry.AlternativeWidthFactors.Count);
                foreach (var factor in geometry.AlternativeWidthFactors)
                {
                    var other = LayLine(texts, geometry, geometry.CharWidthScale * factor, first: i == 0);
                    if (!SameAnchors(other, nominal) && !alternatives.Any(a => SameAnchors(a, other)))
                    {
                        alternatives.Add(other);
                    }
                }

                nominal = nominal with { Alternatives = alternatives };
            }

            result.Add(nominal);
        }

        return result;
    }

    private static bool SameAnchors(TabLine a, TabLine b)
    {
        for (var k = 0; k < a.Cells.Count; k++)
        {
            if (a.Cells[k].Anchor != b.Cells[k].Anchor)
            {
                return false;
            }
        }

        return true;
    }

    private static TabLine LayLine(string[] segments, ParagraphGeometry g, double scale, bool first)
    {
        var start = first ? g.IndentLeft + g.FirstLineIndent : g.IndentLeft;

        // Word treats a hanging indent as a stop on the first line.
        int? implicitStop = first && g.FirstLineIndent < 0 ? g.IndentLeft : null;
        var cells = new List<TabCell>(segments.Length);
        var x = (double)start;
        var toc = false;
        for (var k = 0; k < segments.Length; k++)
        {
            var text = segments[k];
            var width = Width(text, g.FontSizePt, scale);
            double left;
            int anchor;
            if (k == 0)
            {
                anchor = start;
                left = x;
            }
            else
            {
                var stop = g.Tabs.Next((int)Math.Floor(x), implicitStop, g.DefaultTabInterval);
                anchor = stop.Position;
                left = stop.Alignment switch
                {
                    TabAlignment.Right => stop.Position - width,
                    TabAlignment.Center => stop.Position - (width / 2),
                    TabAlignment.Decimal => stop.Position - Width(IntegerPart(text, g.DecimalSymbol), g.FontSizePt, scale),
                    _ => stop.Position,
                };

                // Text never moves left of where the line has got to.
                left = Math.Max(left, x);
                toc = stop.HasLeader && k == segments.Length - 1 && IsPageNumber(text);
            }

            x = left + width;
            if (text.Length > 0)
            {
                cells.Add(new TabCell(text, anchor, (int)Math.Round(left), (int)Math.Round(x)));
            }
        }

        return new TabLine(cells, start, toc);
    }

    /// <summary>Estimated width in twips: character classes of a typical proportional font.</summary>
    internal static double Width(string text, double fontSizePt, double scale)
    {
        var em = 0.0;
        foreach (var c in text)
        {
            em += EmOf(c);
        }

        return em * fontSizePt * TwipsPerPoint * scale;
    }

    private static double EmOf(char c) => c switch
    {
        ' ' => 0.28,
        'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' => 0.25,
        'f' or 't' or 'r' or 'I' or '(' or ')' or '[' or ']' or '/' or '-' => 0.34,
        'm' or 'w' => 0.82,
        'M' or 'W' => 0.9,
        '%' => 0.85,
        >= '0' and <= '9' => 0.55,
        _ when char.IsUpper(c) => 0.66,
        _ => 0.52,
    };

    /// <summary>The part of a figure before its decimal separator (all of it when it has none).</summary>
    private static string IntegerPart(string text, char decimalSymbol)
    {
        var at = text.LastIndexOf(decimalSymbol);
        return at > 0 && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]) ? text[..at] : text;
    }

    private static bool IsPageNumber(string text) =>
        text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit);
}

/// <summary>
/// What lays out a paragraph's tabs: its custom stops, indents (twips; a negative first-line
/// indent is a hanging one), the document's default tab interval, font size, decimal symbol, the
/// scale applied to the estimated character widths, and the factors on that scale of the
/// alternative layouts.
/// </summary>
internal sealed record ParagraphGeometry(
    TabStops Tabs,
    int IndentLeft,
    int FirstLineIndent,
    int DefaultTabInterval,
    double FontSizePt,
    char DecimalSymbol,
    double CharWidthScale,
    IReadOnlyList<double> AlternativeWidthFactors);
