namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>`kk examples` as a process on the two sample reports: hostile topics and options (issue 15).</summary>
[Collection(IngestedSamplesCollection.Name)]
public sealed class ExamplesCommandTests(IngestedSamples samples)
{
    public static TheoryData<string, string[], string> Refused() => new()
    {
        { "empty topic", [string.Empty], "the query is empty: give a word to search for (or * for every text)" },
        { "stop words only", ["och att som"], "the query has only common words ('och', 'att', 'som'), which the search leaves out: add a word that says what to look for" },
        { "unclosed quote", ["\"ledarskap"], "a quote (\") is not closed: close the phrase, or leave the quotes out" },
        { "regular expression", ["/ab.*/"], "regular expressions ('/ab.*/') are not supported: use * or ? in a word (styr*), or put a \\ before a slash to search for it" },
        { "10,000 characters", [HostileQueries.TenThousandCharacters], $"the query is 10,000 characters long, more than the 1,000 a query may have (it begins '{HostileQueries.TenThousandCharacters[..30]}…')" },
        { "unknown framework", ["ledarskap", "--framework", "2011"], "'2011' is not a framework version (2002, 2010, 2016, 2020)" },
        { "unknown sub-question", ["9.9"], "framework 2010 has no sub-question 9.9 (its sub-questions are 1.1 to 8.6)" },
        { "top a million", ["ledarskap", "--top", "1000000"], "1,000,000 examples asked for: 1 to 1,000" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Examples_HostileTopic_Exit64WithTheReasonOnOneLine(string name, string[] args, string reason)
    {
        _ = name;

        var (exit, stdout, stderr) = Kk.Run(samples.Dir, ["examples", "--archive", samples.Root, "--models", Corpus.ModelsFolder, .. args[1..], "--", args[0]]);

        Assert.Equal(64, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal([$"kk: {reason}", "run 'kk examples --help' for its options"], stderr.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain(HostileQueries.TenThousandCharacters, stderr, StringComparison.Ordinal);
    }
}
