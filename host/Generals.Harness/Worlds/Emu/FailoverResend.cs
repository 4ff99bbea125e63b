namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// What the relay publishes again to a general that failed over (docs/broker.md, "Frames in flight"). With a bridged pair a
/// frame for a general on the broker that dies is lost twice over: if it was still in that broker when it was killed, and
/// if it was published after the kill and before the general subscribed on the other broker (no one listens for it there:
/// the bridge is down). The relay keeps what it published to each general's inbox and control topics for
/// <see cref="KeptMs"/>; once a broker is killed, the first status a general publishes afterwards (the `online` of its
/// new connection, sent after it subscribed) before the broker is back makes the relay publish again what it sent that general from
/// <see cref="InFlightMs"/> before the kill. A copy the general already had is refused by its replay window (counted as
/// a replayed input), so the general gets each frame once: the relay acts as the persistent session a broker cluster
/// would keep. Times are the history's (plan ms). Thread-safe: the scheduler records, MQTTnet's thread asks.
/// </summary>
public sealed class FailoverResend
{
    /// <summary>
    /// How long before the kill a frame may still have been inside the dying broker: its bridge hop and its write to the
    /// general take well under a millisecond on an idle machine; a round of the kit's protocols (100 ms) covers a loaded
    /// one, and a frame the general did get costs only a refused copy.
    /// </summary>
    public const long InFlightMs = 100;

    /// <summary>How long a published frame is kept: covers <see cref="InFlightMs"/> and a failover that takes the general's whole backoff (NodeRuntime.ReconnectMaxMs is 5 s of its clock; a failover takes one round, well under a second).</summary>
    public const long KeptMs = 2000;

    /// <summary>Frames kept per general, whatever their age: a general receives a few per round, and its replay window (64 frames a sender) would refuse older ones anyway.</summary>
    public const int KeptPerGeneralMax = 256;

    private readonly object _lock = new();
    private readonly Dictionary<int, Queue<(long AtMs, string Topic, byte[] Payload)>> _sent = [];
    private readonly HashSet<int> _resent = [];
    private long _killedAtMs = -1;

    /// <summary>Frames published again so far, over every general.</summary>
    public long Resent { get; private set; }

    /// <summary>The relay published <paramref name="payload"/> on <paramref name="topic"/>, the inbox or control topic of <paramref name="general"/>.</summary>
    public void Published(int general, string topic, byte[] payload, long nowMs)
    {
        lock (_lock)
        {
            if (!_sent.TryGetValue(general, out Queue<(long, string, byte[])>? kept))
            {
                kept = new Queue<(long, string, byte[])>();
                _sent[general] = kept;
            }

            kept.Enqueue((nowMs, topic, payload));
            while (kept.Count > KeptPerGeneralMax || (kept.Count > 0 && kept.Peek().Item1 < nowMs - KeptMs))
            {
                kept.Dequeue();
            }
        }
    }

    /// <summary>A broker of the pair was killed at <paramref name="nowMs"/>: every general's next status asks for a resend.</summary>
    public void BrokerKilled(long nowMs)
    {
        lock (_lock)
        {
            _killedAtMs = nowMs;
            _resent.Clear();
        }
    }

    /// <summary>
    /// The killed broker is back: no general fails over any more (none fails back), so a status from now on (a general's
    /// restart, its goodbye at the end of the run) asks for nothing.
    /// </summary>
    public void BrokerBack()
    {
        lock (_lock)
        {
            _killedAtMs = -1;
        }
    }

    /// <summary>
    /// A status of <paramref name="general"/> reached the relay: between a kill and the broker's return, once per general,
    /// what to publish again (oldest first); otherwise nothing. A general that never left the surviving broker also gets its copies once, refused.
    /// </summary>
    public IReadOnlyList<(string Topic, byte[] Payload)> OnStatus(int general)
    {
        lock (_lock)
        {
            if (_killedAtMs < 0 || !_resent.Add(general) || !_sent.TryGetValue(general, out Queue<(long, string, byte[])>? kept))
            {
                return [];
            }

            List<(string, byte[])> again = [.. kept.Where(k => k.Item1 >= _killedAtMs - InFlightMs).Select(k => (k.Item2, k.Item3))];
            Resent += again.Count;
            return again;
        }
    }
}
