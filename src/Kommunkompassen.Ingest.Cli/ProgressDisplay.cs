using System.Diagnostics;
using System.Globalization;
using Kommunkompassen.Ingest.Storage.Import;

namespace Kommunkompassen.Ingest.Cli;

/// <summary>
/// Shows a batch's progress on stderr: on a terminal a bar redrawn in place with file count,
/// rate and time left; when stderr is redirected, a plain line every ten per cent.
/// </summary>
internal sealed class ProgressDisplay : IProgress<ImportProgress>
{
    private readonly TextWriter output;
    private readonly bool terminal;
    private readonly Stopwatch sinceDraw = Stopwatch.StartNew();
    private int lastTenth = -1;
    private bool drawn;

    public ProgressDisplay(TextWriter output, bool terminal)
    {
        this.output = output;
        this.terminal = terminal;
    }

    public static ProgressDisplay ForConsole() => new(Console.Error, !Console.IsErrorRedirected);

    public void Report(ImportProgress p)
    {
        if (terminal)
        {
            if (p.Done == p.Total || sinceDraw.ElapsedMilliseconds >= 100)
            {
                output.Write("\r" + Bar(p));
                drawn = true;
                sinceDraw.Restart();
            }

            return;
        }

        var tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
        if (tenth > lastTenth && (tenth > 0 || p.Done == p.Total))
        {
            lastTenth = tenth;
            output.WriteLine(Line(p));
        }
    }

    /// <summary>Ends the bar's line so later output starts on a fresh one.</summary>
    public void Finish()
    {
        if (drawn)
        {
            output.WriteLine();
        }
    }

    internal static string Line(ImportProgress p) =>
        $"progress: {p.Done.ToString(CultureInfo.InvariantCulture)}/{p.Total.ToString(CultureInfo.InvariantCulture)} files, {Rate(p)}, {Eta(p)} left";

    internal static string Bar(ImportProgress p)
    {
        const int width = 30;
        var filled = p.Total == 0 ? width : p.Done * width / p.Total;
        var name = p.CurrentFile is null ? string.Empty : Path.GetFileName(p.CurrentFile);
        if (name.Length > 30)
        {
            name = name[..27] + "...";
        }

        return $"[{new string('#', filled)}{new string('.', width - filled)}] {p.Done.ToString(CultureInfo.InvariantCulture)}/{p.Total.ToString(CultureInfo.InvariantCulture)}  {Rate(p)}  ETA {Eta(p)}  {name,-30}";
    }

    private static string Rate(ImportProgress p) =>
        p.Elapsed.TotalSeconds > 0 ? $"{(p.Done / p.Elapsed.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture)} files/s" : "- files/s";

    private static string Eta(ImportProgress p)
    {
        if (p.Done == 0)
        {
            return "?";
        }

        var left = TimeSpan.FromSeconds(p.Elapsed.TotalSeconds / p.Done * (p.Total - p.Done));
        return left.TotalHours >= 1 ? left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : left.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }
}
