using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>`kk show` on a municipality evaluated under two framework versions.</summary>
public sealed class ShowCommandTests : IDisposable
{
    private readonly TempArchive temp = new("kk-show-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Show_EvaluatedUnder2010And2020_AreasLinedUpByCrosswalkWithUncertainPairsSaid()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(temp.Dir, "in")).FullName;
        var old = new VersionedReport(FrameworkCatalog.Default.Find("2010")!, 2012);
        var recent = new VersionedReport(PrintedCatalogs.Revision2020, 2021) { MeanForm = MeanForm.Column };
        File.WriteAllBytes(Path.Combine(inbox, "vannas-2012.docx"), old.Docx());
        File.WriteAllBytes(Path.Combine(inbox, "vannas-2021.docx"), recent.Docx());
        var archive = temp.Root;

        var ingest = Kk.Run(temp.Dir, "ingest", inbox, "--archive", archive);
        var show = Kk.Run(temp.Dir, "show", "Vännäs", "--archive", archive);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal(0, show.ExitCode);
        var lines = show.Out.Split('\n');
        var userFocus = Assert.Single(lines, l => l.TrimStart().StartsWith("Tillgänglighet och brukarorientering ", StringComparison.Ordinal) && l.Contains("2021", StringComparison.Ordinal));
        Assert.Contains($"2012 {old.AreaScore(2)}/100 (2010 area 2)", userFocus, StringComparison.Ordinal);
        Assert.Contains($"2021 {recent.AreaScore(5)}/100 (2020 area 5)", userFocus, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("? 2020 area 8 \"Chefs- och ledarskap samt medarbetarskap\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains($"mean of others {recent.Means[4]}", StringComparison.Ordinal));
    }
}
