using System.Diagnostics;
using Kommunkompassen.Ingest.Search.Searching;

namespace Kommunkompassen.Ingest.App;

/// <summary>
/// The searcher an app keeps open between searches, so that a long-running front end (the web
/// app) does not open the index and read its state on every search. The first search opens it
/// after <see cref="IndexSync.BeforeSearch"/>; later searches share it (it is thread-safe). A
/// newer commit of the index replaces it at the next search (the old one is closed when the last
/// search using it ends); how the index stands against the archive (behind, damaged) is looked at
/// again at most every <see cref="MaxAge"/>, so a search says the index is behind as the last
/// look found it. Used when the app is built with <see cref="KompassAppBuilder.KeepSearcherOpen"/>.
/// </summary>
internal sealed class SearcherCache(string archiveFolder, Func<ArchiveSearcher> open)
{
    /// <summary>How long a look at the index's state holds.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private Lease? current;
    private string? behind;
    private long lookedAt;
    private int looking;

    /// <summary>The searcher, held until the lease is disposed; <paramref name="notice"/> hears the index's state when it is behind.</summary>
    /// <exception cref="KompassOperationException">The index is damaged or missing, or the archive cannot be read.</exception>
    public Lease Acquire(Action<string>? notice)
    {
        Lease lease;
        lock (gate)
        {
            lease = current is not null && Stopwatch.GetElapsedTime(lookedAt) < MaxAge && current.Searcher.IsCurrent ? current.Share() : null!;
        }

        if (lease is null)
        {
            lease = Look();
        }

        if (Volatile.Read(ref behind) is { } line)
        {
            notice?.Invoke(line);
        }

        return lease;
    }

    private Lease Look()
    {
        // One search looks; the others go on with the searcher there is, when there is one.
        if (Interlocked.CompareExchange(ref looking, 1, 0) != 0)
        {
            lock (gate)
            {
                if (current is not null)
                {
                    return current.Share();
                }
            }
        }

        try
        {
            string? line = null;
            try
            {
                IndexSync.BeforeSearch(archiveFolder, l => line = l);
            }
            catch (Storage.ArchiveException ex)
            {
                throw new KompassOperationException(ex.Message, ex);
            }

            lock (gate)
            {
                Volatile.Write(ref behind, line);
                lookedAt = Stopwatch.GetTimestamp();
                if (current is not null && current.Searcher.IsCurrent)
                {
                    return current.Share();
                }
            }

            var fresh = new Lease(open());
            lock (gate)
            {
                var old = current;
                current = fresh;
                old?.Dispose();
                return fresh.Share();
            }
        }
        finally
        {
            Volatile.Write(ref looking, 0);
        }
    }

    /// <summary>A searcher shared by the searches using it and the cache; closed when the last lets go.</summary>
    internal sealed class Lease(ArchiveSearcher searcher) : IDisposable
    {
        private int holders = 1;

        public ArchiveSearcher Searcher { get; } = searcher;

        public Lease Share()
        {
            Interlocked.Increment(ref holders);
            return this;
        }

        public void Dispose()
        {
            if (Interlocked.Decrement(ref holders) == 0)
            {
                Searcher.Dispose();
            }
        }
    }
}
