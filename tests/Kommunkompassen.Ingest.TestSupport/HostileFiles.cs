using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>
/// Files made to cost a reader more than they are worth, built in the test so that nothing large
/// is kept in the repository and the test itself stays small in memory: the parts are written
/// through a deflate stream chunk by chunk, so only the packed bytes are ever held.
/// </summary>
public static class HostileFiles
{
    /// <summary>The part of a .docx package the bombs replace.</summary>
    public const string DocumentPart = "word/document.xml";

    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// A sample report (<see cref="Corpus.Report2010Docx"/>) whose <see cref="DocumentPart"/> is
    /// well-formed WordprocessingML of at least <paramref name="partBytes"/> bytes: paragraphs of
    /// "aaaa…", which pack to a thousandth of that.
    /// </summary>
    public static byte[] ZipBomb(long partBytes) => ReplacePart(Corpus.PathOf(Corpus.Report2010Docx), DocumentPart, stream =>
    {
        Write(stream, $"<w:document xmlns:w=\"{WordNs}\"><w:body>");
        var paragraph = Encoding.ASCII.GetBytes("<w:p><w:r><w:t>" + new string('a', 4000) + "</w:t></w:r></w:p>");
        for (long written = 0; written < partBytes; written += paragraph.Length)
        {
            stream.Write(paragraph);
        }

        Write(stream, "</w:body></w:document>");
    });

    /// <summary>
    /// The sample report (<see cref="Corpus.Report2010Docx"/>) with <paramref name="extra"/> more
    /// empty entries, so it has 19 + <paramref name="extra"/>.
    /// </summary>
    public static byte[] WithExtraEntries(int extra) => Rezip(Corpus.PathOf(Corpus.Report2010Docx), (zip, name) =>
    {
        for (var i = 0; name is null && i < extra; i++)
        {
            zip.CreateEntry($"customXml/extra{i.ToString(CultureInfo.InvariantCulture)}.bin", CompressionLevel.NoCompression);
        }
    });

    /// <summary>
    /// The sample report with <paramref name="part"/> written by <paramref name="write"/> in
    /// place of its own; every other entry copied as it is.
    /// </summary>
    public static byte[] ReplacePart(string sampleDocx, string part, Action<Stream> write) => Rezip(sampleDocx, (zip, name) =>
    {
        if (name is null)
        {
            using var stream = zip.CreateEntry(part, CompressionLevel.Optimal).Open();
            write(stream);
        }
    }, skip: part);

    /// <summary>
    /// The zip with the unpacked size of <paramref name="part"/> rewritten to
    /// <paramref name="declared"/> bytes in its central directory entry and its local header: a
    /// directory that lies about what the part unpacks to.
    /// </summary>
    public static byte[] WithDeclaredSize(byte[] zip, string part, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.UTF8.GetBytes(part);
        var patched = 0;
        for (var at = 0; at <= bytes.Length - 46; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at));
            var (nameAt, sizeAt) = signature switch
            {
                0x02014b50 => (at + 46, at + 24),
                0x04034b50 => (at + 30, at + 22),
                _ => (-1, -1),
            };
            var nameLength = nameAt < 0 ? 0 : BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(signature == 0x02014b50 ? at + 28 : at + 26));
            if (nameAt >= 0 && nameLength == name.Length && bytes.AsSpan(nameAt, nameLength).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(sizeAt), declared);
                patched++;
            }
        }

        return patched == 2 ? bytes : throw new InvalidOperationException($"{part} found {patched} times, not in one local header and one directory entry");
    }

    /// <summary>
    /// A one-page PDF whose page content is a Flate stream that unpacks to at least
    /// <paramref name="streamBytes"/> bytes (spaces, then one line of text), with a correct
    /// cross-reference table, so PdfPig opens it without complaint.
    /// </summary>
    public static byte[] PdfBomb(long streamBytes)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < streamBytes; written += spaces.Length)
            {
                zlib.Write(spaces);
            }

            Write(zlib, "BT /F1 12 Tf 72 720 Td (Kommunkompassen) Tj ET");
        }

        var content = packed.ToArray();
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        Write(pdf, "%PDF-1.7\n");
        void Object(string body, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{offsets.Count} 0 obj\n{body}\n");
            if (stream is not null)
            {
                Write(pdf, "stream\n");
                pdf.Write(stream);
                Write(pdf, "\nendstream\n");
            }

            Write(pdf, "endobj\n");
        }

        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        Object($"<< /Length {content.Length.ToString(CultureInfo.InvariantCulture)} /Filter /FlateDecode >>", content);
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = pdf.Position;
        Write(pdf, $"xref\n0 {(offsets.Count + 1).ToString(CultureInfo.InvariantCulture)}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            Write(pdf, offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        Write(pdf, $"trailer\n<< /Size {(offsets.Count + 1).ToString(CultureInfo.InvariantCulture)} /Root 1 0 R >>\nstartxref\n{xref.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>Copies a zip entry by entry (unless <paramref name="skip"/>), calling <paramref name="add"/> after each copied entry (with its name) and once at the end (with null).</summary>
    private static byte[] Rezip(string source, Action<ZipArchive, string?> add, string? skip = null)
    {
        using var output = new MemoryStream();
        using (var input = ZipFile.OpenRead(source))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                if (entry.FullName == skip)
                {
                    continue;
                }

                using (var from = entry.Open())
                using (var to = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open())
                {
                    from.CopyTo(to);
                }

                add(zip, entry.FullName);
            }

            add(zip, null);
        }

        return output.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}
