using System.Diagnostics;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>
/// A folder made really read-only for a test, undone on Dispose. As an ordinary user the write
/// permissions are taken away (chmod a-w), which the file system enforces. As root, whom
/// permissions do not stop, the folder is bind-mounted read-only over itself (EROFS, like a
/// read-only share), or, where mounting is not allowed, its files and itself are made immutable
/// (chattr +i: EPERM even for root). Where none of these works, <see cref="TryMake"/> says why,
/// for the test to skip with that reason.
/// </summary>
public sealed class ReadOnlyFolder : IDisposable
{
    private readonly Action undo;

    private ReadOnlyFolder(string folder, string how, Action undo)
    {
        Folder = folder;
        How = how;
        this.undo = undo;
    }

    public string Folder { get; }

    /// <summary>How it was made read-only ("a read-only bind mount", …).</summary>
    public string How { get; }

    /// <summary>Makes the folder (and every file in it) read-only; null, with the reason, when this machine allows no way to.</summary>
    public static ReadOnlyFolder? TryMake(string folder, out string reason)
    {
        reason = string.Empty;
        if (OperatingSystem.IsWindows())
        {
            reason = "a read-only folder is not made on Windows (the ReadOnly attribute does not stop new files in a folder)";
            return null;
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
        var folders = Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Prepend(folder).ToList();
        if (!IsRoot)
        {
            foreach (var f in files)
            {
                File.SetUnixFileMode(f, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            }

            foreach (var d in folders)
            {
                File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
            }

            return new ReadOnlyFolder(folder, "write permission taken away (chmod a-w)", () =>
            {
                if (OperatingSystem.IsWindows())
                {
                    return;
                }

                foreach (var d in folders)
                {
                    File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }

                foreach (var f in files)
                {
                    File.SetUnixFileMode(f, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            });
        }

        if (Tool.Run("mount", "--bind", folder, folder).Ok)
        {
            if (Tool.Run("mount", "-o", "remount,bind,ro", folder).Ok)
            {
                return new ReadOnlyFolder(folder, "a read-only bind mount", () => Tool.Run("umount", folder));
            }

            Tool.Run("umount", folder);
        }

        var paths = files.Concat(folders).ToArray();
        var immutable = Tool.Run("chattr", ["+i", .. paths]);
        if (immutable.Ok)
        {
            return new ReadOnlyFolder(folder, "the immutable flag (chattr +i)", () => Tool.Run("chattr", ["-i", .. paths]));
        }

        Tool.Run("chattr", ["-i", .. paths]);
        reason = $"running as root, where permissions do not stop writes, and neither a read-only bind mount nor chattr +i is allowed here ({immutable.Error})";
        return null;
    }

    public void Dispose() => undo();

    /// <summary>Whether the tests run as root (.NET names the effective user).</summary>
    public static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";
}

/// <summary>
/// A small disk for a test: a tmpfs of a given size mounted on a folder, unmounted on Dispose.
/// Needs root (or a user allowed to mount) on Linux; <see cref="TryMount"/> says why not otherwise.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string folder)
    {
        Folder = folder;
    }

    public string Folder { get; }

    /// <summary>Mounts a tmpfs of <paramref name="bytes"/> on the folder (made when needed); null, with the reason, where that is not possible.</summary>
    public static SmallDisk? TryMount(string folder, long bytes, out string reason)
    {
        reason = string.Empty;
        if (!OperatingSystem.IsLinux())
        {
            reason = "a small disk is a tmpfs, which only Linux mounts";
            return null;
        }

        Directory.CreateDirectory(folder);
        var mounted = Tool.Run("mount", "-t", "tmpfs", "-o", $"size={bytes}", "tmpfs", folder);
        if (!mounted.Ok)
        {
            reason = $"cannot mount a tmpfs here ({mounted.Error}); it needs root or CAP_SYS_ADMIN";
            return null;
        }

        return new SmallDisk(folder);
    }

    /// <summary>Gives the disk another size (its files stay).</summary>
    public void Resize(long bytes)
    {
        var resized = Tool.Run("mount", "-o", $"remount,size={bytes}", Folder);
        if (!resized.Ok)
        {
            throw new InvalidOperationException($"cannot resize the tmpfs on {Folder}: {resized.Error}");
        }
    }

    public void Dispose() => Tool.Run("umount", Folder);
}

/// <summary>Runs a system tool to the end (at most a minute).</summary>
public static class Tool
{
    public static (bool Ok, string Error) Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill();
                return (false, $"{tool} did not finish");
            }

            return (process.ExitCode == 0, error.Result.Trim());
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (false, $"{tool}: {ex.Message}");
        }
    }
}
