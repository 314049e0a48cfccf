using System.Security.Cryptography;
using System.Text;
using Kommunkompassen.Ingest.Documents;

namespace Kommunkompassen.Ingest.Ingestion;

/// <summary>
/// Identifies the code that turns files into records: the module version ids of the reader and
/// parser assemblies. Builds are deterministic, so the id changes exactly when that code does;
/// the archive re-reads a file whose stored reading was made by another version.
/// </summary>
public static class ParserVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var ids = string.Join(",", new[] { typeof(ParserVersion), typeof(DocumentLoader) }.Select(t => t.Assembly.ManifestModule.ModuleVersionId));
        return "parser-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..12];
    }
}
