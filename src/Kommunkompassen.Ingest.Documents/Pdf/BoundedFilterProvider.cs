using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Kommunkompassen.Ingest.Documents.IO;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Kommunkompassen.Ingest.Documents.Pdf;

/// <summary>
/// PdfPig's filters, each held to <see cref="ReadLimits.MaxPdfStreamBytes"/>: a Flate stream that
/// could unpack past the limit (deflate expands at most 1,032 times) is first inflated into
/// nothing, counting, the way PdfPig's <see cref="FlateFilter"/> reads it, and refused before it is
/// decoded for real; a run-length stream (at most 128 times) is counted from its run codes; any
/// other filter (LZW, the image filters, which the reader never asks for) is checked on what it
/// returns, after the memory is spent. PdfPig may swallow the exception a refused
/// stream throws (it skips what it cannot decode when parsing leniently), so the refusal is also
/// kept in <see cref="Refusal"/> for the reader to raise. One instance per document read.
/// </summary>
internal sealed class BoundedFilterProvider(long maxStreamBytes) : IFilterProvider
{
    private const int DeflateMaxExpansion = 1032;
    private const int RunLengthMaxExpansion = 128;

    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;

    /// <summary>The most one stream may decode to.</summary>
    public long MaxStreamBytes => maxStreamBytes;

    /// <summary>The reason the first stream over the limit was refused, if any was.</summary>
    public string? Refusal { get; private set; }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => new BoundedFilter(f, this))];

    private Exception Refuse()
    {
        Refusal ??= LimitReasons.PdfStream(MaxStreamBytes);
        return new StreamLimitException(Refusal);
    }

    /// <summary>How much a Flate stream inflates to, counted up to one byte past the limit; as PdfPig's FlateFilter does, past the two-byte zlib header, up to any damage.</summary>
    private static long InflatedLength(ReadOnlyMemory<byte> input, long limit)
    {
        if (input.Length <= 2)
        {
            return 0;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var data = input[2..];
            using var source = MemoryMarshal.TryGetArray(data, out var segment)
                ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
                : new MemoryStream(data.ToArray(), writable: false);
            return Inflated.Length(source, limit, buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>What a run-length stream decodes to, counted without decoding it (PDF 1.7, 7.4.5).</summary>
    private static long RunLength(ReadOnlySpan<byte> input)
    {
        long length = 0;
        var at = 0;
        while (at < input.Length && input[at] != 128)
        {
            var code = input[at];
            if (code < 128)
            {
                length += code + 1;
                at += code + 2;
            }
            else
            {
                length += 257 - code;
                at += 2;
            }
        }

        return length;
    }

    private sealed class BoundedFilter(IFilter filter, BoundedFilterProvider owner) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            var limit = owner.MaxStreamBytes;
            switch (filter)
            {
                case FlateFilter when (long)input.Length * DeflateMaxExpansion > limit && InflatedLength(input, limit) > limit:
                case RunLengthFilter when (long)input.Length * RunLengthMaxExpansion > limit && RunLength(input.Span) > limit:
                    throw owner.Refuse();
            }

            var decoded = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            if (decoded.Length > limit)
            {
                throw owner.Refuse();
            }

            return decoded;
        }
    }
}

/// <summary>A PDF stream over the limit, raised inside PdfPig; the reader turns it into a <see cref="DocumentReadException"/>.</summary>
internal sealed class StreamLimitException(string reason) : Exception(reason);
