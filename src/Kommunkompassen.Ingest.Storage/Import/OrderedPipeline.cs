using System.Threading.Tasks.Dataflow;

namespace Kommunkompassen.Ingest.Storage.Import;

/// <summary>
/// Prepares items on several threads and writes them on one, in input order (TPL Dataflow: a
/// bounded, ordered <see cref="TransformBlock{TInput,TOutput}"/> fed asynchronously and emptied by
/// the calling thread, which is the one writer). At most twice the parallelism of items are
/// prepared ahead of the writer, however many there are, so memory stays flat over a long batch.
/// The writer is the caller's own thread, not a pool thread: with the pool's threads busy
/// preparing, a writer on the pool waited for the pool to grow (measured: the import of 1,000
/// reports a sixth to a quarter slower). Preparing on threads of its own instead of the pool's
/// measured the same, so the pool it is.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>
    /// Runs items 0 … count-1 through <paramref name="prepare"/> (in parallel) and
    /// <paramref name="write"/> (on the calling thread, in order). Cancelling stops after the item
    /// being written; the rest are neither written nor, where not yet started, prepared. An
    /// exception of either function ends the run and is rethrown as it was thrown.
    /// </summary>
    /// <returns>True when every item was written; false when cancelled before.</returns>
    public static bool Run<T>(int count, Func<int, T> prepare, Action<int, T> write, int parallelism, CancellationToken cancel)
    {
        var preparing = new TransformBlock<int, (int Index, T Item)>(
            i => (i, prepare(i)),
            new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = parallelism, BoundedCapacity = parallelism * 2, EnsureOrdered = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var feeding = Feed(preparing, count, stop.Token);
        var written = 0;
        try
        {
            while (preparing.OutputAvailableAsync().GetAwaiter().GetResult())
            {
                if (!preparing.TryReceive(out var prepared))
                {
                    continue;
                }

                if (cancel.IsCancellationRequested)
                {
                    Drain(preparing, feeding);
                    return false;
                }

                write(prepared.Index, prepared.Item);
                written++;
            }
        }
        catch
        {
            stop.Cancel();
            Drain(preparing, feeding);
            throw;
        }

        // A preparing that failed ends the output early; its exception, as thrown, ends the run.
        preparing.Completion.GetAwaiter().GetResult();
        feeding.GetAwaiter().GetResult();
        return written == count;
    }

    /// <summary>Sends the items' indexes as the bounded block takes them, until all are sent, the run stops or the block refuses (it failed); then completes it.</summary>
    private static async Task Feed(ITargetBlock<int> target, int count, CancellationToken stop)
    {
        try
        {
            for (var i = 0; i < count && !stop.IsCancellationRequested; i++)
            {
                if (!await target.SendAsync(i, stop).ConfigureAwait(false))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for room.
        }
        finally
        {
            target.Complete();
        }
    }

    /// <summary>
    /// After the run stopped: drops what is prepared and not written (the feeding stops, so at most
    /// the block's capacity is still prepared) and waits until no preparing runs any more.
    /// </summary>
    private static void Drain<T>(TransformBlock<int, T> preparing, Task feeding)
    {
        try
        {
            while (preparing.OutputAvailableAsync().GetAwaiter().GetResult())
            {
                preparing.TryReceiveAll(out _);
            }

            Task.WaitAll([preparing.Completion, feeding], CancellationToken.None);
        }
        catch (AggregateException)
        {
            // A preparing that failed meanwhile; the run already ends for its own reason.
        }
    }
}
