namespace Kommunkompassen.Ingest.Tests.Support;

/// <summary>The one way tests reach the sample reports in the repository's corpus/ folder.</summary>
public static class Corpus
{
    public const string Report2005Docx = "Kommunkompassen Botkyrka 2005.docx";
    public const string Report2005Pdf = "Kommunkompassen Botkyrka 2005.pdf";
    public const string Report2010Docx = "Kommunkompassen Borlänge 2010.docx";
    public const string Report2010Pdf = "Kommunkompassen Borlänge 2010.pdf";

    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>Absolute path of the corpus folder.</summary>
    public static string Directory => Root.Value;

    /// <summary>The findings a person labelled with sub-questions (corpus/labels).</summary>
    public static string LabelsFile => Path.Combine(Directory, "labels", "findings-labels.csv");

    /// <summary>Findings written as training examples for the classifier (corpus/labels).</summary>
    public static string WrittenTrainingFile => Path.Combine(Directory, "labels", "written-training-findings.csv");

    /// <summary>The second batch of written findings, kept out of the default training (corpus/labels/README.md).</summary>
    public static string WrittenTrainingBatch2File => Path.Combine(Directory, "labels", "written-training-findings-batch2.csv");

    /// <summary>The committed classifier models (models/ beside corpus/).</summary>
    public static string ModelsFolder => Path.Combine(Path.GetDirectoryName(Directory)!, "models");

    /// <summary>Absolute path of one sample file.</summary>
    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>A test fixture kept beside the tests, by its path under tests/, e.g. "Kommunkompassen.Ingest.Storage.Tests/Samples/memo.doc".</summary>
    public static string TestFile(string relativePath) =>
        Path.Combine(Path.GetDirectoryName(Directory)!, "tests", relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(dir.FullName, "Kommunkompassen.Ingest.sln")) && System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("corpus/ not found above " + AppContext.BaseDirectory);
    }
}
