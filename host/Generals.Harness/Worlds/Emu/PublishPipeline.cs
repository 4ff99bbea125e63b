using System.Globalization;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The relay's publishes (<see cref="MqttRelay"/>), several in flight at once up to a bound, each general's in the order given:
/// a frame to general g never overtakes an earlier one to g, in its inbox or on its control topic (the nemesis decides
/// reordering, not the relay). Generals take turns in the order they got work. A publish that fails, or that finds the queue
/// full, is counted with its reason (<see cref="Failures"/>, <see cref="Overflows"/>, <see cref="LastError"/>), never lost
/// silently. Thread-safe: the scheduler thread enqueues, completions run on the thread pool.
/// </summary>
public sealed class PublishPipeline
{
    /// <summary>
    /// Publishes in flight at once. One at a time, the relay queued deliveries behind each publish's round trip through MQTTnet
    /// (p50 send -> deliver 1.4 s at 50 generals over 4 hosts, bench/RESULTS.md). A general takes one at a time (its order), so
    /// more in flight than generals waiting gains nothing, and all of them go through one client's one socket, which writes one
    /// packet at a time: 32 covers the waits between writes (thread hops, a control's QoS 1 acknowledgement) while holding few
    /// tasks and payloads; a kit of 250 generals takes turns.
    /// </summary>
    public const int InFlightMax = 32;

    /// <summary>
    /// Publishes waiting for their turn. At the frame limit of 20 KiB that is 400 MiB at worst (frames are under 1 KiB in
    /// practice: 20 MiB); a relay 20,000 frames behind is seconds behind at the rates one machine carries, every latency bound
    /// of a plan already broken, so what comes beyond is counted as lost, not queued.
    /// </summary>
    public const int QueuedMax = 20_000;

    private readonly Func<string, byte[], bool, Task> _publish;
    private readonly int _inFlightMax;
    private readonly int _queuedMax;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<Pending>> _waiting = new(StringComparer.Ordinal);
    private readonly Queue<string> _ready = new();
    private readonly HashSet<string> _busy = new(StringComparer.Ordinal);
    private int _queued;
    private int _inFlight;
    private long _failures;
    private long _overflows;
    private string? _lastError;
    private TaskCompletionSource? _idle;

    /// <summary>
    /// <paramref name="publish"/> publishes one message (topic, payload, retain); its task ends when the client is done with it.
    /// The limits default to <see cref="InFlightMax"/> and <see cref="QueuedMax"/>.
    /// </summary>
    public PublishPipeline(Func<string, byte[], bool, Task> publish, int inFlightMax = InFlightMax, int queuedMax = QueuedMax)
    {
        ArgumentNullException.ThrowIfNull(publish);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(inFlightMax);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(queuedMax);
        _publish = publish;
        _inFlightMax = inFlightMax;
        _queuedMax = queuedMax;
    }

    /// <summary>Publishes that failed (the client threw or its task faulted or was cancelled).</summary>
    public long Failures
    {
        get
        {
            lock (_lock)
            {
                return _failures;
            }
        }
    }

    /// <summary>Publishes refused because <see cref="QueuedMax"/> were already waiting.</summary>
    public long Overflows
    {
        get
        {
            lock (_lock)
            {
                return _overflows;
            }
        }
    }

    /// <summary>The reason of the last failure, null before any.</summary>
    public string? LastError
    {
        get
        {
            lock (_lock)
            {
                return _lastError;
            }
        }
    }

    /// <summary>
    /// Queues a publish to <paramref name="topic"/>, ordered behind earlier ones with the same <paramref name="orderKey"/> (the
    /// destination general), and starts what the bound allows; false, counted, when the queue is full.
    /// </summary>
    public bool Enqueue(string orderKey, string topic, byte[] payload, bool retain)
    {
        ArgumentNullException.ThrowIfNull(orderKey);
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(payload);
        lock (_lock)
        {
            if (_queued >= _queuedMax)
            {
                _overflows++;
                _lastError = "relay queue full (" + _queuedMax.ToString(CultureInfo.InvariantCulture) + " publishes waiting): " + topic;
                return false;
            }

            if (!_waiting.TryGetValue(orderKey, out Queue<Pending>? queue))
            {
                queue = new Queue<Pending>();
                _waiting[orderKey] = queue;
            }

            queue.Enqueue(new Pending(orderKey, topic, payload, retain));
            _queued++;
            // A key is ready when it has work and nothing in flight; it is in _ready at most once.
            if (queue.Count == 1 && !_busy.Contains(orderKey))
            {
                _ready.Enqueue(orderKey);
            }
        }

        Pump();
        return true;
    }

    /// <summary>Completes when nothing waits and nothing is in flight (at once if so now).</summary>
    public Task WhenIdle()
    {
        lock (_lock)
        {
            if (_queued == 0 && _inFlight == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task;
        }
    }

    // Starts what the bound allows. A publish that completes at once is settled here, in the loop, not by recursion.
    private void Pump()
    {
        while (true)
        {
            Pending next;
            lock (_lock)
            {
                if (_inFlight >= _inFlightMax || _ready.Count == 0)
                {
                    return;
                }

                string key = _ready.Dequeue();
                Queue<Pending> queue = _waiting[key];
                next = queue.Dequeue();
                if (queue.Count == 0)
                {
                    _waiting.Remove(key);
                }

                _queued--;
                _busy.Add(key);
                _inFlight++;
            }

            Task task = Start(next);
            if (task.IsCompleted)
            {
                Settle(next, task);
                continue;
            }

            _ = task.ContinueWith(done =>
            {
                Settle(next, done);
                Pump();
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private Task Start(Pending pending)
    {
        try
        {
            return _publish(pending.Topic, pending.Payload, pending.Retain);
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or OperationCanceledException
            or MQTTnet.Exceptions.MqttCommunicationException)
        {
            return Task.FromException(e);
        }
    }

    private void Settle(Pending pending, Task done)
    {
        TaskCompletionSource? idle = null;
        lock (_lock)
        {
            _inFlight--;
            _busy.Remove(pending.Key);
            if (!done.IsCompletedSuccessfully)
            {
                _failures++;
                _lastError = (done.Exception?.GetBaseException().Message ?? "cancelled") + ": " + pending.Topic;
            }

            if (_waiting.ContainsKey(pending.Key))
            {
                _ready.Enqueue(pending.Key);
            }

            if (_queued == 0 && _inFlight == 0)
            {
                idle = _idle;
                _idle = null;
            }
        }

        idle?.TrySetResult();
    }

    private sealed record Pending(string Key, string Topic, byte[] Payload, bool Retain);
}
