namespace Generals.Harness.Report;

/// <summary>
/// What the network did on one link (from -> to) in a history: its network lines counted by type, and the delay of every
/// delivered copy that has a send before it (deliver time minus its send's time, paired by <see cref="SendTimes"/>).
/// </summary>
public sealed class LinkTraffic
{
    private readonly List<long> _delaysMs = [];
    private bool _sorted = true;

    public LinkTraffic(int from, int to)
    {
        From = from;
        To = to;
    }

    public int From { get; }

    public int To { get; }

    /// <summary>`send` lines: copies a general published for this receiver.</summary>
    public int Sent { get; private set; }

    /// <summary>`deliver` lines: copies that reached the inbox, the nemesis's extra copies included.</summary>
    public int Delivered { get; private set; }

    /// <summary>`drop` lines: copies that never arrive (loss, partition, receiver down, backlog full).</summary>
    public int Dropped { get; private set; }

    public int Duplicated { get; private set; }

    public int Corrupted { get; private set; }

    public int Spoofed { get; private set; }

    public int Replayed { get; private set; }

    /// <summary>Delivered copies with no send before them in the history: no delay is known for them.</summary>
    public int Unpaired { get; private set; }

    /// <summary>Delays of the paired deliveries in ms, ascending.</summary>
    public IReadOnlyList<long> DelaysMs
    {
        get
        {
            if (!_sorted)
            {
                _delaysMs.Sort();
                _sorted = true;
            }

            return _delaysMs;
        }
    }

    /// <summary>Counts one network line of this link; <paramref name="paired"/> and <paramref name="sentMs"/> are what <see cref="SendTimes.Follow"/> said of it.</summary>
    public void Count(ReportLine line, bool paired, long sentMs)
    {
        ArgumentNullException.ThrowIfNull(line);
        switch (line.Type)
        {
            case "send": Sent++; break;
            case "drop": Dropped++; break;
            case "duplicate": Duplicated++; break;
            case "corrupt": Corrupted++; break;
            case "spoof": Spoofed++; break;
            case "replay": Replayed++; break;
            case "deliver":
                Delivered++;
                if (paired)
                {
                    _delaysMs.Add(line.TimeMs - sentMs);
                    _sorted = false;
                }
                else
                {
                    Unpaired++;
                }

                break;
            default:
                break;
        }
    }

    /// <summary>
    /// The delay at quantile <paramref name="q"/> (0: min, 0.5: median, 1: max) by nearest rank: the smallest delay with at
    /// least that share of the delays at or below it; 0 when nothing was delivered with a known send.
    /// </summary>
    public long DelayAt(double q)
    {
        IReadOnlyList<long> delays = DelaysMs;
        if (delays.Count == 0)
        {
            return 0;
        }

        int rank = (int)Math.Ceiling(q * delays.Count);
        return delays[Math.Clamp(rank - 1, 0, delays.Count - 1)];
    }
}
