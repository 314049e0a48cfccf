using System.IO.Compression;

namespace Kommunkompassen.Ingest.Documents.IO;

/// <summary>Counting what deflated data unpacks to without keeping it: the bombs' guard for zip parts and PDF streams alike.</summary>
internal static class Inflated
{
    /// <summary>
    /// How many bytes the deflated data unpacks to, counted into <paramref name="buffer"/> and
    /// stopped once past <paramref name="limit"/> (so at most one buffer more); damaged data ends
    /// the count where the damage starts, as a reader would get no further.
    /// </summary>
    public static long Length(Stream deflated, long limit, byte[] buffer)
    {
        using var inflater = new DeflateStream(deflated, CompressionMode.Decompress);
        long length = 0;
        while (length <= limit)
        {
            int read;
            try
            {
                read = inflater.Read(buffer, 0, buffer.Length);
            }
            catch (InvalidDataException)
            {
                break;
            }

            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return length;
    }
}
