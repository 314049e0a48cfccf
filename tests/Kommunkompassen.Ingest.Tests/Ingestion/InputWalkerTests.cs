using System.Diagnostics;
using Kommunkompassen.Ingest.Ingestion;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Ingestion;

/// <summary>
/// Walking the inputs of a batch over real folders with real symbolic links: loops, links back up
/// the tree, a file reached by several paths, links that lead nowhere, pipes, empty folders.
/// </summary>
public sealed class InputWalkerTests : IDisposable
{
    private readonly TempArchive temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Walk_FolderAndMissingPath_ListsKnownExtensionsInOrderAndReportsMissing()
    {
        Write("b.pdf", "a.docx", "notes.txt", "sub/c.DOC");

        var walk = InputWalker.Walk([temp.Dir, Path.Combine(temp.Dir, "nope")]);

        Assert.Equal(["a.docx", "b.pdf", Path.Combine("sub", "c.DOC")], walk.Files.Select(Relative));
        Assert.Equal([new InputProblem(Path.Combine(temp.Dir, "nope"), "no such file or folder")], walk.Problems);
    }

    [Fact]
    public void Walk_NestedLinksBackUpTheTree_EachFileOnceAndNoProblem()
    {
        Write("a/report.docx", "a/b/c/deep.pdf");
        Directory.CreateSymbolicLink(Path.Combine(temp.Dir, "a/b/up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(temp.Dir, "a/b/c/top"), "../../..");
        Directory.CreateSymbolicLink(Path.Combine(temp.Dir, "a/b/c/self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(temp.Dir, "a/b/c/absolute"), Path.Combine(temp.Dir, "a"));

        var walk = InputWalker.Walk([Path.Combine(temp.Dir, "a")]);

        Assert.Equal(["a/b/c/deep.pdf", "a/report.docx"], walk.Files.Select(Relative).Select(Slashes));
        Assert.Empty(walk.Problems);
    }

    [Fact]
    public void Walk_LinksInACircle_ReportedAsLeadingNowhere()
    {
        Write("in/report.pdf");
        File.CreateSymbolicLink(Path.Combine(temp.Dir, "in/x.pdf"), "y.pdf");
        File.CreateSymbolicLink(Path.Combine(temp.Dir, "in/y.pdf"), "x.pdf");

        var walk = InputWalker.Walk([Path.Combine(temp.Dir, "in")]);

        Assert.Equal(["in/report.pdf"], walk.Files.Select(Relative).Select(Slashes));
        Assert.Equal(
            ["in/x.pdf: a symbolic link that leads nowhere (or in a loop)", "in/y.pdf: a symbolic link that leads nowhere (or in a loop)"],
            walk.Problems.Select(p => $"{Slashes(Relative(p.Path))}: {p.Reason}"));
    }

    [Fact]
    public void Walk_SameFileByLinkAndByPathAndGivenTwice_ReadOnceByTheFirstPath()
    {
        Write("in/report.pdf");
        File.CreateSymbolicLink(Path.Combine(temp.Dir, "in/alias.pdf"), "report.pdf");
        Directory.CreateSymbolicLink(Path.Combine(temp.Dir, "mirror"), "in");

        var walk = InputWalker.Walk([Path.Combine(temp.Dir, "in"), Path.Combine(temp.Dir, "mirror"), Path.Combine(temp.Dir, "in/report.pdf")]);

        Assert.Equal(["in/alias.pdf"], walk.Files.Select(Relative).Select(Slashes));
        Assert.Empty(walk.Problems);
    }

    [Fact]
    public void Walk_BrokenLinkEmptyFileAndEmptyFolder_EachReportedWithItsReason()
    {
        Write("in/report.pdf");
        File.WriteAllBytes(Path.Combine(temp.Dir, "in/zero.docx"), []);
        File.CreateSymbolicLink(Path.Combine(temp.Dir, "in/gone.pdf"), Path.Combine(temp.Dir, "nowhere.pdf"));
        Directory.CreateDirectory(Path.Combine(temp.Dir, "empty"));
        Write("onlytext/notes.txt");

        var walk = InputWalker.Walk([Path.Combine(temp.Dir, "in"), Path.Combine(temp.Dir, "empty"), Path.Combine(temp.Dir, "onlytext")]);

        Assert.Equal(["in/report.pdf"], walk.Files.Select(Relative).Select(Slashes));
        Assert.Equal(
            [
                "in/gone.pdf: a symbolic link that leads nowhere (or in a loop)",
                "in/zero.docx: the file is empty (or not a regular file: a pipe, socket or device)",
                "empty: no report files (.doc, .docx, .pdf) in the folder",
                "onlytext: no report files (.doc, .docx, .pdf) in the folder",
            ],
            walk.Problems.Select(p => $"{Slashes(Relative(p.Path))}: {p.Reason}"));
    }

    [Fact]
    public void Walk_NamedPipeWithAReportsNameReachedTwice_PassedOverOnceWithoutOpeningIt()
    {
        Assert.False(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix case; CI runs on Linux");
        Write("in/report.pdf");
        var pipe = Path.Combine(temp.Dir, "in/pipe.pdf");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var walk = InputWalker.Walk([Path.Combine(temp.Dir, "in"), pipe]);

        Assert.Equal(["in/report.pdf"], walk.Files.Select(Relative).Select(Slashes));
        Assert.Equal(
            ["in/pipe.pdf: the file is empty (or not a regular file: a pipe, socket or device)"],
            walk.Problems.Select(p => $"{Slashes(Relative(p.Path))}: {p.Reason}"));
    }

    [Fact]
    public void RealPath_PathThroughLinks_ResolvesEveryLinkOnIt()
    {
        Write("real/dir/file.pdf");
        Directory.CreateSymbolicLink(Path.Combine(temp.Dir, "l1"), "real");
        Directory.CreateSymbolicLink(Path.Combine(temp.Dir, "real/l2"), "dir");

        var real = InputWalker.RealPath(Path.Combine(temp.Dir, "l1/l2/../l2/file.pdf"));

        Assert.Equal(Path.Combine(InputWalker.RealPath(temp.Dir)!, "real", "dir", "file.pdf"), real);
    }

    private void Write(params string[] relativePaths)
    {
        foreach (var relative in relativePaths)
        {
            var path = Path.Combine(temp.Dir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }
    }

    private string Relative(string path) => Path.GetRelativePath(temp.Dir, path);

    private static string Slashes(string path) => path.Replace('\\', '/');
}
