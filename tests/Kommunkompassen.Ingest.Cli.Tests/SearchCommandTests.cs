namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>The archive of the two samples that the search and examples commands read, made once.</summary>
[CollectionDefinition(Name)]
public sealed class IngestedSamplesCollection : ICollectionFixture<IngestedSamples>
{
    public const string Name = "ingested samples";
}

/// <summary>`kk search` as a process on the two sample reports: odd and hostile queries (issue 15).</summary>
[Collection(IngestedSamplesCollection.Name)]
public sealed class SearchCommandTests(IngestedSamples samples)
{
    [Theory]
    [MemberData(nameof(HostileQueries.Refused), MemberType = typeof(HostileQueries))]
    public void Search_HostileQuery_Exit64WithTheReasonOnOneLine(string name, QueryCase query, string reason)
    {
        _ = name;

        var (exit, stdout, stderr) = Kk.Run(samples.Dir, query.Args(samples.Root));

        Assert.Equal(64, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal([$"kk: {reason}", "run 'kk search --help' for its options"], stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        if (query.Text.Length > 100)
        {
            Assert.DoesNotContain(query.Text, stderr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(HostileQueries.Meant), MemberType = typeof(HostileQueries))]
    public void Search_OddQueryWithAMeaning_Exit0WithTheMatches(string name, QueryCase query)
    {
        _ = name;

        var (exit, stdout, stderr) = Kk.Run(samples.Dir, query.Args(samples.Root));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Matches(@"^(\d+ matches|no matches)", stdout);
    }

    [Fact]
    public void Search_FewerMatchesThanTop_RelatedTextsUnderTheirOwnHeadingAndANote()
    {
        var (exit, stdout, stderr) = Kk.Run(samples.Dir, "search", "omorganisation", "--archive", samples.Root);
        var exact = Kk.Run(samples.Dir, "search", "omorganisation", "--no-related", "--archive", samples.Root);

        Assert.Equal((0, 0), (exit, exact.ExitCode));
        Assert.Matches(@"^note: \d texts? match(es)? the query; the \d texts? after (it|them) (is|are) related", stderr);
        Assert.Contains("related texts (worded like the matches above", stdout, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^10\. ", stdout);
        Assert.Equal(string.Empty, exact.Err);
        Assert.DoesNotContain("related texts", exact.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^10\. ", exact.Out);
    }

    [Fact]
    public void Search_Star_EveryTextCountedAsJson()
    {
        var every = Kk.Run(samples.Dir, "search", "*", "--json", "--top", "1", "--archive", samples.Root);
        var without = Kk.Run(samples.Dir, "search", "--json", "--top", "1", "--archive", samples.Root, "--", "-styrning");
        var with = Kk.Run(samples.Dir, "search", "styrning", "--json", "--top", "1", "--archive", samples.Root);

        Assert.Equal((0, 0, 0), (every.ExitCode, without.ExitCode, with.ExitCode));
        Assert.Equal(Total(every.Out), Total(without.Out) + Total(with.Out));
        Assert.True(Total(with.Out) > 0);

        static int Total(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("totalHits").GetInt32();
    }

    [Fact]
    public void Search_WildcardsOverTheirLimit_Exit0WithANoteEach()
    {
        var (exit, stdout, stderr) = Kk.Run(samples.Dir, "search", "s* k*", "--archive", samples.Root);

        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+ matches", stdout);
        var notes = stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(2, notes.Length);
        NonEmpty.All(notes, n => Assert.Matches(@"^note: '[sk]\*' matches [\d,]+ indexed words; the 128 found in most texts were searched$", n));
    }
}
