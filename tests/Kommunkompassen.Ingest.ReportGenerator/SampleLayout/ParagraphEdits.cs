using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.ReportGenerator.SampleLayout;

/// <summary>
/// Text edits of a Word document that keep its runs (and so its formatting): each paragraph's
/// text is joined across its runs, the edits go into the run where they start and the runs they
/// span lose those characters (as <see cref="DocxRewriter"/> does for a template), and whole
/// paragraphs can be given one text.
/// </summary>
internal static class ParagraphEdits
{
    /// <summary>Applies <paramref name="editsOf"/> (edits in order, not overlapping) to every paragraph under <paramref name="root"/>.</summary>
    public static void Apply(OpenXmlElement root, Func<string, List<TextEdit>> editsOf)
    {
        foreach (var p in root.Descendants<W.Paragraph>().ToList())
        {
            var texts = p.Descendants<W.Text>().ToList();
            if (texts.Count == 0)
            {
                continue;
            }

            var starts = new int[texts.Count];
            var joined = new System.Text.StringBuilder();
            for (var i = 0; i < texts.Count; i++)
            {
                starts[i] = joined.Length;
                joined.Append(texts[i].Text);
            }

            var edits = editsOf(joined.ToString());
            for (var k = edits.Count - 1; k >= 0; k--)
            {
                var e = edits[k];
                if (e.Length == 0)
                {
                    var at = ElementAt(starts, Math.Min(e.Index, joined.Length - 1));
                    var offset = e.Index - starts[at];
                    Set(texts[at], texts[at].Text[..offset] + e.Replacement + texts[at].Text[offset..]);
                    continue;
                }

                var first = ElementAt(starts, e.Index);
                var last = ElementAt(starts, e.Index + e.Length - 1);
                var head = texts[first].Text[..(e.Index - starts[first])];
                var tail = texts[last].Text[(e.Index + e.Length - starts[last])..];
                if (first == last)
                {
                    Set(texts[first], head + e.Replacement + tail);
                }
                else
                {
                    Set(texts[first], head + e.Replacement);
                    for (var i = first + 1; i < last; i++)
                    {
                        Set(texts[i], string.Empty);
                    }

                    Set(texts[last], tail);
                }
            }
        }
    }

    /// <summary>The paragraph's text (its runs' text joined).</summary>
    public static string TextOf(W.Paragraph p) => string.Concat(p.Descendants<W.Text>().Select(t => t.Text));

    /// <summary>Gives the paragraph one text in the formatting of its first run; the other runs (and their tabs and breaks) go.</summary>
    public static void SetText(W.Paragraph p, string text)
    {
        var runs = p.Descendants<W.Run>().ToList();
        var keep = runs.FirstOrDefault(r => r.Elements<W.Text>().Any());
        if (keep is null)
        {
            p.AppendChild(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            return;
        }

        foreach (var r in runs.Where(r => !ReferenceEquals(r, keep)))
        {
            r.Remove();
        }

        foreach (var child in keep.ChildElements.Where(c => c is not W.RunProperties).ToList())
        {
            child.Remove();
        }

        keep.AppendChild(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static int ElementAt(int[] starts, int index)
    {
        var i = Array.BinarySearch(starts, index);
        if (i < 0)
        {
            i = ~i - 1;
        }

        while (i + 1 < starts.Length && starts[i + 1] == index)
        {
            i++;
        }

        return i;
    }

    private static void Set(W.Text t, string value)
    {
        t.Text = value;
        t.Space = SpaceProcessingModeValues.Preserve;
    }
}
