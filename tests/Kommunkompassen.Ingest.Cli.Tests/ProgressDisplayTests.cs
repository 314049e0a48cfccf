using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Cli.Output;

namespace Kommunkompassen.Ingest.Cli.Tests;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void Bar_HalfWay_FilledHalfWithRateAndEta()
    {
        var bar = ProgressDisplay.Bar(new IngestProgress(50, 100, 50, TimeSpan.FromSeconds(10), "/in/0180-2012.pdf"));

        Assert.Equal("[###############...............] 50/100  5.0 files/s  ETA 0:10  0180-2012.pdf", bar.TrimEnd());
    }

    [Fact]
    public void Line_LongBatch_EtaInHours()
    {
        var line = ProgressDisplay.Line(new IngestProgress(10, 10000, 10, TimeSpan.FromSeconds(10), null));

        Assert.Equal("progress: 10/10000 files, 1.0 files/s, 2:46:30 left", line);
    }

    [Fact]
    public void Report_Redirected_OneLinePerTenth()
    {
        using var output = new StringWriter();
        var display = new ProgressDisplay(output, terminal: false);

        for (var done = 1; done <= 40; done++)
        {
            display.Report(new IngestProgress(done, 40, done, TimeSpan.FromSeconds(done), null));
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.StartsWith("progress: 4/40 files", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("progress: 40/40 files", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Terminal_RedrawsInPlaceAndFinishEndsTheLine()
    {
        using var output = new StringWriter();
        var display = new ProgressDisplay(output, terminal: true);

        display.Report(new IngestProgress(1, 2, 1, TimeSpan.FromSeconds(1), "a.docx"));
        display.Report(new IngestProgress(2, 2, 2, TimeSpan.FromSeconds(2), "b.pdf"));
        display.Finish();

        var text = output.ToString();
        Assert.StartsWith("\r[", text, StringComparison.Ordinal);
        Assert.Contains("\r[##############################] 2/2", text, StringComparison.Ordinal);
        Assert.EndsWith(Environment.NewLine, text, StringComparison.Ordinal);
    }
}
