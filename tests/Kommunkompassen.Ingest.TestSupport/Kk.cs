using System.Diagnostics;

namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>Runs the kk program (built beside the tests) as a separate process.</summary>
public static class Kk
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "kk.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return info;
    }

    /// <summary>Runs kk to the end (at most five minutes) and returns its exit code and output.</summary>
    public static (int ExitCode, string Out, string Err) Run(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kk {string.Join(' ', args)} did not finish in five minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
