using Kommunkompassen.Ingest.Documents;

namespace Kommunkompassen.Ingest.Ingestion;

/// <summary>An input, or an entry under an input folder, that is not read: the path as reached and why, in one line.</summary>
public sealed record InputProblem(string Path, string Reason);

/// <summary>The files to read, in order, and what was passed over and why.</summary>
public sealed record InputFiles(IReadOnlyList<string> Files, IReadOnlyList<InputProblem> Problems);

/// <summary>
/// Turns the inputs of a batch into the files to read. A file is taken as given; a folder is
/// walked recursively for the known extensions, in ordinal order. Symbolic links (and Windows
/// junctions) are followed at most once per real path: a link back up the tree is not walked
/// again, and a file reached by several paths is read once, by the first. Inputs that do not
/// exist, links that lead nowhere, folders that cannot be listed, folders without a report and
/// files that are empty or not regular files (a pipe, socket or device, which would block a
/// reader) are reported and passed over; nothing else stops the walk.
/// </summary>
public static class InputWalker
{
    /// <summary>Links followed in a row before a path counts as a loop (as the Linux kernel's ELOOP).</summary>
    private const int MaxLinkHops = 40;

    public static InputFiles Walk(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var problems = new List<InputProblem>();
        var seenFiles = new HashSet<string>(PathComparer);
        var seenFolders = new HashSet<string>(PathComparer);
        foreach (var input in inputs)
        {
            var real = RealPath(input);
            if (real is null)
            {
                problems.Add(new InputProblem(input, IsLink(input) ? "a symbolic link that leads nowhere (or in a loop)" : "no such file or folder"));
            }
            else if (Directory.Exists(real) && seenFolders.Contains(real))
            {
                continue; // walked already, by another input
            }
            else if (Directory.Exists(real))
            {
                var found = new List<string>();
                if (WalkFolder(input, real, found, problems, seenFiles, seenFolders) == 0)
                {
                    problems.Add(new InputProblem(input, $"no report files ({string.Join(", ", DocumentLoader.KnownExtensions.Order(StringComparer.Ordinal))}) in the folder"));
                }

                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else if (!seenFiles.Add(real))
            {
                continue; // reached before, by another input
            }
            else if (NotRegular(real) is { } reason)
            {
                problems.Add(new InputProblem(input, reason));
            }
            else
            {
                files.Add(input);
            }
        }

        return new InputFiles(files, problems);
    }

    /// <returns>How many entries with a known extension the walk met (read, passed over, or reached before by another path).</returns>
    private static int WalkFolder(string shown, string real, List<string> found, List<InputProblem> problems, HashSet<string> seenFiles, HashSet<string> seenFolders)
    {
        var met = 0;
        var pending = new Stack<(string Shown, string Real)>();
        pending.Push((shown, real));
        while (pending.Count > 0)
        {
            var (folder, folderReal) = pending.Pop();
            if (!seenFolders.Add(folderReal))
            {
                continue; // walked already: a link back up the tree, or a second way into one folder
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folderReal).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                problems.Add(new InputProblem(folder, ex is UnauthorizedAccessException ? "cannot list the folder: permission denied" : $"cannot list the folder ({OneLine(ex.Message)})"));
                continue;
            }

            var subfolders = new List<(string, string)>();
            foreach (var entry in entries)
            {
                var entryShown = Path.Combine(folder, entry.Name);
                var entryReal = Path.Combine(folderReal, entry.Name);
                var known = DocumentLoader.KnownExtensions.Contains(Path.GetExtension(entry.Name));
                var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null;
                if (isLink)
                {
                    var target = RealPath(entryReal);
                    if (target is null)
                    {
                        problems.Add(new InputProblem(entryShown, "a symbolic link that leads nowhere (or in a loop)"));
                        continue;
                    }

                    entryReal = target;
                }

                if (isLink ? Directory.Exists(entryReal) : entry is DirectoryInfo)
                {
                    subfolders.Add((entryShown, entryReal));
                    continue;
                }

                if (!known)
                {
                    continue;
                }

                met++;
                if (!seenFiles.Add(entryReal))
                {
                    continue; // reached before, by another path
                }

                if (NotRegular(entryReal) is { } reason)
                {
                    problems.Add(new InputProblem(entryShown, reason));
                }
                else
                {
                    found.Add(entryShown);
                }
            }

            // Pushed in reverse so the folders are walked in name order.
            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }

        return met;
    }

    /// <summary>
    /// Why a path that is no folder cannot be read as a document, or null when it is a file with
    /// content. .NET does not tell pipes, sockets and devices from files; they have no length,
    /// so an empty length is passed over before anything opens it (opening a pipe blocks).
    /// </summary>
    private static string? NotRegular(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Length == 0 ? "the file is empty (or not a regular file: a pipe, socket or device)" : null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return ex is UnauthorizedAccessException ? "permission denied" : $"cannot read the file ({OneLine(ex.Message)})";
        }
    }

    /// <summary>
    /// The path with every symbolic link on it resolved (as POSIX realpath), built from .NET's
    /// link targets so that it works alike on Linux, macOS and Windows; null when it does not
    /// exist or its links go round in a loop.
    /// </summary>
    internal static string? RealPath(string path)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        var root = Path.GetPathRoot(full)!;
        var remaining = new Stack<string>(Components(full[root.Length..]).Reverse());
        var current = root;
        var hops = 0;
        while (remaining.Count > 0)
        {
            var part = remaining.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                return null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                var targetRoot = Path.GetPathRoot(target)!;
                current = targetRoot;
                target = target[targetRoot.Length..];
            }

            foreach (var c in Components(target).Reverse())
            {
                remaining.Push(c);
            }
        }

        return File.Exists(current) || Directory.Exists(current) ? current : null;
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException or ArgumentException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static StringComparer PathComparer => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
