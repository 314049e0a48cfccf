using System.Security.Cryptography;
using System.Text;
using Kommunkompassen.Ingest.Classification;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Storage;

namespace Kommunkompassen.Ingest.App;

/// <summary>
/// The operations users have on a report archive — ingest a batch, search, good examples, a
/// municipality's profile, a report, coverage, export, train, evaluate, classify, framework
/// drafts and fits, a document's blocks, the benchmarks — for every front end (the command line,
/// the benchmarks, a web app). Built once by <see cref="KompassAppBuilder"/>; immutable and
/// thread-safe: each operation opens what it needs and closes it again, the models load once on
/// first use, and ingests in one process run one at a time. Nothing is written to the console:
/// results are typed records, progress goes through <see cref="IProgress{T}"/>.
/// </summary>
public sealed partial class KompassApp
{
    private readonly Lazy<ClassifierSet?> models;
    private readonly Lazy<string?> frameworksFingerprint;
    private readonly Lock writer = new();
    private readonly SearcherCache? searchers;

    internal KompassApp(KompassOptions options)
    {
        Options = options;
        Catalog = options.FrameworksFolder is { } folder ? FrameworkCatalog.WithFolder(folder) : FrameworkCatalog.Default;
        Parser = options.FrameworksFolder is null ? ReportParser.Default : new ReportParser(MunicipalityRegistry.Default, Catalog);
        models = new Lazy<ClassifierSet?>(() => ClassifierSet.Load(options.ModelsFolder, FrameworkCatalog.Default), LazyThreadSafetyMode.ExecutionAndPublication);
        frameworksFingerprint = new Lazy<string?>(() => FrameworksFingerprint(options.FrameworksFolder), LazyThreadSafetyMode.ExecutionAndPublication);
        searchers = options.KeepSearcherOpen ? new SearcherCache(options.ArchiveFolder, () => OpenSearcher(keptOpen: true)) : null;
    }

    public KompassOptions Options { get; }

    /// <summary>The embedded framework catalog and, when a frameworks folder is given, the catalog files there.</summary>
    internal FrameworkCatalog Catalog { get; }

    /// <summary>The parser over <see cref="Catalog"/>.</summary>
    internal ReportParser Parser { get; }

    /// <summary>The trained models, or null when the models folder has none.</summary>
    internal ClassifierSet? Models => models.Value;

    /// <summary>A fingerprint of the added catalog files (null without a frameworks folder), part of the ingest version so readings are redone when a catalog is added.</summary>
    internal string? FrameworksVersion => frameworksFingerprint.Value;

    private static string? FrameworksFingerprint(string? folder)
    {
        if (folder is null)
        {
            return null;
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return "frameworks-" + Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }

    /// <summary>Opens the archive for writing (its one writer), or says in one line why it cannot be.</summary>
    /// <exception cref="KompassBusyException">Another ingest is writing it.</exception>
    /// <exception cref="KompassOperationException">It cannot be opened for writing: read-only, damaged, not an archive, of a newer schema (one line naming it).</exception>
    private ReportArchive OpenForWriting()
    {
        try
        {
            return ReportArchive.OpenForWriting(Options.ArchiveFolder);
        }
        catch (ArchiveBusyException ex)
        {
            throw new KompassBusyException(ex.Message, ex);
        }
        catch (ArchiveException ex)
        {
            throw new KompassOperationException(ex.Message, ex);
        }
    }

    /// <summary>Opens the archive read-only (never migrating or writing it), or says in one line why it cannot be.</summary>
    /// <exception cref="KompassOperationException">There is no archive, or it cannot be read: not an archive, damaged, of another schema (one line naming it).</exception>
    private ReportArchive OpenForReading()
    {
        try
        {
            return ReportArchive.OpenForReading(Options.ArchiveFolder);
        }
        catch (ArchiveException ex)
        {
            throw new KompassOperationException(ex.Message, ex);
        }
    }

    /// <summary>
    /// The one way every reading operation reads the archive: opened read-only, and whatever goes
    /// wrong with it, at the opening or while reading (a damaged page, a record that no longer
    /// parses), said in one line naming it.
    /// </summary>
    /// <exception cref="KompassOperationException">There is no archive, or it cannot be read.</exception>
    private T Reading<T>(Func<ReportArchive, T> read)
    {
        using var archive = OpenForReading();
        try
        {
            return read(archive);
        }
        catch (ArchiveException ex)
        {
            throw new KompassOperationException(ex.Message, ex);
        }
    }

    /// <summary>Every record of the archive.</summary>
    /// <exception cref="KompassOperationException">There is no archive, or it cannot be read.</exception>
    private IReadOnlyList<Records.ReportRecord> ReadAll() => Reading(a => a.Records().ToList());

    /// <summary>Says in one line that there is no archive, when there is none.</summary>
    /// <exception cref="KompassOperationException">The archive folder has no archive database.</exception>
    private void RequireArchive()
    {
        if (!ReportArchive.Exists(Options.ArchiveFolder))
        {
            throw new KompassOperationException(new ArchiveNotFoundException(Path.GetFullPath(Options.ArchiveFolder)).Message);
        }
    }

    /// <summary>Every report of the archive, by id.</summary>
    /// <exception cref="KompassOperationException">There is no archive, or it cannot be read.</exception>
    public IReadOnlyList<Records.ReportRecord> Reports() => ReadAll();

    /// <summary>One report by id, or null when the archive does not hold it.</summary>
    /// <exception cref="KompassOperationException">There is no archive, or it cannot be read.</exception>
    public Records.ReportRecord? Report(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Reading(a => a.Find(id));
    }
}
