using System.Diagnostics;
using System.Globalization;
using Kommunkompassen.Ingest.App;
using Spectre.Console;

namespace Kommunkompassen.Ingest.Cli.Output;

/// <summary>
/// Shows a batch's progress on stderr: on a terminal that Spectre.Console can draw on, its
/// progress bar with file count, rate, time left and the file; on a terminal it cannot (no
/// cursor control), a bar of our own redrawn in place; when stderr is redirected, a plain line
/// every ten per cent.
/// </summary>
internal sealed class ProgressDisplay : IProgress<IngestProgress>
{
    private readonly TextWriter output;
    private readonly bool terminal;
    private readonly Stopwatch sinceDraw = Stopwatch.StartNew();
    private int lastTenth = -1;
    private IngestStage stage = IngestStage.Read;
    private bool drawn;

    public ProgressDisplay(TextWriter output, bool terminal)
    {
        this.output = output;
        this.terminal = terminal;
    }

    /// <summary>Runs the work with the progress display that suits standard error, and ends its line.</summary>
    public static T Run<T>(KkOutput output, Func<IProgress<IngestProgress>, T> work)
    {
        if (output.ErrorIsTerminal)
        {
            var console = output.ErrorConsole;
            if (console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi)
            {
                T result = default!;
                console.Progress()
                    .AutoClear(false)
                    .HideCompleted(false)
                    .Columns(new ProgressBarColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
                    .Start(context =>
                    {
                        var task = context.AddTask("starting", maxValue: 1);
                        result = work(new Sync(p =>
                        {
                            task.MaxValue = Math.Max(1, p.Total);
                            task.Value = p.Done;
                            task.Description = Markup.Escape(Description(p));
                        }));
                        task.StopTask();
                    });
                return result;
            }
        }

        var display = new ProgressDisplay(output.Error, output.ErrorIsTerminal);
        var done = work(display);
        display.Finish();
        return done;
    }

    /// <summary>What the Spectre bar shows beside itself: count, rate, time left, the file.</summary>
    internal static string Description(IngestProgress p) =>
        $"{Stage(p)}{p.Done.ToString(CultureInfo.InvariantCulture)}/{p.Total.ToString(CultureInfo.InvariantCulture)}  {Rate(p)}  ETA {Eta(p)}  {ShortName(p.CurrentFile)}";

    /// <summary>What is being counted: nothing said for files, which a batch reads first; "reclassifying" for stored reports.</summary>
    private static string Stage(IngestProgress p) => p.Stage == IngestStage.Reclassify ? "reclassifying " : string.Empty;

    private static string Unit(IngestProgress p) => p.Stage == IngestStage.Reclassify ? "reports" : "files";

    private static string ShortName(string? path)
    {
        var name = path is null ? string.Empty : Path.GetFileName(path);
        return name.Length > 30 ? name[..27] + "..." : name;
    }

    public void Report(IngestProgress p)
    {
        if (p.Stage != stage)
        {
            // A new stage counts from nought: its bar on a line of its own, its tenths afresh.
            Finish();
            drawn = false;
            lastTenth = -1;
            stage = p.Stage;
        }

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

    internal static string Line(IngestProgress p) =>
        $"progress: {Stage(p)}{p.Done.ToString(CultureInfo.InvariantCulture)}/{p.Total.ToString(CultureInfo.InvariantCulture)} {Unit(p)}, {Rate(p)}, {Eta(p)} left";

    internal static string Bar(IngestProgress p)
    {
        const int width = 30;
        var filled = p.Total == 0 ? width : p.Done * width / p.Total;
        var name = ShortName(p.CurrentFile);
        return $"{Stage(p)}[{new string('#', filled)}{new string('.', width - filled)}] {p.Done.ToString(CultureInfo.InvariantCulture)}/{p.Total.ToString(CultureInfo.InvariantCulture)}  {Rate(p)}  ETA {Eta(p)}  {name,-30}";
    }

    private static string Rate(IngestProgress p) =>
        p.Elapsed.TotalSeconds > 0 ? $"{(p.Done / p.Elapsed.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture)} {Unit(p)}/s" : $"- {Unit(p)}/s";

    private static string Eta(IngestProgress p)
    {
        if (p.Done == 0)
        {
            return "?";
        }

        var left = TimeSpan.FromSeconds(p.Elapsed.TotalSeconds / p.Done * (p.Total - p.Done));
        return left.TotalHours >= 1 ? left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : left.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }

    private sealed class Sync(Action<IngestProgress> action) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => action(value);
    }
}
