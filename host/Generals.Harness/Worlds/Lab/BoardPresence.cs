using Generals.Harness.History;
using Generals.Harness.Network;

namespace Generals.Harness.Worlds.Lab;

/// <summary>
/// Who of a kit's boards is there, as the harness learns it from what they publish: each board's retained status (online,
/// or offline: its last will), its last boot report (firmware, boot count, reset cause, free memory, signatures left) and
/// when it was last heard. Fed from the broker's threads; read by the lab world's start and by `generals boards`.
/// </summary>
public sealed class BoardPresence
{
    private readonly Func<long> _nowMs;
    private readonly Dictionary<int, BoardSighting> _boards = [];
    private readonly Lock _lock = new();

    public BoardPresence(IEnumerable<int> boards, Func<long> nowMs)
    {
        ArgumentNullException.ThrowIfNull(boards);
        _nowMs = nowMs;
        foreach (int board in boards)
        {
            _boards[board] = new BoardSighting(board);
        }
    }

    /// <summary>The kit's boards, by id.</summary>
    public IReadOnlyList<int> Boards => [.. _boards.Keys.Order()];

    /// <summary>Listens to <paramref name="network"/>: statuses and the telemetry lines it admits.</summary>
    public void Watch(HarnessNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        network.StatusAdmitted += OnStatus;
        network.TelemetryAdmitted += OnTelemetry;
    }

    /// <summary>A board's admitted status.</summary>
    public void OnStatus(int board, GeneralStatus status) => Update(board, s => s with
    {
        Status = status,
        OnlineSinceMs = status != GeneralStatus.Online ? -1 : s.Status == GeneralStatus.Online ? s.OnlineSinceMs : _nowMs(),
    });

    /// <summary>A telemetry line a board reported (its boot report is kept; anything it says means it was heard).</summary>
    public void OnTelemetry(HistoryEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Update(e.General, s => e.Type switch
        {
            HistoryType.BoardBooted => s with { BootReport = e },
            HistoryType.Boot => s with { Incarnation = e.Incarnation },
            _ => s,
        });
    }

    /// <summary>True when <paramref name="board"/>'s last status is online.</summary>
    public bool IsOnline(int board) => Sighting(board).Status == GeneralStatus.Online;

    /// <summary>The boards of <paramref name="boards"/> that are not online.</summary>
    public IReadOnlyList<int> Missing(IEnumerable<int> boards) => [.. boards.Where(b => !IsOnline(b))];

    /// <summary>
    /// True when <paramref name="board"/> is online and done booting: its boot report arrived, or it has been online for
    /// <paramref name="bootBurstMs"/> without one (it booted before the harness listened, and only reconnected).
    /// </summary>
    public bool IsReady(int board, long bootBurstMs)
    {
        BoardSighting sighting = Sighting(board);
        return sighting.Status == GeneralStatus.Online && (sighting.BootReport != null || _nowMs() - sighting.OnlineSinceMs >= bootBurstMs);
    }

    /// <summary>What the harness knows of <paramref name="board"/> now.</summary>
    public BoardSighting Sighting(int board)
    {
        lock (_lock)
        {
            return _boards.TryGetValue(board, out BoardSighting? sighting) ? sighting : new BoardSighting(board);
        }
    }

    /// <summary>Every board's sighting, by id.</summary>
    public IReadOnlyList<BoardSighting> All()
    {
        lock (_lock)
        {
            return [.. _boards.Values.OrderBy(s => s.Board)];
        }
    }

    private void Update(int board, Func<BoardSighting, BoardSighting> change)
    {
        lock (_lock)
        {
            if (_boards.TryGetValue(board, out BoardSighting? sighting))
            {
                _boards[board] = change(sighting) with { LastSeenMs = _nowMs() };
            }
        }
    }
}
