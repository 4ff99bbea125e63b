using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Generator;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;
using Generals.Harness.Worlds;

namespace Generals.Harness.Runs;

/// <summary>
/// The one interpreter of a scenario: it schedules the generator's operations on a world, carries each out against the
/// world's seam when its time comes, and writes the plan's ground truth (start, partitions, broker outages, pauses,
/// rogue traffic, control commands, GST, heal). What a world does physically (a power cut, a restart) it writes itself.
/// The same loop runs simulated, emulated and lab runs.
/// </summary>
public sealed class RunLoop
{
    private readonly Scenario _scenario;
    private readonly IWorld _world;
    private readonly HarnessNetwork _network;
    private readonly HistoryRecorder _history;
    private readonly Prng _faultRandom;
    private readonly Lock _controlLock = new();
    private long _planStartMs = -1;

    public RunLoop(Scenario scenario, IWorld world, HarnessNetwork network, HistoryRecorder history, Prng faultRandom)
    {
        _scenario = scenario;
        _world = world;
        _network = network;
        _history = history;
        _faultRandom = faultRandom;
        world.GeneralBack += OnGeneralBack;
    }

    /// <summary>The world time of the start line (-1 before it).</summary>
    public long PlanStartMs => Interlocked.Read(ref _planStartMs);

    /// <summary>Refuses a scenario the world cannot run; else brings the world up, writes the start line, schedules every operation and lets the run's time pass.</summary>
    public async Task RunAsync()
    {
        string? refusal = _world.Refuses(_scenario);
        if (refusal != null)
        {
            throw new ScenarioException($"the {_world.Name} world cannot run {_scenario.Name}: {refusal}");
        }

        bool ready = await _world.StartAsync().ConfigureAwait(false);
        IReadOnlyList<TimingNeed> needs = PlanTiming.Needs(_scenario);
        if (ready && TimingFit.Refusal(needs, _world.Timing) is string late)
        {
            throw new ScenarioException($"the {_world.Name} world cannot honour the timing of {_scenario.Name}: {late}")
            {
                NeededScale = TimingFit.ScaleFor(needs, _world.Timing.At(1)),
            };
        }

        long start = _world.NowMs;
        _network.PlanStartMs = start;
        Interlocked.Exchange(ref _planStartMs, start);
        string detail = $"{_world.Description}; timing: {_world.Timing.Describe()}";
        _history.Record(new HistoryEvent { TimeMs = start, Type = HistoryType.Start, World = _world.Name, Detail = detail });
        if (!ready)
        {
            return;
        }

        foreach (Operation operation in ScenarioGenerator.Operations(_scenario))
        {
            if (operation.Kind == OperationKind.PowerOnAll)
            {
                _world.PowerOnAll();
            }
            else
            {
                _world.At(start + operation.AtMs, () => Apply(operation));
            }
        }

        await _world.RunUntilAsync(start + _scenario.DurationMs + _scenario.SettleMs).ConfigureAwait(false);
    }

    /// <summary>Writes the end line now; returns its time.</summary>
    public long RecordEnd()
    {
        long now = _world.NowMs;
        _history.Record(new HistoryEvent { TimeMs = now, Type = HistoryType.End });
        return now;
    }

    private void Apply(Operation op)
    {
        long now = _world.NowMs;
        switch (op.Kind)
        {
            case OperationKind.Note:
                _history.Record(op.Line! with { TimeMs = now });
                return;
            case OperationKind.BrokerDown:
                _history.Record(op.Line! with { TimeMs = now, Detail = _world.BrokerDown() });
                return;
            case OperationKind.BrokerUp:
                _world.BrokerUp();
                _history.Record(op.Line! with { TimeMs = now });
                return;
            case OperationKind.Control:
                SendControl(op.Work!, op.General);
                return;
            case OperationKind.Gst:
                _history.Record(new HistoryEvent { TimeMs = now, Type = HistoryType.Gst });
                return;
            case OperationKind.Heal:
                _network.Heal();
                _world.Heal();
                _history.Record(new HistoryEvent { TimeMs = now, Type = HistoryType.Heal });
                return;
            case OperationKind.RogueTelemetry:
                // A rogue client needs no general to be up: it publishes on the general's topics whatever its state.
                if (op.AtMs < _scenario.DurationMs)
                {
                    PublishRogueTelemetry(op.General, op.Fault!);
                }

                return;
        }

        if (_world.IsDown(op.General) || op.AtMs >= _scenario.DurationMs)
        {
            return;
        }

        FaultSpec fault = op.Fault!;
        switch (op.Kind)
        {
            case OperationKind.PowerCut:
                _world.PowerCut(op.General, fault.Kind == FaultKind.CrashStop ? -1 : fault.RestartAfterMs);
                break;
            case OperationKind.Pause:
                Pause(op.General, fault.DurationMs);
                break;
            case OperationKind.Rogue:
                Rogue(op.General, fault);
                break;
            case OperationKind.PowerCutAtWrite:
                _world.ArmPowerCut(op.General, fault, _faultRandom);
                break;
        }
    }

    private void Pause(int general, long durationMs)
    {
        if (!_world.Pause(general))
        {
            return;
        }

        long now = _world.NowMs;
        _history.Record(new HistoryEvent { TimeMs = now, Type = HistoryType.Pause, General = general, DurationMs = durationMs });
        _world.At(now + durationMs, () =>
        {
            long backlog = _world.Resume(general);
            if (backlog >= 0)
            {
                _history.Record(new HistoryEvent { TimeMs = _world.NowMs, Type = HistoryType.Resume, General = general, Backlog = backlog });
                _world.Step(general);
            }
        });
    }

    private void Rogue(int target, FaultSpec fault)
    {
        List<byte[]> frames = RogueTraffic.InboxFrames(_scenario.Kit, target, fault.Count, _faultRandom);
        byte[] forged;
        lock (_controlLock)
        {
            (SignatureScheme scheme, int signatureBytes) = _world.ForgedSignature;
            forged = RogueTraffic.ForgedControl(_scenario.Kit, target, target == 1 ? 2 : 1, scheme, signatureBytes, _world.NextControlSequence(), _faultRandom);
        }

        _history.Record(new HistoryEvent { TimeMs = _world.NowMs, Type = HistoryType.Rogue, General = target, Inputs = frames.Count + 1 });
        foreach (byte[] frame in frames)
        {
            _world.InjectInbox(target, frame);
        }

        _world.SendControl(target, forged);
        _world.Step(target);
    }

    private void PublishRogueTelemetry(int target, FaultSpec fault)
    {
        List<(TelemetryChannel Channel, byte[] Frame)> frames = RogueTelemetry.Frames(_scenario.Kit, target, fault.Count, _network.Telemetry, _faultRandom);
        _history.Record(new HistoryEvent { TimeMs = _world.NowMs, Type = HistoryType.RogueTelemetry, General = target, Frames = frames.Count });
        _world.PublishRogueTelemetry(target, frames);
    }

    /// <summary>A general is back after a power cut: the standing workload whose time has passed is sent to it again, 1 ms later.</summary>
    private void OnGeneralBack(int general)
    {
        long start = PlanStartMs;
        if (start < 0)
        {
            return;
        }

        long now = _world.NowMs;
        foreach (WorkloadSpec standing in _scenario.Workload.Where(w => w.Standing && (w.Node == 0 || w.Node == general) && start + w.AtMs <= now))
        {
            _world.At(now + 1, () => SendControl(standing, general));
        }
    }

    private void SendControl(WorkloadSpec work, int target)
    {
        ControlCommand command = ControlCommands.For(work);
        IEnumerable<int> targets = target == 0 ? Enumerable.Range(1, _scenario.Generals) : [target];
        foreach (int id in targets)
        {
            byte[]? frame;
            lock (_controlLock)
            {
                frame = ControlCommands.SignedFrame(_scenario.Kit, id, _world.NextControlSequence(), command, _world.HarnessSigner);
            }

            if (frame == null)
            {
                _history.Record(new HistoryEvent
                {
                    TimeMs = _world.NowMs, Type = HistoryType.UnplannedFault, General = FrameLimits.HarnessId,
                    Detail = ControlCommands.SignFailure(work, id, _world.HarnessSigner.LastError),
                });
                continue;
            }

            _network.CountSignature(frame);
            _history.Record(ControlCommands.HistoryOf(_world.NowMs, id, command));
            _world.SendControl(id, frame);
            _world.Step(id);
        }
    }
}
