using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>`kk train` and `kk evaluate` run where the default labelled findings are not: a usage error in one line, not an internal error.</summary>
public sealed class ClassifierCommandsTests : IDisposable
{
    private readonly TempArchive temp = new("kk-cli-classifier-");

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("train", "--models", "models")]
    [InlineData("evaluate")]
    public void Run_DefaultLabelsFileNotInTheWorkingFolder_Exit64NamingIt(params string[] command)
    {
        temp.Store(Corpus.Report2005Docx);

        var (exit, stdout, stderr) = Kk.Run(temp.Dir, [.. command, "--archive", "archive"]);

        Assert.Equal(64, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Equal(
            "kk: no labelled findings at corpus/labels/findings-labels.csv (the default, relative to the working folder); give the file with --labels",
            stderr.ReplaceLineEndings("\n").Split('\n')[0].Replace('\\', '/'));
        Assert.False(Directory.Exists(Path.Combine(temp.Dir, "models")));
    }
}
