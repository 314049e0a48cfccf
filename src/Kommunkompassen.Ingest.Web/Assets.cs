using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Net.Http.Headers;

namespace Kommunkompassen.Ingest.Web;

/// <summary>
/// The page's files, embedded in this assembly and read once: index.html at /, the style sheet
/// and the script beside it. A fixed list of names, so no request path reaches the file system.
/// </summary>
internal static class Assets
{
    private static readonly Dictionary<string, (string Resource, string ContentType)> Files = new(StringComparer.Ordinal)
    {
        ["/"] = ("wwwroot/index.html", "text/html; charset=utf-8"),
        ["/app.js"] = ("wwwroot/app.js", "text/javascript; charset=utf-8"),
        ["/app.css"] = ("wwwroot/app.css", "text/css; charset=utf-8"),
    };

    private static readonly Lazy<Dictionary<string, (byte[] Bytes, string ContentType, string ETag)>> Loaded = new(Load);

    public static void Map(IEndpointRouteBuilder routes)
    {
        foreach (var path in Files.Keys)
        {
            routes.MapGet(path, (HttpContext context) => Serve(context, path)).ExcludeFromDescription();
        }
    }

    /// <summary>The bytes of an embedded file (for tests).</summary>
    internal static byte[] Bytes(string path) => Loaded.Value[path].Bytes;

    private static IResult Serve(HttpContext context, string path)
    {
        var (bytes, contentType, etag) = Loaded.Value[path];
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Bytes(bytes, contentType, entityTag: new EntityTagHeaderValue(etag));
    }

    private static Dictionary<string, (byte[], string, string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return Files.ToDictionary(
            f => f.Key,
            f =>
            {
                using var stream = assembly.GetManifestResourceStream(f.Value.Resource) ?? throw new InvalidOperationException($"{f.Value.Resource} is not embedded");
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                var bytes = memory.ToArray();
                return (bytes, f.Value.ContentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
            },
            StringComparer.Ordinal);
    }
}
