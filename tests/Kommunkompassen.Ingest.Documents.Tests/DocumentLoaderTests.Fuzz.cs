using System.Collections.Concurrent;
using System.Diagnostics;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Documents.Pdf;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Tests.Support;
using Xunit.Abstractions;

namespace Kommunkompassen.Ingest.Documents.Tests;

/// <summary>
/// Fuzzing: seeded random damage to each sample file (<see cref="FileMutator"/>), every case
/// loaded and parsed as <c>kk ingest</c> does. Each must end as a record or as a one-line
/// <see cref="DocumentReadException"/> or <see cref="ReportParseException"/>: no other exception,
/// no hang. The seed is fixed, so a failure names the case that reproduces it.
/// </summary>
public sealed partial class DocumentLoaderTests(ITestOutputHelper output)
{
    private const int FuzzSeed = 15;

    private const int CasesPerSample = 150;

    /// <summary>The longest a case may take; the samples themselves take well under a second.</summary>
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The most a case may allocate (on the thread that reads and parses it): memory bounded by
    /// the limits, not by what a damaged file makes the readers do.
    /// </summary>
    private const long MaxAllocatedPerCase = 1024L * 1024 * 1024;

    /// <summary>No OCR (a scan's text layer is tesseract's business, and it is slow) and no LibreOffice.</summary>
    private static readonly DocumentLoader FuzzLoader = new([new DocxReader(), new PdfReader()]);

    [Theory]
    [InlineData(Corpus.Report2005Docx, 1)]
    [InlineData(Corpus.Report2010Docx, 2)]
    [InlineData(Corpus.Report2005Pdf, 3)]
    [InlineData(Corpus.Report2010Pdf, 4)]
    public void Load_SeededMutationsOfASample_EveryOutcomeARecordOrAOneLineReason(string sample, int sampleNumber)
    {
        var original = File.ReadAllBytes(Corpus.PathOf(sample));
        var isDocx = sample.EndsWith(".docx", StringComparison.Ordinal);
        var failures = new ConcurrentBag<string>();
        var outcomes = new ConcurrentDictionary<string, int>();
        var reasons = new ConcurrentDictionary<string, int>();
        var slowest = new ConcurrentBag<(double Seconds, string Case)>();
        var largest = new ConcurrentBag<(long Bytes, string Case)>();
        var clock = Stopwatch.StartNew();

        Parallel.For(0, CasesPerSample, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var seed = (FuzzSeed * 1000) + (sampleNumber * 10_000) + i;
            var mutation = FileMutator.Mutate(original, isDocx, new Random(seed));
            var started = Stopwatch.StartNew();
            var run = Task.Run(() =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var result = Outcome(mutation.Bytes, Path.GetFileName(sample));
                return (Result: result, Allocated: GC.GetAllocatedBytesForCurrentThread() - before);
            });
            if (!run.Wait(CaseTimeout))
            {
                failures.Add($"seed {seed} ({mutation.What}): no outcome after {CaseTimeout.TotalSeconds} s");
                return;
            }

            var ((outcome, reason, failure), allocated) = run.Result;
            slowest.Add((started.Elapsed.TotalSeconds, $"seed {seed} ({mutation.What})"));
            largest.Add((allocated, $"seed {seed} ({mutation.What})"));
            if (allocated > MaxAllocatedPerCase)
            {
                failures.Add($"seed {seed} ({mutation.What}): {allocated / (1024 * 1024)} MB allocated");
            }
            outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            reasons.AddOrUpdate(Kind(reason), 1, (_, n) => n + 1);
            if (failure is not null)
            {
                failures.Add($"seed {seed} ({mutation.What}): {failure}");
            }
        });

        output.WriteLine($"{CasesPerSample} cases in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"))}");
        output.WriteLine("most allocated: " + string.Join("; ", largest.OrderByDescending(s => s.Bytes).Take(3).Select(s => $"{s.Bytes / (1024 * 1024)} MB {s.Case}")));
        output.WriteLine("slowest: " + string.Join("; ", slowest.OrderByDescending(s => s.Seconds).Take(3).Select(s => $"{s.Seconds:0.0} s {s.Case}")));
        foreach (var (reason, count) in reasons.OrderByDescending(r => r.Value))
        {
            output.WriteLine($"{count,4} {reason}");
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} of {CasesPerSample} cases failed:\n{string.Join('\n', failures.Order(StringComparer.Ordinal))}");
        // The damage reaches both ends: some files still make a record, some are refused.
        Assert.True(outcomes.GetValueOrDefault("record") > 0, "no case made a record");
        Assert.True(outcomes.GetValueOrDefault("read error") + outcomes.GetValueOrDefault("parse error") > 0, "no case was refused");
    }

    /// <summary>"record", "read error" or "parse error", its reason, and what is wrong with it, if anything.</summary>
    private static (string Outcome, string Reason, string? Failure) Outcome(byte[] bytes, string fileName)
    {
        try
        {
            ReportParser.Default.Parse(FuzzLoader.Load(bytes, fileName));
            return ("record", "a record", null);
        }
        catch (DocumentReadException ex)
        {
            return ("read error", ex.Reason, OneLine(ex.Reason));
        }
        catch (ReportParseException ex)
        {
            return ("parse error", ex.Reason, OneLine(ex.Reason));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ("crash", ex.GetType().Name, ex.ToString());
        }
    }

    /// <summary>A reason cut short, to count the kinds of outcome.</summary>
    private static string Kind(string reason) => reason.Length > 100 ? reason[..100] + "…" : reason;

    private static string? OneLine(string reason) =>
        reason.Length == 0 ? "an empty reason"
        : reason.Contains('\n', StringComparison.Ordinal) || reason.Contains('\r', StringComparison.Ordinal) ? $"a reason of several lines: {reason.ReplaceLineEndings(" | ")}"
        : null;
}
