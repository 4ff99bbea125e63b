using Generals.Core.Runtime;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Worlds.Sim;

/// <summary>
/// The deterministic simulator: the run loop over the simulated world (<see cref="SimWorld"/>), with a seeded nemesis in
/// the shared network, and the real node code driven through <see cref="NodeRuntime"/>. Frames are the real bytes,
/// addressed by the real topic names. The same scenario and seed give the same history, event for event.
/// </summary>
public sealed class Simulator
{
    private readonly SimWorld _world;
    private readonly HarnessNetwork _network;
    private readonly HistoryRecorder _history;
    private readonly RunLoop _loop;

    public Simulator(Scenario scenario, ulong seed, SimOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new SimOptions();
        var root = new Prng(seed);
        var nemesis = new NetworkNemesis(scenario, root.Fork());
        Prng faultRandom = root.Fork();
        var telemetry = new TelemetryAuthenticator(scenario.Kit, TelemetryKeyRing.FromSeed(seed, scenario.Generals));
        _history = new HistoryRecorder(() => _world!.NowMs, int.MaxValue, options.StopAfter);
        _world = new SimWorld(scenario, seed, options, _history);
        _network = new HarnessNetwork(scenario.Generals, nemesis, _history, _world, telemetry, options.RecordNetwork);
        _world.Attach(_network);
        _loop = new RunLoop(scenario, _world, _network, _history, faultRandom);
    }

    /// <summary>Runs the scenario to its end and returns the history.</summary>
    public SimResult Run()
    {
        _loop.RunAsync().GetAwaiter().GetResult();
        _loop.RecordEnd();
        return new SimResult(_history.Recorded(), _world.Events, _network.FramesDelivered, _network.FramesSent)
        {
            Signature = _world.Signatures.Description,
            SignedFrames = _network.SignedFrames().ToDictionary(kv => kv.Key.ToString().ToLowerInvariant(), kv => kv.Value),
            TelemetryCounts = _network.Telemetry.Counts(),
            OneTimeKeysUsed = _world.Signatures.OneTimeKeysUsed,
        };
    }
}
