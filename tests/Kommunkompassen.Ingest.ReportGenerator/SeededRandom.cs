namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>SplitMix64: a small pseudo-random generator whose sequence is fixed by its seed on every platform and runtime.</summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong state = seed;

    /// <summary>An integer in [0, exclusiveMax).</summary>
    public int Next(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        return (int)(NextUInt64() % (ulong)exclusiveMax);
    }

    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
