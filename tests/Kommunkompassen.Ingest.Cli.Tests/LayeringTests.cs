using System.Reflection;
using System.Xml.Linq;
using Kommunkompassen.Ingest.Cli;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Cli.Tests;

/// <summary>The command line goes through the application layer and nothing below it.</summary>
public sealed class LayeringTests
{
    private static readonly string[] Below =
    [
        "Kommunkompassen.Ingest.Storage",
        "Kommunkompassen.Ingest.Search",
        "Kommunkompassen.Ingest.Classification",
        "Kommunkompassen.Ingest.Documents",
    ];

    [Fact]
    public void KkAssembly_ReferencedAssemblies_TheAppAndNoStorageSearchClassificationOrDocuments()
    {
        var referenced = typeof(KkCli).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Kommunkompassen.Ingest.App", referenced);
        Assert.Empty(referenced.Intersect(Below, StringComparer.Ordinal));
    }

    [Fact]
    public void KkAssembly_EveryTypeItUses_NoneFromBelowTheApp()
    {
        var kk = typeof(KkCli).Assembly;
        var used = new HashSet<Type>();
        foreach (var type in kk.GetTypes())
        {
            used.UnionWith(type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Select(f => f.FieldType));
            foreach (var method in type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                used.Add(method.ReturnType);
                used.UnionWith(method.GetParameters().Select(p => p.ParameterType));
                used.UnionWith(method.GetMethodBody()?.LocalVariables.Select(v => v.LocalType) ?? []);
            }
        }

        var below = used.SelectMany(Flatten).Where(t => Below.Contains(t.Assembly.GetName().Name, StringComparer.Ordinal)).Select(t => t.FullName).Distinct().ToList();

        Assert.True(used.Count > 50, $"only {used.Count} types found; the scan is broken");
        Assert.Empty(below);
    }

    [Fact]
    public void CliProject_ProjectReferences_TheAppAndTheWebAppOverIt()
    {
        var csproj = Path.Combine(Path.GetDirectoryName(Corpus.Directory)!, "src", "Kommunkompassen.Ingest.Cli", "Kommunkompassen.Ingest.Cli.csproj");

        var references = XDocument.Load(csproj).Descendants("ProjectReference").Select(e => Path.GetFileName(e.Attribute("Include")!.Value.Replace('\\', '/'))).ToList();

        // kk serve starts the web app, itself a front end over the same application layer.
        Assert.Equal(["Kommunkompassen.Ingest.App.csproj", "Kommunkompassen.Ingest.Web.csproj"], references);
    }

    [Fact]
    public void BenchmarksProject_ProjectReferences_TheAppTheWebAppAndTheReportGeneratorOnly()
    {
        var folder = Path.Combine(Path.GetDirectoryName(Corpus.Directory)!, "tests", "Kommunkompassen.Ingest.Benchmarks");

        var references = XDocument.Load(Path.Combine(folder, "Kommunkompassen.Ingest.Benchmarks.csproj"))
            .Descendants("ProjectReference").Select(e => Path.GetFileName(e.Attribute("Include")!.Value.Replace('\\', '/'))).Order().ToList();
        var usings = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(line => line.StartsWith("using Kommunkompassen.", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(["Kommunkompassen.Ingest.App.csproj", "Kommunkompassen.Ingest.ReportGenerator.csproj", "Kommunkompassen.Ingest.Web.csproj"], references);
        Assert.NotEmpty(usings);
        Assert.DoesNotContain(usings, u => Below.Any(b => u.StartsWith($"using {b}", StringComparison.Ordinal)));
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }
}
