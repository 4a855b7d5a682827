namespace VnTechNewsExtractor.Cli.Output;

/// <summary>Runs work on up to N items at once and yields the results in input order.</summary>
internal static class OrderedWork
{
    public static async IAsyncEnumerable<TResult> RunAsync<TItem, TResult>(
        IAsyncEnumerable<TItem> items, Func<TItem, CancellationToken, Task<TResult>> work, int parallelism,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pending = new Queue<Task<TResult>>();
        using var throttle = new SemaphoreSlim(Math.Max(1, parallelism));
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            pending.Enqueue(Task.Run(async () =>
            {
                await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
                try { return await work(item, cancellationToken).ConfigureAwait(false); }
                finally { throttle.Release(); }
            }, cancellationToken));
            if (pending.Count >= Math.Max(1, parallelism) * 2) yield return await pending.Dequeue().ConfigureAwait(false);
        }
        while (pending.Count > 0) yield return await pending.Dequeue().ConfigureAwait(false);
    }
}
