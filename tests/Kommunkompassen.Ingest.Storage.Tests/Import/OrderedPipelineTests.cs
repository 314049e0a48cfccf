using Kommunkompassen.Ingest.Storage.Import;

namespace Kommunkompassen.Ingest.Storage.Tests.Import;

public sealed class OrderedPipelineTests
{
    [Fact]
    public void Run_PreparedOutOfOrder_WrittenInInputOrderOnOneThreadAtATime()
    {
        var written = new List<int>();
        var writing = 0;
        var overlapped = false;

        // Later items are prepared faster than earlier ones, so they finish first.
        var complete = OrderedPipeline.Run(
            40,
            i =>
            {
                Thread.Sleep((40 - i) % 7);
                return i * 10;
            },
            (i, item) =>
            {
                overlapped |= Interlocked.Increment(ref writing) > 1;
                Assert.Equal(i * 10, item);
                written.Add(i);
                Interlocked.Decrement(ref writing);
            },
            parallelism: 4,
            CancellationToken.None);

        Assert.True(complete);
        Assert.Equal(Enumerable.Range(0, 40), written);
        Assert.False(overlapped);
    }

    [Fact]
    public void Run_SlowWriter_AtMostTwiceTheParallelismPreparedAheadOfIt()
    {
        const int parallelism = 2;
        var prepared = 0;
        var written = 0;
        var mostAhead = 0;

        OrderedPipeline.Run(
            60,
            i =>
            {
                var ahead = Interlocked.Increment(ref prepared) - Volatile.Read(ref written);
                InterlockedMax(ref mostAhead, ahead);
                return i;
            },
            (_, _) =>
            {
                Thread.Sleep(2);
                Interlocked.Increment(ref written);
            },
            parallelism,
            CancellationToken.None);

        // The preparing block holds 2 × parallelism, the writer one more and the one it is writing.
        Assert.Equal(60, written);
        Assert.InRange(mostAhead, 1, (2 * parallelism) + 2);
    }

    [Fact]
    public void Run_CancelledFromTheWriter_StopsAfterTheItemBeingWrittenAndSaysSo()
    {
        using var cancel = new CancellationTokenSource();
        var written = new List<int>();

        var complete = OrderedPipeline.Run(
            100,
            i => i,
            (i, _) =>
            {
                written.Add(i);
                if (i == 4)
                {
                    cancel.Cancel();
                }
            },
            parallelism: 2,
            cancel.Token);

        Assert.False(complete);
        Assert.Equal([0, 1, 2, 3, 4], written);
    }

    [Fact]
    public void Run_CancelledAfterEveryItemWasFed_StopsWithTheRestPreparedButNotWritten()
    {
        // Four items fit the block at once (twice the parallelism): all are fed before the cancel.
        using var cancel = new CancellationTokenSource();
        var written = new List<int>();

        var complete = OrderedPipeline.Run(
            4,
            i => i,
            (i, _) =>
            {
                written.Add(i);
                if (i == 1)
                {
                    cancel.Cancel();
                }
            },
            parallelism: 2,
            cancel.Token);

        Assert.False(complete);
        Assert.Equal([0, 1], written);
    }

    [Fact]
    public void Run_WriterThrows_TheSameExceptionAndNoMoreWrites()
    {
        var written = new List<int>();

        var ex = Assert.Throws<IOException>(() => OrderedPipeline.Run(
            1000,
            i => i,
            (i, _) =>
            {
                if (i == 3)
                {
                    throw new IOException("disk full");
                }

                written.Add(i);
            },
            parallelism: 2,
            CancellationToken.None));

        Assert.Equal("disk full", ex.Message);
        Assert.Equal([0, 1, 2], written);
    }

    [Fact]
    public void Run_PrepareThrows_TheSameExceptionNotWrapped()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => OrderedPipeline.Run<int>(
            1000,
            i => i == 7 ? throw new InvalidOperationException("bad item 7") : i,
            (_, _) => { },
            parallelism: 2,
            CancellationToken.None));

        Assert.Equal("bad item 7", ex.Message);
    }

    [Fact]
    public void Run_NoItems_CompleteWithoutCallingEither()
    {
        var complete = OrderedPipeline.Run<int>(0, _ => throw new InvalidOperationException(), (_, _) => throw new InvalidOperationException(), 2, CancellationToken.None);

        Assert.True(complete);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
