using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>`kk serve` refuses, in one line and before it listens, what it may not serve.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempArchive temp = new("kk-serve-");

    public void Dispose() => temp.Dispose();

    private static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = KkCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static TheoryData<string[], string> Refused() => new()
    {
        { ["--urls", "http://0.0.0.0:5080"], "kk: --urls http://0.0.0.0:5080 is not this machine's own (loopback) address: give an access token with --token or KK_SERVE_TOKEN to serve the archive there" },
        { ["--urls", "http://127.0.0.1:5080;http://+:5081"], "kk: --urls http://+:5081 is not this machine's own (loopback) address: give an access token with --token or KK_SERVE_TOKEN to serve the archive there" },
        { ["--token", "short"], "kk: the access token has 5 characters; give one of at least 16 (e.g. from openssl rand -hex 16)" },
        { ["--urls", "ftp://127.0.0.1:21"], "kk: --urls ftp://127.0.0.1:21: not an http address; e.g. http://127.0.0.1:5080" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Run_NotAllowed_Exit64WithTheReason(string[] options, string reason)
    {
        var (exit, stdout, stderr) = Run(["serve", "--archive", temp.Root, .. options]);

        Assert.Equal(64, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(reason, stderr.ReplaceLineEndings("\n").Split('\n')[0]);
    }

    [Fact]
    public void Run_NoArchive_Exit2NamingItBeforeListening()
    {
        var (exit, stdout, stderr) = Run("serve", "--archive", temp.Root, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith($"error: no archive at {temp.Root}", stderr, StringComparison.Ordinal);
    }
}
