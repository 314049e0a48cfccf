using System.Text.Json;
using System.Xml.Linq;
using Kommunkompassen.Ingest.App;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Storage.Import;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.App.Tests;

/// <summary>The application layer on its own: built once, called as a front end would.</summary>
public sealed partial class KompassAppTests : IDisposable
{
    private readonly TempArchive temp = new("kk-app-");

    public void Dispose() => temp.Dispose();

    private string Inbox(params string[] municipalities)
    {
        var inbox = Directory.CreateDirectory(Path.Combine(temp.Dir, "in")).FullName;
        foreach (var m in municipalities)
        {
            File.WriteAllBytes(Path.Combine(inbox, $"{m}.docx"), SmallReport.Docx(m));
        }

        return inbox;
    }

    [Fact]
    public void Build_FrameworksFolderMissing_RequestException()
    {
        var ex = Assert.Throws<KompassRequestException>(() => new KompassAppBuilder().UseFrameworks(Path.Combine(temp.Dir, "none")).Build());

        Assert.EndsWith("no such folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BuilderChangedAfterwards_AppKeepsItsOptions()
    {
        var builder = new KompassAppBuilder().UseArchive(Path.Combine(temp.Dir, "a")).UseModels(Corpus.ModelsFolder);
        var app = builder.Build();

        builder.UseArchive(Path.Combine(temp.Dir, "b"));

        Assert.Equal(new KompassOptions(Path.Combine(temp.Dir, "a"), Corpus.ModelsFolder, null, 0), app.Options);
    }

    [Fact]
    public void Ingest_TwoReports_ProgressToTheEndAndSearchProfileAndExportSeeThem()
    {
        var app = new KompassAppBuilder().UseArchive(temp.Root).UseModels(Corpus.ModelsFolder).Build();
        var progress = new List<IngestProgress>();

        var result = app.Ingest(new IngestRequest([Inbox("Vännäs", "Ljusdal"), Path.Combine(temp.Dir, "missing.docx")]), new Collect<IngestProgress>(progress));

        Assert.Equal([IngestStatus.Ingested, IngestStatus.Ingested], result.Files.Select(f => f.Status));
        Assert.Equal([Path.Combine(temp.Dir, "missing.docx")], result.Missing);
        Assert.False(result.Complete);
        Assert.Equal(2, result.ReportsInArchive);
        Assert.Equal([1, 2], progress.Select(p => p.Done));
        NonEmpty.All(progress, p => Assert.Equal(2, p.Total));
        Assert.Equal(["parse", "classify"], result.Steps.Select(s => s.Name));

        var search = app.Search(new SearchQuery("kommunen", Municipality: "Ljusdal", Top: 100));
        Assert.NotEmpty(search.Hits);
        NonEmpty.All(search.Hits, h => Assert.Equal("Ljusdal", h.Municipality));

        var profile = app.Profile("Vännäs");
        Assert.Equal("2460", profile.Municipality.Code);
        Assert.Equal(["2460-2012"], profile.Profile.Evaluations.Select(e => e.Id));

        using var json = new MemoryStream();
        app.Export(new ExportRequest(ExportFormat.Json), json);
        using var doc = JsonDocument.Parse(json.ToArray());
        Assert.Equal(["2161-2012", "2460-2012"], doc.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Ingest_TwoAtOnceOnOneApp_EachFileOnceAndTheSecondSkipsWhatTheFirstStored()
    {
        var app = new KompassAppBuilder().UseArchive(temp.Root).UseModels(Corpus.ModelsFolder).Build();
        var request = new IngestRequest([Inbox("Vännäs", "Ljusdal")]);

        var results = await Task.WhenAll(Task.Run(() => app.Ingest(request)), Task.Run(() => app.Ingest(request)));

        var statuses = results.SelectMany(r => r.Files.Select(f => f.Status)).Order().ToList();
        Assert.Equal([IngestStatus.Ingested, IngestStatus.Ingested, IngestStatus.Skipped, IngestStatus.Skipped], statuses);
        Assert.Equal(2, app.Reports().Count);
    }

    [Fact]
    public void Reclassify_ModelsChangedAfterTheIngest_EveryReportClassifiedAgainWithoutItsFiles()
    {
        var archive = temp.Root;
        var noModels = Directory.CreateDirectory(Path.Combine(temp.Dir, "no-models")).FullName;
        var before = new KompassAppBuilder().UseArchive(archive).UseModels(noModels).Build();
        var inbox = Inbox("Vännäs", "Ljusdal");
        var ingested = before.Ingest(new IngestRequest([inbox]));
        var unclassified = before.Reports();
        Directory.Delete(inbox, recursive: true);
        var after = new KompassAppBuilder().UseArchive(archive).UseModels(Corpus.ModelsFolder).Build();
        var progress = new List<IngestProgress>();

        var result = after.Reclassify(new ReclassifyRequest(), new Collect<IngestProgress>(progress));

        Assert.Equal(IngestStepNames.NoModels, ingested.Steps.Single(s => s.Name == IngestStepNames.Classify).Version);
        NonEmpty.All(unclassified, r => Assert.Empty(r.Findings));
        Assert.Equal(["2161-2012", "2460-2012"], result.Reclassified.Select(r => r.Id));
        Assert.Empty(result.Files);
        Assert.True(result.Complete);
        Assert.StartsWith("models-", result.Steps.Single(s => s.Name == IngestStepNames.Classify).Version, StringComparison.Ordinal);
        Assert.Equal([1, 2], progress.Select(p => p.Done));
        NonEmpty.All(progress, p => Assert.Equal(IngestStage.Reclassify, p.Stage));
        NonEmpty.All(after.Reports(), r => Assert.NotEmpty(r.Findings));
        NonEmpty.All(after.Reports().SelectMany(r => r.Findings), f => Assert.NotNull(f.PredictedQuestion));
        Assert.Empty(after.Reclassify(new ReclassifyRequest()).Reclassified);
    }

    [Fact]
    public void Ingest_ModelsChanged_UnchangedFilesSkippedAndTheirReportsReclassified()
    {
        var archive = temp.Root;
        var noModels = Directory.CreateDirectory(Path.Combine(temp.Dir, "no-models")).FullName;
        var inbox = Inbox("Vännäs");
        new KompassAppBuilder().UseArchive(archive).UseModels(noModels).Build().Ingest(new IngestRequest([inbox]));

        var result = new KompassAppBuilder().UseArchive(archive).UseModels(Corpus.ModelsFolder).Build().Ingest(new IngestRequest([inbox]));

        Assert.Equal([IngestStatus.Skipped], result.Files.Select(f => f.Status));
        Assert.Equal(["2460-2012"], result.Reclassified.Select(r => r.Id));
        Assert.True(result.Reclassified[0].Findings > 0);
    }

    [Fact]
    public void Reclassify_NoArchive_OperationExceptionNamingTheFolder()
    {
        var archive = temp.Root;
        var app = new KompassAppBuilder().UseArchive(archive).Build();

        var ex = Assert.Throws<KompassOperationException>(() => app.Reclassify(new ReclassifyRequest()));

        Assert.Equal($"no archive at {archive}", ex.Message);
        Assert.False(Directory.Exists(archive));
    }

    [Fact]
    public void Profile_NotAMunicipality_RequestException()
    {
        var app = new KompassAppBuilder().UseArchive(temp.Root).Build();

        var ex = Assert.Throws<KompassRequestException>(() => app.Profile("Atlantis"));

        Assert.Equal("'Atlantis' is not a Swedish municipality", ex.Message);
    }

    [Fact]
    public void Train_EmptyArchive_OperationExceptionAndNoModelsWritten()
    {
        var app = new KompassAppBuilder().UseArchive(temp.Root).Build();
        var models = Path.Combine(temp.Dir, "models");

        Assert.Throws<KompassOperationException>(() => app.Train(new TrainRequest(new TrainingSources(), models)));
        Assert.False(Directory.Exists(models));
    }

    [Fact]
    public void Classify_SynpunktshanteringUnder2010_TopQuestionOfTheCommittedModels()
    {
        var app = new KompassAppBuilder().UseModels(Corpus.ModelsFolder).Build();

        var ranked = app.Classify(new ClassifyRequest("Inför ett kommungemensamt system för synpunktshantering", "2010", Top: 2));

        Assert.Equal(2, ranked.Count);
        Assert.True(ranked[0].Confidence >= ranked[1].Confidence);
        Assert.Throws<KompassRequestException>(() => app.Classify(new ClassifyRequest("x", "1999")));
    }

    [Fact]
    public void ToStatus_EveryFileStatusOfTheImporter_MapsToTheSameName()
    {
        foreach (var status in Enum.GetValues<FileStatus>())
        {
            Assert.Equal(status.ToString(), KompassApp.ToStatus(status).ToString());
        }
    }

    [Fact]
    public void MachineLearningVersion_ReadFromTheAssembly_IsThePackageVersion()
    {
        var props = XDocument.Load(Path.Combine(Path.GetDirectoryName(Corpus.Directory)!, "Directory.Packages.props"));
        var version = props.Descendants("PackageVersion").Single(e => e.Attribute("Include")!.Value == "Microsoft.ML").Attribute("Version")!.Value;

        Assert.Equal(version, KompassApp.MachineLearningVersion);
        Assert.StartsWith($"ML.NET {version} ", KompassApp.TrainerDescription(QuestionModelOptions.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void ModelInfo_Serialized_SamePropertiesAsTheCommittedFile()
    {
        var committed = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus.ModelsFolder, ModelInfo.FileName))).RootElement;
        var info = new ModelInfo(new ModelTrainingSet(["a"], "l.csv", "w.csv", new Dictionary<string, int> { ["2010 finding"] = 1 }), "t", 1.5, [new ModelScore("n", 1, 0.5, 0.75, 0.25)]);

        var written = JsonDocument.Parse(KompassJson.Serialize(info)).RootElement;

        Assert.Equal(Names(committed), Names(written));
        Assert.Equal(Names(committed.GetProperty("trainedOn")), Names(written.GetProperty("trainedOn")));
        Assert.Equal(Names(committed.GetProperty("evaluation")[0]), Names(written.GetProperty("evaluation")[0]));
    }

    [Fact]
    public void ReadCsv_CommittedCrosswalk_RowsAsWrittenByToCsv()
    {
        var path = Path.Combine(Corpus.ModelsFolder, Crosswalk.FileName("2002", "2010"));

        var rows = Crosswalk.ReadCsv(path);

        Assert.NotEmpty(rows);
        NonEmpty.All(rows, r => Assert.Equal(("2002", "2010"), (r.FromFramework, r.ToFramework)));
        NonEmpty.All(rows, r => Assert.NotEmpty(r.Nearest));
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), Crosswalk.ToCsv(rows));
    }

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    private sealed class Collect<T>(List<T> into) : IProgress<T>
    {
        public void Report(T value) => into.Add(value);
    }
}
