using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds;

namespace Generals.Harness.Worlds.Sim;

/// <summary>
/// The simulated world: one process, virtual time in a priority queue (ties in scheduling order), generals as objects
/// driven through <see cref="NodeRuntime"/> over simulated seams, a store that loses unflushed writes at a power cut and
/// can cut the power at a chosen write. Frames are the real bytes on the real topic names.
/// </summary>
public sealed class SimWorld : IWorld
{
    private readonly Scenario _scenario;
    private readonly ulong _seed;
    private readonly SimOptions _options;
    private readonly SimNode[] _nodes;
    private readonly HistoryRecorder _history;
    private readonly PriorityQueue<SimEvent, (long, long)> _queue = new();
    private HarnessNetwork? _network;
    private long _nowMs;
    private long _order;
    private uint _controlSequence;

    public SimWorld(Scenario scenario, ulong seed, SimOptions options, HistoryRecorder history)
    {
        _scenario = scenario;
        _seed = seed;
        _options = options;
        _history = history;
        _nodes = Enumerable.Range(0, scenario.Generals + 1).Select(i => new SimNode(i)).ToArray();
        Signatures = SimSignatures.Create(scenario, seed, _nodes.Select(n => (IStore)n.Store).ToList(), options.Costs?.Hashes);
    }

    public event Action<int>? GeneralBack;

    public string Name => "sim";

    public string Description => "simulated: virtual time, seeded network";

    /// <summary>Virtual time: a restart takes no time and nothing runs late.</summary>
    public Timing.WorldTiming Timing => Generals.Harness.Timing.WorldTiming.Exact;

    public long NowMs => _nowMs;

    /// <summary>Events executed so far.</summary>
    public long Events { get; private set; }

    /// <summary>The run's signature scheme and keys.</summary>
    public SimSignatures Signatures { get; }

    public ISigner HarnessSigner => Signatures.Harness;

    public (SignatureScheme Scheme, int SignatureBytes) ForgedSignature => (Signatures.Scheme, Signatures.SignatureBytes);

    /// <summary>Connects the network the generals publish to (built after the world, since it delivers through it).</summary>
    public void Attach(HarnessNetwork network) => _network = network;

    public uint NextControlSequence() => ++_controlSequence;

    public void At(long atMs, Action action) => Enqueue(atMs, new SimEvent(SimEventKind.Run, 0) { Action = action });

    /// <summary>Every operation a scenario can ask for is offered here.</summary>
    public string? Refuses(Scenario scenario) => null;

    public Task<bool> StartAsync() => Task.FromResult(true);

    public void PowerOnAll()
    {
        for (int id = 1; id <= _scenario.Generals; id++)
        {
            PowerOn(_nodes[id]);
        }
    }

    public Task RunUntilAsync(long endMs)
    {
        // A run the history stopped (SimOptions.StopAfter) ends after the event being executed, at that event's time.
        while (!_history.Stopped && _queue.TryPeek(out _, out (long Time, long Order) key) && key.Time <= endMs)
        {
            SimEvent e = _queue.Dequeue();
            _nowMs = key.Time;
            Events++;
            if (Events > _options.EventsMax)
            {
                throw new InvalidOperationException($"simulation exceeded {_options.EventsMax} events");
            }

            Execute(e);
        }

        _nowMs = _history.Stopped ? _nowMs : endMs;
        return Task.CompletedTask;
    }

    public bool IsDown(int general) => _nodes[general].State == SimNodeState.Down;

    public void PowerCut(int general, long restartAfterMs) =>
        PowerCut(_nodes[general], restartAfterMs < 0 ? "crash" : "power cut", restartAfterMs);

    public void ArmPowerCut(int general, FaultSpec fault, Prng random)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(random);
        SimNode node = _nodes[general];
        long offset = random.NextBelow((uint)Math.Max(1, fault.WithinWrites));
        node.Store.CrashAtWrite(node.Store.DurableWrites + offset);
        node.ArmedRestartAfterMs = fault.RestartAfterMs;
        Enqueue(_nowMs + fault.DeadlineMs, new SimEvent(SimEventKind.PowerCutDeadline, node.Id) { Generation = node.Generation });
    }

    public bool Pause(int general)
    {
        SimNode node = _nodes[general];
        if (node.State != SimNodeState.Up)
        {
            return false;
        }

        node.State = SimNodeState.Paused;
        return true;
    }

    public long Resume(int general)
    {
        SimNode node = _nodes[general];
        if (node.State != SimNodeState.Paused)
        {
            return -1;
        }

        node.State = SimNodeState.Up;
        return node.Transport!.Backlog;
    }

    public void ScheduleDelivery(long atMs, int to, byte[] frame, HistoryEvent? sent) =>
        Enqueue(atMs, new SimEvent(SimEventKind.Deliver, to) { Bytes = frame, Sent = sent });

    public DeliveryResult Deliver(int to, byte[] frame)
    {
        SimNode node = _nodes[to];
        if (node.State == SimNodeState.Down)
        {
            return DeliveryResult.ReceiverDown;
        }

        return node.Transport!.Enqueue(new InboundMessage(InboundChannel.Inbox, frame)) ? DeliveryResult.Delivered : DeliveryResult.BacklogFull;
    }

    public void SendControl(int to, byte[] frame)
    {
        SimNode node = _nodes[to];
        if (node.State != SimNodeState.Down)
        {
            node.Transport!.Enqueue(new InboundMessage(InboundChannel.Control, frame));
        }
    }

    public void InjectInbox(int to, byte[] bytes)
    {
        SimNode node = _nodes[to];
        if (node.State != SimNodeState.Down)
        {
            node.Transport!.Enqueue(new InboundMessage(InboundChannel.Inbox, bytes));
        }
    }

    public void Step(int general)
    {
        SimNode node = _nodes[general];
        if (node.State == SimNodeState.Up)
        {
            Step(node);
        }
    }

    /// <summary>A rogue client's frames reach the harness's telemetry gate at once, as a general's own would.</summary>
    public void PublishRogueTelemetry(int general, List<(TelemetryChannel Channel, byte[] Frame)> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        foreach ((TelemetryChannel channel, byte[] frame) in frames)
        {
            if (channel == TelemetryChannel.Events)
            {
                _network!.OnTelemetry(general, frame);
            }
            else
            {
                _network!.OnStatus(general, frame);
            }
        }
    }

    /// <summary>The network loses every frame while the broker is down (its plan says so); there is no broker to stop.</summary>
    public string BrokerDown() => "";

    public void BrokerUp()
    {
    }

    public void Heal()
    {
        foreach (SimNode armed in _nodes)
        {
            armed.Store.Disarm();
            armed.ArmedRestartAfterMs = -1;
        }
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
                _network!.Deliver(e.Node, e.Bytes!, e.Sent);
                break;
            case SimEventKind.Restart:
                if (node.State == SimNodeState.Down && e.Generation == node.Generation)
                {
                    PowerOn(node);
                }

                break;
            case SimEventKind.PowerCutDeadline:
                if (node.ArmedRestartAfterMs >= 0 && e.Generation == node.Generation && node.State != SimNodeState.Down)
                {
                    PowerCut(node, "power cut (deadline; no store write came)", node.ArmedRestartAfterMs);
                }

                break;
            case SimEventKind.Run:
                e.Action!();
                break;
        }
    }

    private void PowerOn(SimNode node)
    {
        bool restart = node.Clock != null;
        node.State = SimNodeState.Up;
        node.Clock = new SimClock(() => _nowMs, _nowMs);
        node.Transport = new SimTransport((topic, bytes) => OnPublish(node, topic, bytes));
        var keys = new NodeKeys
        {
            Signer = Signatures.SignerFor(node.Id, node.Store),
            Verifier = Signatures.Verifier,
            TelemetryKey = TelemetryKeyRing.DerivedKey(_seed, node.Id),
            // A board sets its keys at boot (it allocates up front), which is what the cost meter measures; a plain run makes
            // each link's seal at its first frame, so a simulation of thousands holds only the links it uses.
            LinkKeys = _options.Costs != null ? DerivedLinkKeys.SetUpFront(_seed, node.Id, _scenario.Generals) : DerivedLinkKeys.For(_seed, node.Id, _scenario.Generals),
        };
        NodeSettings settings = NodeSettingsFactory.Create(_scenario.Kit, node.Id, ScenarioNodeProfile.Generals(_scenario), ScenarioNodeProfile.For(_scenario, _seed), keys);
        _options.OnNodeSettings?.Invoke(settings);
        _options.Costs?.Watch(settings);
        node.Runtime = new NodeRuntime(
            StandardModules.CreateGeneral(settings, _options.Parts?.Invoke()), _options.Costs?.Transport(node.Transport) ?? node.Transport, _options.Costs?.Store(node.Store) ?? node.Store, node.Clock, new SimBoard(), _scenario.Kit, node.Id);
        if (restart)
        {
            _history.Record(GroundTruth.Restart(_nowMs, node.Id));
        }

        long writesBefore = node.Store.DurableWrites;
        try
        {
            using IDisposable? call = _options.Costs?.Enter(node.Id, _nowMs);
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
            GeneralBack?.Invoke(node.Id);
        }

        ScheduleWake(node);
    }

    private void Step(SimNode node)
    {
        long writesBefore = node.Store.DurableWrites;
        try
        {
            using IDisposable? call = _options.Costs?.Enter(node.Id, _nowMs);
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
            Enqueue(absolute, new SimEvent(SimEventKind.Wake, node.Id) { Generation = node.Generation });
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
        _history.Record(GroundTruth.Crash(_nowMs, node.Id, detail, restartAfterMs));
        if (restartAfterMs >= 0)
        {
            Enqueue(_nowMs + restartAfterMs, new SimEvent(SimEventKind.Restart, node.Id) { Generation = node.Generation });
        }
    }

    private void OnPublish(SimNode node, string topic, byte[] bytes)
    {
        if (topic.EndsWith("/events", StringComparison.Ordinal))
        {
            _network!.OnTelemetry(node.Id, bytes);
        }
        else if (topic.EndsWith("/status", StringComparison.Ordinal))
        {
            _network!.OnStatus(node.Id, bytes);
        }
        else if (topic.Contains("/wire/", StringComparison.Ordinal))
        {
            _network!.OnWire(node.Id, bytes);
        }
    }

    private void RecordFlush(SimNode node, long writesBefore)
    {
        long writes = node.Store.DurableWrites - writesBefore;
        if (writes > 0)
        {
            _history.Record(new HistoryEvent { TimeMs = _nowMs, Type = HistoryType.Flush, General = node.Id, Writes = writes });
        }
    }

    private void Enqueue(long timeMs, SimEvent e) => _queue.Enqueue(e, (timeMs, _order++));
}
