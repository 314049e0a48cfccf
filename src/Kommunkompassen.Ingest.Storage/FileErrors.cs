namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// What a file-system error means, from the error number .NET keeps in an IOException's HResult
/// (errno on Unix, 0x8007xxxx on Windows): the one place that knows those numbers.
/// </summary>
public static class FileErrors
{
    /// <summary>Whether the disk (or the user's quota) is full.</summary>
    public static bool IsDiskFull(Exception ex) =>
        ex is IOException io && (io.HResult is Errno.NoSpace or Errno.QuotaExceeded or WindowsError.DiskFull or WindowsError.HandleDiskFull);

    /// <summary>
    /// Whether the file or folder cannot be written at all (permission denied, an immutable file,
    /// a read-only file system), as opposed to failing for a moment.
    /// </summary>
    public static bool IsReadOnly(Exception ex) =>
        ex is UnauthorizedAccessException
        || (ex is IOException io && io.HResult is Errno.ReadOnlyFileSystem or WindowsError.WriteProtect);

    /// <summary>Whether a file was to be written where a folder is.</summary>
    public static bool IsFolder(Exception ex) => ex is IOException { HResult: Errno.IsADirectory };

    /// <summary>The errno values (Linux; macOS has the same but for the quota).</summary>
    private static class Errno
    {
        public const int IsADirectory = 21;
        public const int NoSpace = 28;
        public const int ReadOnlyFileSystem = 30;
        public const int QuotaExceeded = 122;
    }

    /// <summary>The Win32 errors as HResults.</summary>
    private static class WindowsError
    {
        public const int HandleDiskFull = unchecked((int)0x80070027);
        public const int DiskFull = unchecked((int)0x80070070);
        public const int WriteProtect = unchecked((int)0x80070013);
    }
}
