namespace Kommunkompassen.Ingest.App;

/// <summary>The parse benchmark: each report of a folder timed over this many iterations after warm-up.</summary>
public sealed record ParseBenchRequest(int Iterations = 20, string Corpus = KompassDefaults.CorpusFolder);

/// <summary>One report's medians (ms) and mean allocations (KB): the bare read of the format, the blocks, the full parse.</summary>
public sealed record ParseBenchRow(string File, double BareReadMs, double BlocksMs, double FullParseMs, double BareKb, double FullKb)
{
    public double Ratio => FullParseMs / BareReadMs;
}

/// <summary>The search benchmark: the query mix on the sample reports and on this many synthetic ones, over R rounds.</summary>
public sealed record SearchBenchRequest(int Reports = 1000, int Rounds = 20, string Corpus = KompassDefaults.CorpusFolder, bool PerQuery = false);

/// <summary>One query's median and maximum time.</summary>
public sealed record QueryTime(string Query, double MedianMs, double MaxMs);

/// <summary>One archive's figures: its size, build time, and the query latency.</summary>
public sealed record SearchBenchRow(string Name, int Documents, TimeSpan BuildTime, long IndexBytes, double MedianMs, double P99Ms, int Queries, long MatchesPerRound, IReadOnlyList<QueryTime> PerQuery);

/// <summary>The classification benchmark's requests: the labelled findings to rank and the sample reports to classify.</summary>
public sealed record ClassifyBenchRequest(string? LabelsFile = null, string Corpus = KompassDefaults.CorpusFolder);

/// <summary>The model load time and the time to rank one finding (median, p99, over how many rankings).</summary>
public sealed record ClassifyBenchFigures(TimeSpan Load, double MedianMs, double P99Ms, int Rankings);

/// <summary>One sample report classified as an ingest does: its findings, its passages under sub-question headings, the median time.</summary>
public sealed record ClassifyBenchRow(string File, int Findings, int PassagesUnderHeadings, double MedianMs);
