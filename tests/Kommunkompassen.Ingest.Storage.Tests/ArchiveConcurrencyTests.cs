using System.Diagnostics;
using System.Text.RegularExpressions;
using Kommunkompassen.Ingest.Search.Indexing;
using Kommunkompassen.Ingest.Storage;
using Kommunkompassen.Ingest.Tests.Support;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Storage.Tests;

/// <summary>
/// Several kk processes on one archive, as users start them: two ingests and searches at once,
/// a search while an ingest writes, an index emptied between runs.
/// </summary>
public sealed class ArchiveConcurrencyTests : IDisposable
{
    private readonly TempArchive temp = new("kk-concurrent-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void TwoIngestsAndSearchesAtOnce_SameArchiveAsOneRunAloneAndNoErrorButBusy()
    {
        var seed = temp.Inbox("seed", Corpus.Report2005Docx, Corpus.Report2005Pdf);
        var inbox = Path.Combine(temp.Dir, "in");
        foreach (var (template, s) in new[] { (Corpus.Report2005Docx, 21), (Corpus.Report2010Docx, 22) })
        {
            new ReportGenerator.ReportGenerator(Corpus.PathOf(template)).WriteFolder(inbox, 4, s);
        }

        foreach (var archive in new[] { "alone", "shared" })
        {
            var first = Kk.Run(temp.Dir, "ingest", seed, "--archive", archive);
            Assert.True(first.ExitCode == 0, first.Err);
        }

        var alone = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "alone");
        Assert.True(alone.ExitCode == 0, alone.Err);

        // Two ingests of the same folder started together, and searches for as long as they run.
        var ingests = Enumerable.Range(0, 2).Select(_ => Start("ingest", inbox, "--archive", "shared")).ToList();
        var searches = new List<(int ExitCode, string Out, string Err)>();
        while (searches.Count < 3 || ingests.Any(p => !p.Process.HasExited))
        {
            searches.Add(Kk.Run(temp.Dir, "search", "kommunen OR styrning", "--archive", "shared", "--top", "1000", "--json"));
        }

        var ended = ingests.Select(p => p.End()).ToList();

        NonEmpty.All(ended, e => Assert.True(e.ExitCode is 0 or 75, $"exit {e.ExitCode}: {e.Err}"));
        Assert.Contains(ended, e => e.ExitCode == 0);
        foreach (var e in ended)
        {
            Assert.Empty(ErrorLines(e.Err));
            if (e.ExitCode == 75)
            {
                Assert.Matches(Busy(Path.Combine(temp.Dir, "shared")), e.Err);
            }
        }

        NonEmpty.All(searches, s =>
        {
            Assert.True(s.ExitCode == 0, s.Err);
            Assert.Empty(ErrorLines(s.Err));
            // A search may say nothing on stderr; whatever it says is the note that the index is behind.
            Assert.All(Lines(s.Err), l => Assert.StartsWith("note: the search index is behind the archive (", l, StringComparison.Ordinal));
        });
        Assert.Equal(TempArchive.Dump(temp.Other("alone")), TempArchive.Dump(temp.Other("shared")));
        Assert.Equal(Search("alone"), Search("shared"));
        using var shared = ReportArchive.OpenForReading(temp.Other("shared"));
        Assert.Equal(IndexState.Current, IndexMaintenance.Check(shared).State);
    }

    [Fact]
    public void SearchWhileAnIngestWrites_AnswersFromTheLastCommitSaysSoAndWritesNothing_ASecondIngestIsBusy()
    {
        var inbox = temp.Inbox("in", Corpus.Report2005Docx, Corpus.Report2005Pdf);
        var first = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");
        Assert.True(first.ExitCode == 0, first.Err);
        var before = Search("archive");

        string dumpWhileWriting;
        using (var writer = temp.OpenForWriting())
        {
            // An ingest half way: it holds the archive and has stored a report the index does not have yet.
            TempArchive.Store(writer, Corpus.Report2010Docx);
            dumpWhileWriting = TempArchive.Dump(writer);
            var index = TempArchive.Snapshot(Path.Combine(temp.Root, "index"));

            var (exit, stdout, stderr) = Kk.Run(temp.Dir, "search", "kommunen OR styrning", "--archive", "archive", "--top", "1000", "--json");
            var busy = Kk.Run(temp.Dir, "ingest", temp.Inbox("more", Corpus.Report2010Pdf), "--archive", "archive");

            Assert.True(exit == 0, stderr);
            Assert.Equal(
                "note: the search index is behind the archive (1 change; it has 1 report of 2 reports); results are from its last update, and the next kk ingest brings it up to date\n",
                stderr.ReplaceLineEndings("\n"));
            Assert.Equal(before, Hits(stdout));
            Assert.Equal(index, TempArchive.Snapshot(Path.Combine(temp.Root, "index")));
            Assert.Equal(75, busy.ExitCode);
            Assert.Matches(Busy(temp.Root), busy.Err);
            Assert.Equal(string.Empty, busy.Out);
            Assert.Equal(dumpWhileWriting, TempArchive.Dump(writer));
        }

        // The next ingest, with nothing new to read, brings the index up.
        var again = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");
        Assert.True(again.ExitCode == 0, again.Err);
        Assert.Matches(@"skipped\s+2\n", again.Out.ReplaceLineEndings("\n"));
        var after = Kk.Run(temp.Dir, "search", "kommunen OR styrning", "--archive", "archive", "--top", "1000", "--json");
        Assert.Equal((0, string.Empty), (after.ExitCode, after.Err));
        Assert.Contains("\"reportId\": \"2081-2010\"", after.Out, StringComparison.Ordinal);
        Assert.NotEqual(before, Hits(after.Out));
    }

    [Fact]
    public void IndexEmptiedBetweenRuns_SearchSaysDamaged_NextIngestWithNothingNewRebuildsIt()
    {
        var inbox = temp.Inbox("in", TempArchive.AllSamples);
        var first = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");
        Assert.True(first.ExitCode == 0, first.Err);
        var expected = Search("archive");
        Assert.NotEmpty(expected);

        // What the old bug left: no documents, and a commit that says it is current.
        using (var dir = new ArchiveIndex(temp.Root).Open())
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            writer.DeleteAll();
            writer.Commit();
        }

        var damaged = Kk.Run(temp.Dir, "search", "kommunen", "--archive", "archive");
        var again = Kk.Run(temp.Dir, "ingest", inbox, "--archive", "archive");

        Assert.Equal(2, damaged.ExitCode);
        Assert.Matches($@"^error: the search index in {Regex.Escape(temp.Root)} is damaged \(its commit says \d+ documents but it holds 0\); the next kk ingest rebuilds it\n$", damaged.Err.ReplaceLineEndings("\n"));
        Assert.True(again.ExitCode == 0, again.Err);
        Assert.Matches(@"skipped\s+4\n", again.Out.ReplaceLineEndings("\n"));
        Assert.Contains($"the search index in {temp.Root} was damaged (its commit says ", again.Err, StringComparison.Ordinal);
        Assert.Contains("rebuilt it (2 reports)", again.Err, StringComparison.Ordinal);
        Assert.Equal(expected, Search("archive"));
    }

    private static Regex Busy(string root) =>
        new($@"^kk: {Regex.Escape(root)} is being written by another kk ingest \(pid \d+ since \d\d:\d\d\); try again when it ends\r?\n$");

    private static IEnumerable<string> Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Lines of an error: anything kk says went wrong (an internal error would start with "kk:" too).</summary>
    private static List<string> ErrorLines(string stderr) =>
        Lines(stderr).Where(l => l.StartsWith("error:", StringComparison.Ordinal) || (l.StartsWith("kk:", StringComparison.Ordinal) && !l.Contains(" is being written by another kk ingest (", StringComparison.Ordinal))).ToList();

    private RunningKk Start(params string[] args) => new(Process.Start(Kk.StartInfo(temp.Dir, args))!);

    /// <summary>What a search finds, as sorted lines, so two indexes can be compared.</summary>
    private string Search(string archive)
    {
        var (exit, stdout, stderr) = Kk.Run(temp.Dir, "search", "kommunen OR styrning", "--archive", archive, "--top", "1000", "--json");
        Assert.True(exit == 0, stderr);
        return Hits(stdout);
    }

    private static string Hits(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return string.Join("\n", doc.RootElement.GetProperty("hits").EnumerateArray().Select(e => e.GetRawText()).Order(StringComparer.Ordinal));
    }

    /// <summary>A kk started in the background, its output read as it comes.</summary>
    private sealed class RunningKk(Process process)
    {
        private readonly Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        private readonly Task<string> stderr = process.StandardError.ReadToEndAsync();

        public Process Process => process;

        public (int ExitCode, string Out, string Err) End()
        {
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("kk did not finish in five minutes");
            }

            var result = (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
            process.Dispose();
            return result;
        }
    }
}
