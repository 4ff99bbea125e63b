using System.Globalization;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// An instructor's hand on a running emulated run (`generals serve`'s buttons): crash, restart, pause, resume a general,
/// partition the generals in two and heal. Each goes through the world operation a planned fault uses (kill -9 and a
/// restart on the same data folder, SIGSTOP/SIGCONT, the nemesis's cut) and writes the same ground-truth lines, each
/// after an `instructor` line saying who asked. A command that cannot apply now is refused with a typed reason (the server counts it) and changes nothing.
/// </summary>
public sealed class Instructor
{
    private readonly Scenario _scenario;
    private readonly EmuWorld _world;
    private readonly NetworkNemesis _nemesis;
    private readonly Lock _lock = new();
    private readonly HashSet<int> _paused = [];
    private IReadOnlyList<IReadOnlyList<int>>? _partition;
    private int _partitions;
    private volatile bool _started;
    private volatile bool _ended;

    public Instructor(Scenario scenario, EmuWorld world, NetworkNemesis nemesis, HistoryRecorder history)
    {
        ArgumentNullException.ThrowIfNull(history);
        _scenario = scenario;
        _world = world;
        _nemesis = nemesis;
        History = history;
        history.EventRecorded += e =>
        {
            _started |= e.Type == HistoryType.Start;
            _ended |= e.Type is HistoryType.End or HistoryType.Interrupted;
        };
    }

    /// <summary>The run's scenario.</summary>
    public Scenario Scenario => _scenario;

    /// <summary>The run's history as it is recorded (listen to <see cref="HistoryRecorder.EventRecorded"/>).</summary>
    public HistoryRecorder History { get; }

    /// <summary>Crash, restart, pause or resume <paramref name="general"/>; <see cref="InstructorRefusal.None"/> when done.</summary>
    public InstructorRefusal Apply(InstructorAction action, int general)
    {
        lock (_lock)
        {
            InstructorRefusal refusal = Refusal(action, general);
            if (refusal != InstructorRefusal.None)
            {
                return refusal;
            }

            string name = action.ToString().ToLowerInvariant();
            History.Record(new HistoryEvent { TimeMs = _world.NowMs, Type = HistoryType.Instructor, General = general, Action = name, Detail = $"{name} general {general}" });
            switch (action)
            {
                case InstructorAction.Crash:
                    _paused.Remove(general);
                    _world.PowerCut(general, -1, "kill -9 (instructor)");
                    break;
                case InstructorAction.Restart:
                    _world.Restart(general);
                    break;
                case InstructorAction.Pause:
                    _world.Pause(general);
                    _paused.Add(general);
                    History.Record(new HistoryEvent { TimeMs = _world.NowMs, Type = HistoryType.Pause, General = general, DurationMs = -1 });
                    break;
                case InstructorAction.Resume:
                    _paused.Remove(general);
                    long backlog = _world.Resume(general);
                    History.Record(new HistoryEvent { TimeMs = _world.NowMs, Type = HistoryType.Resume, General = general, Backlog = Math.Max(0, backlog) });
                    _world.Step(general);
                    break;
            }

            return InstructorRefusal.None;
        }
    }

    /// <summary>Cuts every link between the two <paramref name="groups"/> until <see cref="Heal"/>.</summary>
    public InstructorRefusal Partition(IReadOnlyList<IReadOnlyList<int>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        lock (_lock)
        {
            InstructorRefusal refusal = !Live ? InstructorRefusal.NotLive
                : !TwoGroupsOfGenerals(groups) ? InstructorRefusal.BadGroups
                : _partition != null ? InstructorRefusal.PartitionActive
                : InstructorRefusal.None;
            if (refusal != InstructorRefusal.None)
            {
                return refusal;
            }

            _partition = groups;
            string words = string.Join(" | ", groups.Select(g => string.Join(',', g.Select(id => id.ToString(CultureInfo.InvariantCulture)))));
            History.Record(new HistoryEvent { TimeMs = _world.NowMs, Type = HistoryType.Instructor, Action = "partition", Detail = words });
            _nemesis.Cut(groups);
            History.Record(PartitionLine(HistoryType.PartitionStart));
            return InstructorRefusal.None;
        }
    }

    /// <summary>Ends the instructor's partition.</summary>
    public InstructorRefusal Heal()
    {
        lock (_lock)
        {
            InstructorRefusal refusal = !Live ? InstructorRefusal.NotLive : _partition == null ? InstructorRefusal.NoPartition : InstructorRefusal.None;
            if (refusal != InstructorRefusal.None)
            {
                return refusal;
            }

            History.Record(new HistoryEvent { TimeMs = _world.NowMs, Type = HistoryType.Instructor, Action = "heal", Detail = "end of the instructor's partition" });
            _nemesis.Uncut();
            History.Record(PartitionLine(HistoryType.PartitionEnd));
            _partition = null;
            _partitions++;
            return InstructorRefusal.None;
        }
    }

    private bool Live => _started && !_ended;

    // An instructor's partitions are numbered after the scenario's, so every partition-start pairs with its end by number.
    private HistoryEvent PartitionLine(HistoryType type) => new()
    {
        TimeMs = _world.NowMs, Type = type, Partition = _scenario.Partitions.Count + _partitions, Groups = _partition!, OneWay = false,
    };

    private InstructorRefusal Refusal(InstructorAction action, int general) =>
        general < 1 || general > _scenario.Generals ? InstructorRefusal.UnknownGeneral
        : !Live ? InstructorRefusal.NotLive
        : action switch
        {
            InstructorAction.Crash or InstructorAction.Pause when !_world.IsRunning(general) => InstructorRefusal.GeneralDown,
            InstructorAction.Restart when _world.IsRunning(general) => InstructorRefusal.GeneralRunning,
            InstructorAction.Pause when _paused.Contains(general) => InstructorRefusal.AlreadyPaused,
            InstructorAction.Pause when _world.PauseUnsupported != null => InstructorRefusal.PauseUnsupported,
            InstructorAction.Resume when !_paused.Contains(general) => InstructorRefusal.NotPaused,
            InstructorAction.Partition or InstructorAction.Heal => InstructorRefusal.UnknownCommand,
            _ => InstructorRefusal.None,
        };

    private bool TwoGroupsOfGenerals(IReadOnlyList<IReadOnlyList<int>> groups) =>
        groups.Count == 2 && groups.All(g => g.Count > 0 && g.All(id => id >= 1 && id <= _scenario.Generals))
        && groups[0].Concat(groups[1]).Distinct().Count() == groups[0].Count + groups[1].Count;
}
