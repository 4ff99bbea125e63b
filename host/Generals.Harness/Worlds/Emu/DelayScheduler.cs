namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Runs actions at wall-clock times on one background thread, in time order (ties in scheduling order).
/// The nemesis schedules delayed, duplicated, reordered and replayed deliveries here, so no broker handler ever waits.
/// </summary>
public sealed class DelayScheduler : IDisposable
{
    /// <summary>Deliveries waiting at once: bounds memory if a run floods the network.</summary>
    public const int PendingMax = 1_000_000;

    private readonly HarnessClock _clock;
    private readonly PriorityQueue<Action, (long, long)> _queue = new();
    private readonly Lock _lock = new();
    private readonly AutoResetEvent _changed = new(false);
    private readonly Thread _thread;
    private long _order;
    private volatile bool _stopped;

    public DelayScheduler(HarnessClock clock)
    {
        _clock = clock;
        _thread = new Thread(Loop) { IsBackground = true, Name = "nemesis-scheduler" };
        _thread.Start();
    }

    /// <summary>Actions that threw (a broker gone away); counted, never fatal.</summary>
    public long Failures { get; private set; }

    /// <summary>Schedules <paramref name="action"/> at harness time <paramref name="atMs"/>; false when full.</summary>
    public bool At(long atMs, Action action)
    {
        lock (_lock)
        {
            if (_queue.Count >= PendingMax)
            {
                return false;
            }

            _queue.Enqueue(action, (atMs, _order++));
        }

        _changed.Set();
        return true;
    }

    public void Dispose()
    {
        _stopped = true;
        _changed.Set();
        _thread.Join();
        _changed.Dispose();
    }

    private void Loop()
    {
        while (!_stopped)
        {
            Action? due = null;
            int waitMs = 50;
            lock (_lock)
            {
                if (_queue.TryPeek(out Action? next, out (long At, long Order) key))
                {
                    long now = _clock.NowMs;
                    if (key.At <= now)
                    {
                        due = _queue.Dequeue();
                    }
                    else
                    {
                        waitMs = (int)Math.Min(50, _clock.Real(key.At - now).TotalMilliseconds);
                    }
                }
            }

            if (due == null)
            {
                _changed.WaitOne(waitMs);
                continue;
            }

            try
            {
                due();
            }
            catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or OperationCanceledException
                or MQTTnet.Exceptions.MqttCommunicationException)
            {
                Failures++;
            }
        }
    }
}
