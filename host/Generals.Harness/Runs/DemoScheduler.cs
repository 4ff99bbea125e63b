namespace Generals.Harness.Runs;

/// <summary>
/// Runs the demo's scenarios a bounded number at a time: the first-listed ones first (the simulated sweep, done while the
/// first emulated generals boot), then the rest longest first, so the short ones fill the gaps at the end; the results come
/// back in the lecture's order. A cancelled demo starts nothing more and returns what ran (the runs that were going end
/// themselves on the same token).
/// </summary>
public static class DemoScheduler
{
    /// <summary>
    /// How many emulated scenarios run at once by default: one more than the cores the machine's load leaves free (the
    /// one-minute load average, where the OS tells it; a run's generals mostly wait on timers, so a free core carries
    /// more than one run), one when no core is free, at most <see cref="ParallelMax"/>. A loaded machine already starves
    /// generals (docs/worlds.md, "Time per world"): more runs at once would turn verdicts unknown. bench/RESULTS.md.
    /// </summary>
    public static int DefaultParallel(int processorCount, double? loadAverage)
    {
        int free = processorCount - (int)Math.Floor(Math.Max(0, loadAverage ?? 0));
        return free <= 0 ? 1 : Math.Min(free + 1, ParallelMax);
    }

    /// <summary>
    /// The most scenarios a demo runs at once: each emulated one is a broker and two to four processes, and a general late
    /// behind the others' slices turns its run unknown (docs/worlds.md, "Time per world").
    /// </summary>
    public const int ParallelMax = 4;

    /// <summary>
    /// The order runs start in: every index in <paramref name="first"/> (in list order), then the others by
    /// <paramref name="estimatesMs"/>, longest first, ties in list order.
    /// </summary>
    public static IReadOnlyList<int> StartOrder(IReadOnlyList<long> estimatesMs, Func<int, bool> first)
    {
        ArgumentNullException.ThrowIfNull(estimatesMs);
        ArgumentNullException.ThrowIfNull(first);
        IEnumerable<int> all = Enumerable.Range(0, estimatesMs.Count);
        return [.. all.Where(first), .. all.Where(i => !first(i)).OrderByDescending(i => estimatesMs[i])];
    }

    /// <summary>
    /// Runs <paramref name="run"/> for every index of <paramref name="order"/>, at most <paramref name="parallel"/> at a
    /// time, and returns the results by index (lecture order), leaving out runs never started because of <paramref name="cancel"/>.
    /// </summary>
    public static async Task<IReadOnlyList<T>> RunAsync<T>(IReadOnlyList<int> order, int parallel, Func<int, Task<T>> run, CancellationToken cancel)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var results = new T?[order.Count == 0 ? 0 : order.Max() + 1];
        using var slots = new SemaphoreSlim(parallel);
        var running = new List<Task>();
        foreach (int index in order)
        {
            try
            {
                await slots.WaitAsync(cancel).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            // A slot freed by the run that was cancelled can be taken before the wait sees the cancellation.
            if (cancel.IsCancellationRequested)
            {
                slots.Release();
                break;
            }

            running.Add(RunOneAsync(index));
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        return [.. results.OfType<T>()];

        async Task RunOneAsync(int index)
        {
            try
            {
                // Off the caller's thread at once: a run may block before its first await (provisioning, process starts).
                results[index] = await Task.Run(() => run(index), CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }
    }
}
