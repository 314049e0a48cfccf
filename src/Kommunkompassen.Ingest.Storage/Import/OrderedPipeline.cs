using System.Runtime.ExceptionServices;
using System.Threading.Tasks.Dataflow;

namespace Kommunkompassen.Ingest.Storage.Import;

/// <summary>
/// Prepares items on several threads and writes them on one, in input order (TPL Dataflow: a
/// bounded, ordered <see cref="TransformBlock{TInput,TOutput}"/> linked to a one-at-a-time
/// <see cref="ActionBlock{TInput}"/>). At most twice the parallelism of prepared items wait for
/// the writer, however many there are, so memory stays flat over a long batch.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>
    /// Runs items 0 … count-1 through <paramref name="prepare"/> (in parallel) and
    /// <paramref name="write"/> (one at a time, in order). Cancelling stops after the item being
    /// written; the rest are neither written nor, where not yet started, prepared. An exception of
    /// either function ends the run and is rethrown as it was thrown.
    /// </summary>
    /// <returns>True when every item was written; false when cancelled before.</returns>
    public static bool Run<T>(int count, Func<int, T> prepare, Action<int, T> write, int parallelism, CancellationToken cancel)
    {
        var stopped = 0;
        var preparing = new TransformBlock<int, (int Index, T Item)>(
            i => (i, prepare(i)),
            new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = parallelism, BoundedCapacity = parallelism * 2, EnsureOrdered = true });
        var writing = new ActionBlock<(int Index, T Item)>(
            x =>
            {
                if (Volatile.Read(ref stopped) == 1 || cancel.IsCancellationRequested)
                {
                    Volatile.Write(ref stopped, 1);
                    return;
                }

                write(x.Index, x.Item);
            },
            new ExecutionDataflowBlockOptions { MaxDegreeOfParallelism = 1, BoundedCapacity = 1 });
        preparing.LinkTo(writing, new DataflowLinkOptions { PropagateCompletion = true });

        // A writer that fails stops the preparing too, so that nothing waits on a queue nobody empties.
        writing.Completion.ContinueWith(
            t => ((IDataflowBlock)preparing).Fault(t.Exception!),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        for (var i = 0; i < count; i++)
        {
            if (cancel.IsCancellationRequested)
            {
                Volatile.Write(ref stopped, 1);
                break;
            }

            if (!preparing.SendAsync(i).GetAwaiter().GetResult())
            {
                break; // the pipeline failed; its exception is rethrown below
            }
        }

        preparing.Complete();
        try
        {
            writing.Completion.GetAwaiter().GetResult();
        }
        catch (AggregateException ex)
        {
            // A failure passed on from the preparing block comes wrapped; rethrow the original.
            ExceptionDispatchInfo.Capture(ex.Flatten().InnerExceptions[0]).Throw();
        }

        return Volatile.Read(ref stopped) == 0;
    }
}
