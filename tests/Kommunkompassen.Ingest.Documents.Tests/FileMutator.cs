using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Kommunkompassen.Ingest.Documents.Tests;

/// <summary>
/// Seeded random damage to a sample file, for the fuzzing test: the bytes (values overwritten,
/// cut short, a chunk repeated or dropped) and, for a .docx, its unpacked XML re-zipped (text
/// garbled, elements dropped, repeated, moved, their text and attributes replaced, a part left
/// out). Each mutation is a function of the sample and the <see cref="Random"/> alone, so a case
/// is reproduced from its seed; <see cref="Mutation.What"/> says what was done.
/// </summary>
internal static class FileMutator
{
    private static readonly string[] DocxParts =
    [
        "word/document.xml", "word/document.xml", "word/document.xml", "word/document.xml", "word/styles.xml",
        "word/numbering.xml", "word/settings.xml", "word/_rels/document.xml.rels", "_rels/.rels", "[Content_Types].xml",
        "word/header1.xml", "word/footer1.xml",
    ];

    /// <summary>Text a mutated element may be given: empty, figures, a score, long runs, the words of headings, odd characters.</summary>
    private static readonly string[] Texts =
    [
        "", " ", "0", "-1", "999999999999", "12,5", "3/4", "47 (av 100)", "Område 3", "Starka sidor", "Förbättringsområden",
        "Kommunkompassen", "Poäng", "Totalt", "2.6", "\u00ad", "\t", "\u200b", "ÅÄÖ", new string('x', 5000), "1 2 3 4 5 6 7 8",
    ];

    public static Mutation Mutate(byte[] original, bool isDocx, Random random)
    {
        // A .docx: half the cases change its XML, most of those element by element, which
        // reaches the parser; byte damage mostly stops at the zip.
        var kind = random.Next(isDocx ? 8 : 5);
        return kind switch
        {
            0 => Overwrite(original, random),
            1 => Truncate(original, random),
            2 => DuplicateChunk(original, random),
            3 => DeleteChunk(original, random),
            4 when !isDocx => TruncateKeepingEnd(original, random),
            4 => MutateXmlText(original, random),
            5 or 6 => MutateXmlElements(original, random),
            _ => DropPart(original, random),
        };
    }

    private static Mutation Overwrite(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        var count = random.Next(1, 17);
        var at = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var position = random.Next(bytes.Length);
            bytes[position] = (byte)random.Next(256);
            at.Add(position);
        }

        return new Mutation(bytes, $"{count} bytes overwritten at {string.Join(',', at)}");
    }

    private static Mutation Truncate(byte[] original, Random random)
    {
        var length = random.Next(1, original.Length);
        return new Mutation(original[..length], $"cut to {length} bytes");
    }

    /// <summary>A PDF cut short with its end marker put back, so the reader gets past the quick check.</summary>
    private static Mutation TruncateKeepingEnd(byte[] original, Random random)
    {
        var length = random.Next(1, original.Length);
        return new Mutation([.. original[..length], .. "\n%%EOF\n"u8], $"cut to {length} bytes, %%EOF appended");
    }

    private static Mutation DuplicateChunk(byte[] original, Random random)
    {
        var (start, length) = Chunk(original.Length, random);
        var at = random.Next(original.Length + 1);
        var chunk = original.AsSpan(start, length);
        return new Mutation([.. original.AsSpan(0, at), .. chunk, .. original.AsSpan(at)], $"{length} bytes from {start} repeated at {at}");
    }

    private static Mutation DeleteChunk(byte[] original, Random random)
    {
        var (start, length) = Chunk(original.Length, random);
        return new Mutation([.. original.AsSpan(0, start), .. original.AsSpan(start + length)], $"{length} bytes from {start} dropped");
    }

    private static (int Start, int Length) Chunk(int total, Random random)
    {
        var length = random.Next(1, Math.Min(4096, total));
        return (random.Next(total - length), length);
    }

    /// <summary>One part's XML text garbled as text: mostly no longer well-formed.</summary>
    private static Mutation MutateXmlText(byte[] docx, Random random)
    {
        var part = DocxParts[random.Next(DocxParts.Length)];
        var what = string.Empty;
        var bytes = Rezip(docx, part, xml =>
        {
            var (start, length) = Chunk(xml.Length, random);
            switch (random.Next(4))
            {
                case 0:
                    what = $"{part}: {length} characters from {start} dropped";
                    return xml.Remove(start, length);
                case 1:
                    var at = random.Next(xml.Length);
                    what = $"{part}: {length} characters from {start} repeated at {at}";
                    return xml.Insert(at, xml.Substring(start, length));
                case 2:
                    what = $"{part}: cut to {start} characters";
                    return xml[..start];
                default:
                    var chars = xml.ToCharArray();
                    var count = random.Next(1, 9);
                    for (var i = 0; i < count; i++)
                    {
                        chars[random.Next(chars.Length)] = "<>/\"=&;: a1"[random.Next(11)];
                    }

                    what = $"{part}: {count} characters replaced";
                    return new string(chars);
            }
        });
        return new Mutation(bytes, what);
    }

    /// <summary>One part's XML changed element by element: still well-formed, so the reader and the parser see it.</summary>
    private static Mutation MutateXmlElements(byte[] docx, Random random)
    {
        var part = DocxParts[random.Next(DocxParts.Length)];
        var changes = new List<string>();
        var bytes = Rezip(docx, part, xml =>
        {
            var document = XDocument.Parse(xml, LoadOptions.PreserveWhitespace);
            var count = random.Next(1, 6);
            for (var i = 0; i < count; i++)
            {
                var elements = document.Root!.Descendants().ToList();
                if (elements.Count == 0)
                {
                    break;
                }

                var element = elements[random.Next(elements.Count)];
                switch (random.Next(6))
                {
                    case 0:
                        changes.Add($"<{element.Name.LocalName}> dropped");
                        element.Remove();
                        break;
                    case 1:
                        var copies = random.Next(1, 4);
                        changes.Add($"<{element.Name.LocalName}> repeated {copies} times");
                        for (var c = 0; c < copies; c++)
                        {
                            element.AddAfterSelf(new XElement(element));
                        }

                        break;
                    case 2:
                        var target = elements[random.Next(elements.Count)];
                        if (target == element || target.Ancestors().Contains(element))
                        {
                            break;
                        }

                        changes.Add($"<{element.Name.LocalName}> moved into <{target.Name.LocalName}>");
                        element.Remove();
                        target.Add(element);
                        break;
                    case 3:
                        var texts = document.Root.Descendants().Where(e => e.Name.LocalName == "t" && !e.HasElements).ToList();
                        if (texts.Count > 0)
                        {
                            var text = Texts[random.Next(Texts.Length)];
                            var t = texts[random.Next(texts.Count)];
                            changes.Add($"text \"{Short(t.Value)}\" now \"{Short(text)}\"");
                            t.Value = text;
                        }

                        break;
                    case 4:
                        var attributes = element.Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
                        if (attributes.Count > 0)
                        {
                            var attribute = attributes[random.Next(attributes.Count)];
                            var value = random.Next(3) switch
                            {
                                0 => random.Next(-10, 100_000).ToString(CultureInfo.InvariantCulture),
                                1 => int.MaxValue.ToString(CultureInfo.InvariantCulture),
                                _ => Texts[random.Next(Texts.Length)],
                            };
                            changes.Add($"{element.Name.LocalName}@{attribute.Name.LocalName}=\"{Short(attribute.Value)}\" now \"{Short(value)}\"");
                            attribute.Value = value;
                        }

                        break;
                    default:
                        if (element.NextNode is XElement next)
                        {
                            changes.Add($"<{element.Name.LocalName}> and <{next.Name.LocalName}> swapped");
                            element.Remove();
                            next.AddAfterSelf(element);
                        }

                        break;
                }
            }

            return document.Declaration + document.ToString(SaveOptions.DisableFormatting);
        });
        return new Mutation(bytes, $"{part}: {(changes.Count == 0 ? "unchanged" : string.Join("; ", changes))}");
    }

    private static Mutation DropPart(byte[] docx, Random random)
    {
        var part = DocxParts[random.Next(DocxParts.Length)];
        return new Mutation(Rezip(docx, part, null), $"{part} left out");
    }

    /// <summary>The package with <paramref name="part"/> rewritten by <paramref name="change"/> (left out when null); a part the package lacks changes nothing.</summary>
    private static byte[] Rezip(byte[] docx, string part, Func<string, string>? change)
    {
        using var output = new MemoryStream();
        using (var input = new ZipArchive(new MemoryStream(docx)))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                if (entry.FullName == part && change is null)
                {
                    continue;
                }

                using var from = entry.Open();
                using var to = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry.FullName == part)
                {
                    using var reader = new StreamReader(from, Encoding.UTF8);
                    to.Write(Encoding.UTF8.GetBytes(change!(reader.ReadToEnd())));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    private static string Short(string text) => text.Length > 20 ? text[..20] + "…" : text;
}

/// <summary>A mutated file and what was done to it.</summary>
internal sealed record Mutation(byte[] Bytes, string What);
