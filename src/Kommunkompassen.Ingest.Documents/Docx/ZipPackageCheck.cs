using System.Buffers.Binary;
using System.Buffers;
using System.IO.Compression;
using System.Text;
using Kommunkompassen.Ingest.Documents.IO;

namespace Kommunkompassen.Ingest.Documents.Docx;

/// <summary>
/// Checks a .docx package against the <see cref="ReadLimits"/> before the Open XML SDK opens it,
/// from the zip directory alone and then by inflating every part into nothing: the entry count
/// (read from the end record, before a single entry is looked at), each part's declared size (XML
/// parts held to the lower XML limit) and compression ratio, the declared total, and then, because a directory can lie, each part's real
/// unpacked length, which may not exceed what the directory declares (so every limit checked on
/// the declared sizes holds for the real ones). Inflating counts bytes in a small buffer and stops
/// one byte past the declared size, so a bomb costs no memory and little time. Entries stored
/// with a method other than deflate or none are left to the SDK, which fails on them or reads no
/// more than their declared size; a part whose data is damaged is counted up to the damage, as far
/// as the SDK would get.
/// </summary>
internal static class ZipPackageCheck
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint LocalSignature = 0x04034b50;
    private const int EndLength = 22;
    private const int CentralLength = 46;
    private const int LocalLength = 30;
    private const ushort Stored = 0;
    private const ushort Deflated = 8;
    private const ushort Zip64ExtraId = 0x0001;

    /// <summary>Throws a <see cref="DocumentReadException"/> when the package is over a limit, or its zip directory is damaged.</summary>
    public static void Verify(byte[] zip, string fileName, ReadLimits limits)
    {
        var entries = ReadDirectory(zip, fileName, limits);
        foreach (var entry in entries)
        {
            var limit = IsXml(entry.Name) ? limits.MaxXmlPartBytes : limits.MaxPartBytes;
            if (entry.Size > limit)
            {
                throw new DocumentReadException(fileName, LimitReasons.Part(entry.Name, entry.Size, limit));
            }

            if (entry.Size >= limits.RatioCheckedFromBytes && entry.Size > entry.CompressedSize * limits.MaxCompressionRatio)
            {
                throw new DocumentReadException(fileName, LimitReasons.Ratio(entry.Name, entry.Size / (double)Math.Max(1, entry.CompressedSize), limits));
            }
        }

        var total = entries.Aggregate(0L, (sum, e) => e.Size > long.MaxValue - sum ? long.MaxValue : sum + e.Size);
        if (total > limits.MaxPackageBytes)
        {
            throw new DocumentReadException(fileName, LimitReasons.Package(total, limits.MaxPackageBytes));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            foreach (var entry in entries)
            {
                if (UnpackedLength(zip, entry, fileName, buffer) > entry.Size)
                {
                    throw new DocumentReadException(fileName, LimitReasons.Understated(entry.Name, entry.Size));
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The entries of the central directory, refused when there are too many before any is read.</summary>
    private static List<Entry> ReadDirectory(byte[] zip, string fileName, ReadLimits limits)
    {
        var data = zip.AsSpan();
        var end = FindEnd(data) ?? throw Damaged(fileName, "no end of central directory");
        long count = BinaryPrimitives.ReadUInt16LittleEndian(data[(end + 10)..]);
        long directorySize = BinaryPrimitives.ReadUInt32LittleEndian(data[(end + 12)..]);
        long directoryOffset = BinaryPrimitives.ReadUInt32LittleEndian(data[(end + 16)..]);
        if (end >= 20 && BinaryPrimitives.ReadUInt32LittleEndian(data[(end - 20)..]) == Zip64LocatorSignature)
        {
            var at = BinaryPrimitives.ReadInt64LittleEndian(data[(end - 20 + 8)..]);
            if (at < 0 || at > data.Length - 56 || BinaryPrimitives.ReadUInt32LittleEndian(data[(int)at..]) != Zip64EndSignature)
            {
                throw Damaged(fileName, "a damaged zip64 end record");
            }

            count = BinaryPrimitives.ReadInt64LittleEndian(data[((int)at + 32)..]);
            directorySize = BinaryPrimitives.ReadInt64LittleEndian(data[((int)at + 40)..]);
            directoryOffset = BinaryPrimitives.ReadInt64LittleEndian(data[((int)at + 48)..]);
        }

        if (count > limits.MaxZipEntries || count < 0)
        {
            throw new DocumentReadException(fileName, LimitReasons.ZipEntries(count < 0 ? long.MaxValue : count, limits.MaxZipEntries));
        }

        if (directoryOffset < 0 || directorySize < 0 || directoryOffset > data.Length || directorySize > data.Length - directoryOffset)
        {
            throw Damaged(fileName, "the central directory lies outside the file");
        }

        var entries = new List<Entry>((int)count);
        var pos = (int)directoryOffset;
        for (var i = 0; i < count; i++)
        {
            if (pos > data.Length - CentralLength || BinaryPrimitives.ReadUInt32LittleEndian(data[pos..]) != CentralSignature)
            {
                throw Damaged(fileName, "a damaged central directory");
            }

            var method = BinaryPrimitives.ReadUInt16LittleEndian(data[(pos + 10)..]);
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 20)..]);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 24)..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(data[(pos + 28)..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(data[(pos + 30)..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(data[(pos + 32)..]);
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 42)..]);
            var next = pos + CentralLength + nameLength + extraLength + commentLength;
            if (next > data.Length)
            {
                throw Damaged(fileName, "a damaged central directory");
            }

            var name = Printable(Encoding.UTF8.GetString(data.Slice(pos + CentralLength, nameLength)));
            ReadZip64Extra(data.Slice(pos + CentralLength + nameLength, extraLength), ref size, ref compressed, ref offset);
            if (size < 0 || compressed < 0 || offset < 0)
            {
                throw Damaged(fileName, "a damaged central directory");
            }

            entries.Add(new Entry(name, method, compressed, size, offset));
            pos = next;
        }

        return entries;
    }

    /// <summary>An entry name fit for a one-line reason: control characters (a line break) as '?', at most 100 characters.</summary>
    private static string Printable(string name)
    {
        var printable = string.Concat(name.Select(c => char.IsControl(c) ? '?' : c));
        return printable.Length > 100 ? printable[..100] + "…" : printable;
    }

    /// <summary>A part the SDK parses as XML, by the names Word and LibreOffice give them.</summary>
    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>The end of central directory record, searched backwards over the longest comment a zip may carry.</summary>
    private static int? FindEnd(ReadOnlySpan<byte> data)
    {
        for (var at = data.Length - EndLength; at >= Math.Max(0, data.Length - EndLength - ushort.MaxValue); at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(data[at..]) == EndSignature)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>The 64-bit values of the zip64 extra field, each present only where the 32-bit field is full.</summary>
    private static void ReadZip64Extra(ReadOnlySpan<byte> extra, ref long size, ref long compressed, ref long offset)
    {
        while (extra.Length >= 4)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            var length = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]), extra.Length - 4);
            var field = extra.Slice(4, length);
            if (id == Zip64ExtraId)
            {
                if (size == uint.MaxValue && field.Length >= 8)
                {
                    size = BinaryPrimitives.ReadInt64LittleEndian(field);
                    field = field[8..];
                }

                if (compressed == uint.MaxValue && field.Length >= 8)
                {
                    compressed = BinaryPrimitives.ReadInt64LittleEndian(field);
                    field = field[8..];
                }

                if (offset == uint.MaxValue && field.Length >= 8)
                {
                    offset = BinaryPrimitives.ReadInt64LittleEndian(field);
                }

                return;
            }

            extra = extra[(4 + length)..];
        }
    }

    /// <summary>
    /// The entry's real unpacked length, counted up to one byte past its declared size; for a
    /// method this check does not inflate, the declared size (the SDK reads no more).
    /// </summary>
    private static long UnpackedLength(byte[] zip, Entry entry, string fileName, byte[] buffer)
    {
        if (entry.Method is not (Stored or Deflated))
        {
            return entry.Size;
        }

        var data = zip.AsSpan();
        if (entry.Offset > data.Length - LocalLength || BinaryPrimitives.ReadUInt32LittleEndian(data[(int)entry.Offset..]) != LocalSignature)
        {
            throw Damaged(fileName, $"{entry.Name} is not where the directory says");
        }

        var local = (int)entry.Offset;
        var start = (long)local + LocalLength + BinaryPrimitives.ReadUInt16LittleEndian(data[(local + 26)..]) + BinaryPrimitives.ReadUInt16LittleEndian(data[(local + 28)..]);
        if (entry.CompressedSize > data.Length - start)
        {
            throw Damaged(fileName, $"{entry.Name} runs past the end of the file");
        }

        if (entry.Method == Stored)
        {
            return entry.CompressedSize;
        }

        return Inflated.Length(new MemoryStream(zip, (int)start, (int)entry.CompressedSize, writable: false), entry.Size, buffer);
    }

    /// <summary>A zip directory this check cannot follow is one the SDK would refuse too; <paramref name="what"/> says where it broke, for a debugger.</summary>
    private static DocumentReadException Damaged(string fileName, string what) =>
        new(fileName, DocxReader.CorruptPackage, new InvalidDataException(what));

    private sealed record Entry(string Name, ushort Method, long CompressedSize, long Size, long Offset);
}
