namespace Generals.Harness.Report;

/// <summary>
/// Finds the send of each delivered frame. A frame is known by what every network line carries: from, to, the sender's
/// incarnation, its sequence number and the hash of its bytes; a deliver takes the earliest send of that frame not yet
/// delivered (links may reorder, but one frame's copies leave in order), and a further copy of it (a duplicate or a
/// replay) the latest send.
/// </summary>
internal sealed class SendTimes
{
    private readonly Dictionary<(int From, int To, long Incarnation, long Sequence, long Hash), Queue<long>> _waiting = [];
    private readonly Dictionary<(int From, int To, long Incarnation, long Sequence, long Hash), long> _latest = [];

    /// <summary>Records a send line.</summary>
    private void Sent(ReportLine send)
    {
        var key = Key(send);
        if (!_waiting.TryGetValue(key, out Queue<long>? times))
        {
            times = new Queue<long>();
            _waiting[key] = times;
        }

        times.Enqueue(send.TimeMs);
        _latest[key] = send.TimeMs;
    }

    /// <summary>The time of the send a deliver line pairs with; false when the history holds none before it.</summary>
    private bool TryPair(ReportLine deliver, out long sentMs)
    {
        var key = Key(deliver);
        if (_waiting.TryGetValue(key, out Queue<long>? times) && times.TryDequeue(out sentMs))
        {
            return true;
        }

        return _latest.TryGetValue(key, out sentMs);
    }

    /// <summary>
    /// Follows one history line in order, the one pairing rule every part of the report shares: a send is recorded, a drop
    /// takes its send (that copy will never arrive), a deliver pairs with one. True for a deliver with a send before it,
    /// with that send's time.
    /// </summary>
    public bool Follow(ReportLine line, out long sentMs)
    {
        sentMs = 0;
        switch (line.Type)
        {
            case "send":
                Sent(line);
                return false;
            case "drop":
                TryPair(line, out _);
                return false;
            case "deliver":
                return TryPair(line, out sentMs);
            default:
                return false;
        }
    }

    private static (int, int, long, long, long) Key(ReportLine line) => (line.From, line.To, line.Incarnation, line.Sequence, line.Hash);
}
