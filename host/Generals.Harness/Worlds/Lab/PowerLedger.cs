using Generals.Core.Node;
using Generals.Harness.History;
using Generals.Harness.Network;

namespace Generals.Harness.Worlds.Lab;

/// <summary>
/// What the harness expects of each board's power, and the judge of surprises: from the plan's start until the run stops, a
/// board that goes offline (its last will) or boots again (its boot count rises) without a power cut by the harness lost
/// power the harness did not cause (a student pulled a cable, a brown-out, a crash): an `unplanned-fault` line, and the run
/// is judged unknown (docs/history.md), never blamed on the protocol. Fed from the broker's threads.
/// </summary>
public sealed class PowerLedger
{
    private readonly HistoryRecorder _history;
    private readonly Func<long> _nowMs;
    private readonly Action<string>? _progress;
    private readonly Dictionary<int, Expect> _expect = [];
    private readonly Dictionary<int, long> _bootCount = [];
    private readonly Lock _lock = new();
    private bool _watching;

    public PowerLedger(HistoryRecorder history, Func<long> nowMs, Action<string>? progress)
    {
        _history = history;
        _nowMs = nowMs;
        _progress = progress;
    }

    /// <summary>Raised (on a broker thread) when a board whose power the harness cut sends its last will.</summary>
    public event Action<int>? CutSeen;

    private enum Expect
    {
        Up,
        Cut,
        Back,
        Lost,
    }

    /// <summary>Listens to <paramref name="network"/>: statuses and boot reports.</summary>
    public void Watch(HarnessNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.StatusAdmitted += OnStatus;
        network.TelemetryAdmitted += OnTelemetry;
    }

    /// <summary>The plan starts: from now on a loss of power the harness did not cause is unplanned.</summary>
    public void Start()
    {
        lock (_lock)
        {
            _watching = true;
        }
    }

    /// <summary>The run stops: what boards do from now on is the harness's doing or no longer part of the run.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _watching = false;
        }
    }

    /// <summary>The harness cut <paramref name="board"/>'s power (or asked a person to): its last will is expected.</summary>
    public void Cut(int board) => Set(board, Expect.Cut);

    /// <summary>The harness turned <paramref name="board"/>'s power on (or asked a person to): its boot is expected.</summary>
    public void PoweredOn(int board) => Set(board, Expect.Back);

    /// <summary>True when the harness has cut <paramref name="board"/>'s power and not turned it on again.</summary>
    public bool IsCut(int board)
    {
        lock (_lock)
        {
            return _expect.GetValueOrDefault(board) == Expect.Cut;
        }
    }

    /// <summary>A board's admitted status: a last will while the harness expects the board up is unplanned.</summary>
    public void OnStatus(int board, GeneralStatus status)
    {
        if (status != GeneralStatus.Offline)
        {
            return;
        }

        bool cut;
        lock (_lock)
        {
            Expect expect = _expect.GetValueOrDefault(board);
            cut = expect == Expect.Cut;
            if (expect == Expect.Up && _watching)
            {
                _expect[board] = Expect.Lost;
                Unplanned(board, $"board {board} went offline (its last will) without a power cut by the harness: a cable pulled, a brown-out or a crash");
            }
        }

        if (cut)
        {
            CutSeen?.Invoke(board);
        }
    }

    /// <summary>A board's telemetry: a boot report while the harness expects the board up (its boot count risen) is unplanned.</summary>
    public void OnTelemetry(HistoryEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Type != HistoryType.BoardBooted)
        {
            return;
        }

        long count = e.Report is BoardBootedEvent report ? report.BootCount : 0;
        lock (_lock)
        {
            Expect expect = _expect.GetValueOrDefault(e.General);
            // A board whose earlier boot the harness never heard (it booted before the harness listened) is judged by its last will alone.
            bool known = _bootCount.TryGetValue(e.General, out long previous);
            _bootCount[e.General] = count;
            if (expect == Expect.Up && _watching && known && count > previous)
            {
                Unplanned(e.General, $"board {e.General} booted again (boot count {previous} -> {count}) without a power cut by the harness: it lost power or reset by itself");
            }

            if (expect != Expect.Cut)
            {
                _expect[e.General] = Expect.Up;
            }
        }
    }

    /// <summary>Writes an unplanned fault of <paramref name="board"/> (the run is void), unless the run is not being watched.</summary>
    public void Unplanned(int board, string what)
    {
        _history.Record(new HistoryEvent { TimeMs = _nowMs(), Type = HistoryType.UnplannedFault, General = board, Detail = what });
        _progress?.Invoke("unplanned fault: " + what);
    }

    private void Set(int board, Expect expect)
    {
        lock (_lock)
        {
            _expect[board] = expect;
        }
    }
}
