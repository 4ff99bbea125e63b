using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Nemesis;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Sim;

/// <summary>
/// The deterministic simulator: one process, virtual time, a seeded nemesis, and the real node code driven
/// through <see cref="NodeRuntime"/> over simulated seams. Frames are the real bytes, addressed by the real
/// topic names. The same scenario and seed give the same history, event for event.
/// </summary>
public sealed class Simulator
{
    private readonly Scenario _scenario;
    private readonly ulong _seed;
    private readonly SimOptions _options;
    private readonly string _kit;
    private readonly SimNode[] _nodes;
    private readonly NetworkNemesis _nemesis;
    private readonly Prng _faultRandom;
    private readonly SimSignatures _signatures;
    private readonly ISigner _harnessSigner;
    private readonly Dictionary<SignatureScheme, long> _signedFrames = [];
    private readonly TelemetryAuthenticator _telemetry;
    private readonly PriorityQueue<SimEvent, (long, long)> _queue = new();
    private readonly List<HistoryEvent> _history = [];
    private long _nowMs;
    private long _order;
    private long _events;
    private long _framesSent;
    private long _framesDelivered;
    private uint _controlSequence;

    public Simulator(Scenario scenario, ulong seed, SimOptions? options = null)
    {
        _scenario = scenario;
        _seed = seed;
        _options = options ?? new SimOptions();
        _kit = scenario.Kit;
        var root = new Prng(seed);
        _nemesis = new NetworkNemesis(scenario, root.Fork());
        _faultRandom = root.Fork();
        _telemetry = new TelemetryAuthenticator(_kit, TelemetryKeyRing.FromSeed(seed, scenario.Generals));
        _nodes = Enumerable.Range(0, scenario.Generals + 1).Select(i => new SimNode(i)).ToArray();
        _signatures = SimSignatures.Create(scenario, seed, _nodes.Select(n => (IStore)n.Store).ToList());
        _harnessSigner = _signatures.Harness;
    }

    /// <summary>Runs the scenario to its end and returns the history.</summary>
    public SimResult Run()
    {
        Record(new HistoryEvent { TimeMs = 0, Type = HistoryType.Start, World = "sim", Detail = "simulated: virtual time, seeded network" });
        foreach (HistoryEvent planned in PlannedFaults.Partitions(_scenario).Concat(PlannedFaults.BrokerOutages(_scenario)))
        {
            At(planned.TimeMs, new SimEvent(SimEventKind.Note, 0) { Note = planned });
        }

        for (int id = 1; id <= _scenario.Generals; id++)
        {
            PowerOn(_nodes[id]);
        }

        foreach (FaultSpec fault in _scenario.Faults.Where(f => f.Kind != "broker-restart"))
        {
            foreach (int target in fault.Kind is "rogue" or "rogue-telemetry" && fault.Node == 0 ? Enumerable.Range(1, _scenario.Generals) : [fault.Node])
            {
                At(fault.AtMs, new SimEvent(SimEventKind.Fault, target) { Fault = fault });
            }
        }

        foreach (WorkloadSpec work in _scenario.Workload)
        {
            At(work.AtMs, new SimEvent(SimEventKind.Control, work.Node) { Work = work });
        }

        if (_scenario.Timing.Model == "partially-synchronous")
        {
            At(_scenario.Timing.GstMs, new SimEvent(SimEventKind.Gst, 0));
        }

        At(_scenario.DurationMs, new SimEvent(SimEventKind.Heal, 0));
        long endMs = _scenario.DurationMs + _scenario.SettleMs;
        while (_queue.TryPeek(out _, out (long Time, long Order) key) && key.Time <= endMs)
        {
            SimEvent e = _queue.Dequeue();
            _nowMs = key.Time;
            _events++;
            if (_events > _options.EventsMax)
            {
                throw new InvalidOperationException($"simulation exceeded {_options.EventsMax} events");
            }

            Execute(e);
        }

        _nowMs = endMs;
        Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.End });
        return new SimResult(_history, _events, _framesDelivered, _framesSent)
        {
            Signature = _signatures.Description,
            SignedFrames = _signedFrames.ToDictionary(kv => kv.Key.ToString().ToLowerInvariant(), kv => kv.Value),
            TelemetryCounts = _telemetry.Counts(),
            OneTimeKeysUsed = _signatures.OneTimeKeysUsed,
        };
    }

    private void Execute(SimEvent e)
    {
        SimNode node = _nodes[e.Node];
        switch (e.Kind)
        {
            case SimEventKind.Wake:
                if (node.State == SimNodeState.Up && e.Generation == node.Generation && node.ScheduledWakeMs == _nowMs)
                {
                    node.ScheduledWakeMs = long.MaxValue;
                    Step(node);
                }

                break;
            case SimEventKind.Deliver:
                Deliver(node, e);
                break;
            case SimEventKind.Fault:
                Fault(node, e.Fault!);
                break;
            case SimEventKind.Restart:
                if (node.State == SimNodeState.Down && e.Generation == node.Generation)
                {
                    PowerOn(node);
                }

                break;
            case SimEventKind.Resume:
                if (node.State == SimNodeState.Paused)
                {
                    node.State = SimNodeState.Up;
                    Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Resume, General = node.Id, Backlog = node.Transport!.Backlog });
                    Step(node);
                }

                break;
            case SimEventKind.PowerCutDeadline:
                if (node.ArmedRestartAfterMs >= 0 && e.Generation == node.Generation && node.State != SimNodeState.Down)
                {
                    PowerCut(node, "power cut (deadline; no store write came)", node.ArmedRestartAfterMs);
                }

                break;
            case SimEventKind.Control:
                SendControl(e.Work!, e.Node);
                break;
            case SimEventKind.Heal:
                _nemesis.Heal();
                foreach (SimNode armed in _nodes)
                {
                    armed.Store.Disarm();
                    armed.ArmedRestartAfterMs = -1;
                }

                Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Heal });
                break;
            case SimEventKind.Gst:
                Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Gst });
                break;
            case SimEventKind.Note:
                Record(e.Note! with { TimeMs = _nowMs });
                break;
        }
    }

    private void PowerOn(SimNode node)
    {
        bool restart = node.Clock != null;
        node.State = SimNodeState.Up;
        node.Clock = new SimClock(() => _nowMs, _nowMs);
        node.Transport = new SimTransport((topic, bytes) => OnPublish(node, topic, bytes));
        var settings = new NodeSettings
        {
            Kit = _kit,
            Id = node.Id,
            Peers = Enumerable.Range(1, _scenario.Generals).Where(i => i != node.Id).ToArray(),
            Reliable = _scenario.Link.Reliable,
            Authenticated = _scenario.Link.Authenticated,
            DurableSend = _scenario.Link.Durable,
            Signer = _signatures.SignerFor(node.Id, node.Store),
            Verifier = _signatures.Verifier,
            TelemetryKey = TelemetryKeyRing.DerivedKey(_seed, node.Id),
            LinkKeys = DerivedLinkKeys.For(_seed, node.Id, Enumerable.Range(1, _scenario.Generals).Where(i => i != node.Id)),
            Seed = _seed ^ ((ulong)node.Id * 0x9E3779B97F4A7C15UL),
            RetransmitInitialMs = _scenario.Link.RetransmitInitialMs,
            RetransmitMaxMs = _scenario.Link.RetransmitMaxMs,
        };
        node.Runtime = new NodeRuntime(new General(settings, StandardModules.Create()), node.Transport, node.Store, node.Clock, new SimBoard(), _kit, node.Id);
        if (restart)
        {
            Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Restart, General = node.Id });
        }

        long writesBefore = node.Store.DurableWrites;
        try
        {
            node.Runtime.Start();
        }
        catch (SimulatedCrashException crash)
        {
            PowerCut(node, $"power cut at store write {crash.WriteIndex} (during boot)", node.ArmedRestartAfterMs);
            return;
        }

        RecordFlush(node, writesBefore);
        if (restart)
        {
            foreach (WorkloadSpec standing in _scenario.Workload.Where(w => w.Standing && (w.Node == 0 || w.Node == node.Id) && w.AtMs <= _nowMs))
            {
                At(_nowMs + 1, new SimEvent(SimEventKind.Control, node.Id) { Work = standing });
            }
        }

        ScheduleWake(node);
    }

    private void Step(SimNode node)
    {
        long writesBefore = node.Store.DurableWrites;
        try
        {
            node.Runtime!.Step();
        }
        catch (SimulatedCrashException crash)
        {
            RecordFlush(node, writesBefore);
            PowerCut(node, $"power cut at store write {crash.WriteIndex}", node.ArmedRestartAfterMs);
            return;
        }

        RecordFlush(node, writesBefore);
        ScheduleWake(node);
    }

    private void ScheduleWake(SimNode node)
    {
        long wake = node.Runtime!.NextWakeMs;
        if (wake == long.MaxValue)
        {
            return;
        }

        long absolute = Math.Max(node.Clock!.BootTimeMs + wake, _nowMs);
        if (absolute < node.ScheduledWakeMs || node.ScheduledWakeMs < _nowMs)
        {
            node.ScheduledWakeMs = absolute;
            At(absolute, new SimEvent(SimEventKind.Wake, node.Id) { Generation = node.Generation });
        }
    }

    private void PowerCut(SimNode node, string detail, long restartAfterMs)
    {
        node.Store.Crash();
        node.Store.Disarm();
        node.Transport?.Clear();
        node.Runtime = null;
        node.State = SimNodeState.Down;
        node.ScheduledWakeMs = long.MaxValue;
        node.ArmedRestartAfterMs = -1;
        node.Generation++;
        Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Crash, General = node.Id, Detail = detail, RestartAfterMs = Math.Max(-1, restartAfterMs) });
        if (restartAfterMs >= 0)
        {
            At(_nowMs + restartAfterMs, new SimEvent(SimEventKind.Restart, node.Id) { Generation = node.Generation });
        }
    }

    private void Fault(SimNode node, FaultSpec fault)
    {
        if (fault.Kind == "rogue-telemetry")
        {
            // A rogue client needs no general to be up: it publishes on the general's topics whatever its state.
            if (_nowMs < _scenario.DurationMs)
            {
                PublishRogueTelemetry(node.Id, fault);
            }

            return;
        }

        if (node.State == SimNodeState.Down)
        {
            return;
        }

        switch (fault.Kind)
        {
            case var _ when _nowMs >= _scenario.DurationMs:
                return;
            case "crash-stop":
                PowerCut(node, "crash", -1);
                break;
            case "crash-recovery":
                PowerCut(node, "power cut", fault.RestartAfterMs);
                break;
            case "pause":
                if (node.State == SimNodeState.Up)
                {
                    node.State = SimNodeState.Paused;
                    Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Pause, General = node.Id, DurationMs = fault.DurationMs });
                    At(_nowMs + fault.DurationMs, new SimEvent(SimEventKind.Resume, node.Id));
                }

                break;
            case "rogue":
                Rogue(node, fault);
                break;
            case "power-cut-at-write":
                long offset = _faultRandom.NextBelow((uint)Math.Max(1, fault.WithinWrites));
                node.Store.CrashAtWrite(node.Store.DurableWrites + offset);
                node.ArmedRestartAfterMs = fault.RestartAfterMs;
                At(_nowMs + fault.DeadlineMs, new SimEvent(SimEventKind.PowerCutDeadline, node.Id) { Generation = node.Generation });
                break;
        }
    }

    private void Rogue(SimNode node, FaultSpec fault)
    {
        List<byte[]> frames = RogueTraffic.InboxFrames(_kit, node.Id, fault.Count, _faultRandom);
        _controlSequence++;
        byte[] forged = RogueTraffic.ForgedControl(_kit, node.Id, node.Id == 1 ? 2 : 1, _signatures.Scheme, _signatures.SignatureBytes, _controlSequence, _faultRandom);
        Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Rogue, General = node.Id, Inputs = frames.Count + 1 });
        foreach (byte[] frame in frames)
        {
            node.Transport!.Enqueue(new InboundMessage(InboundChannel.Inbox, frame));
        }

        node.Transport!.Enqueue(new InboundMessage(InboundChannel.Control, forged));
        if (node.State == SimNodeState.Up)
        {
            Step(node);
        }
    }

    private void PublishRogueTelemetry(int target, FaultSpec fault)
    {
        List<(TelemetryChannel Channel, byte[] Frame)> frames = RogueTelemetry.Frames(_kit, target, fault.Count, _telemetry, _faultRandom);
        Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.RogueTelemetry, General = target, Frames = frames.Count });
        foreach ((TelemetryChannel channel, byte[] frame) in frames)
        {
            if (channel == TelemetryChannel.Events)
            {
                Record(_telemetry.OnEvents(target, frame, _nowMs));
            }
            else
            {
                RecordRefusal(_telemetry.OnStatus(target, frame, _nowMs));
            }
        }
    }

    private void SendControl(WorkloadSpec work, int target)
    {
        ControlCommand command = ControlCommands.For(work);
        IEnumerable<int> targets = target == 0 ? Enumerable.Range(1, _scenario.Generals) : [target];
        foreach (int id in targets)
        {
            SimNode node = _nodes[id];
            _controlSequence++;
            byte[]? frame = ControlCommands.SignedFrame(_kit, id, _controlSequence, command, _harnessSigner);
            if (frame == null)
            {
                Record(new HistoryEvent
                {
                    TimeMs = _nowMs, Type = HistoryType.UnplannedFault, General = FrameLimits.HarnessId,
                    Detail = ControlCommands.SignFailure(work, id, _harnessSigner.LastError),
                });
                continue;
            }

            CountSignature(frame);
            Record(ControlCommands.HistoryOf(_nowMs, id, command));
            if (node.State == SimNodeState.Down)
            {
                continue;
            }

            node.Transport!.Enqueue(new InboundMessage(InboundChannel.Control, frame));
            if (node.State == SimNodeState.Up)
            {
                Step(node);
            }
        }
    }

    private void OnPublish(SimNode node, string topic, byte[] bytes)
    {
        if (topic.EndsWith("/events", StringComparison.Ordinal))
        {
            Record(_telemetry.OnEvents(node.Id, bytes, _nowMs));
            return;
        }

        if (topic.EndsWith("/status", StringComparison.Ordinal))
        {
            RecordRefusal(_telemetry.OnStatus(node.Id, bytes, _nowMs));
            return;
        }

        if (!topic.Contains("/wire/", StringComparison.Ordinal))
        {
            return;
        }

        FrameRejection rejection = FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout frame);
        if (rejection != FrameRejection.None)
        {
            Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.MalformedFrame, From = node.Id, Reason = HistoryNames.Of(rejection) });
            return;
        }

        CountSignature(bytes);
        if (frame.To == FrameLimits.Broadcast)
        {
            for (int id = 1; id <= _scenario.Generals; id++)
            {
                if (id != node.Id)
                {
                    Route(node.Id, id, frame, bytes);
                }
            }
        }
        else if (frame.To >= 1 && frame.To <= _scenario.Generals)
        {
            Route(node.Id, frame.To, frame, bytes);
        }
    }

    private void Route(int from, int to, FrameLayout frame, byte[] bytes)
    {
        _framesSent++;
        HistoryEvent sent = SendEvent.For(_nowMs, from, to, frame, bytes);
        RecordNetwork(sent);
        foreach (NemesisAction action in _nemesis.Decide(from, to, bytes, _nowMs))
        {
            if (action.Type != HistoryType.Deliver)
            {
                RecordNetwork(SendEvent.Fate(sent, action));
            }

            if (!action.Deliver)
            {
                continue;
            }

            At(_nowMs + action.DelayMs, new SimEvent(SimEventKind.Deliver, to) { Bytes = action.Bytes, Sent = sent });
        }
    }

    private void Deliver(SimNode node, SimEvent e)
    {
        HistoryEvent sent = e.Sent!;
        if (node.State == SimNodeState.Down)
        {
            RecordNetwork(SendEvent.Dropped(sent, _nowMs, "receiver down"));
            return;
        }

        if (!node.Transport!.Enqueue(new InboundMessage(InboundChannel.Inbox, e.Bytes!)))
        {
            RecordNetwork(SendEvent.Dropped(sent, _nowMs, "receiver backlog full"));
            return;
        }

        _framesDelivered++;
        RecordNetwork(SendEvent.Delivered(sent, _nowMs));
        if (node.State == SimNodeState.Up)
        {
            Step(node);
        }
    }

    private void RecordFlush(SimNode node, long writesBefore)
    {
        long writes = node.Store.DurableWrites - writesBefore;
        if (writes > 0)
        {
            Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Flush, General = node.Id, Writes = writes });
        }
    }

    private void RecordNetwork(HistoryEvent e)
    {
        if (_options.RecordNetwork)
        {
            _history.Add(e);
        }
    }

    private void Record(HistoryEvent e) => _history.Add(e);

    /// <summary>Counts a frame by the signature scheme its bytes carry: what the run really used, for results.json.</summary>
    private void CountSignature(byte[] bytes)
    {
        if (FrameCodec.TryRead(bytes, 0, bytes.Length, out FrameLayout layout) == FrameRejection.None && layout.Scheme != SignatureScheme.None)
        {
            _signedFrames[layout.Scheme] = _signedFrames.GetValueOrDefault(layout.Scheme) + 1;
        }
    }

    private void RecordRefusal(HistoryEvent? refused)
    {
        if (refused != null)
        {
            Record(refused);
        }
    }

    private void At(long timeMs, SimEvent e) => _queue.Enqueue(e, (timeMs, _order++));
}
