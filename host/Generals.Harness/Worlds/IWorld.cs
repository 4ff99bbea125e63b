using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Worlds;

/// <summary>
/// What differs between the runtimes a scenario runs in (simulated, emulated, lab): time, scheduling, power, delivery into
/// a general, control, the broker. The run loop (<see cref="Runs.RunLoop"/>) interprets the scenario against this seam and
/// the network (<see cref="Network.HarnessNetwork"/>) routes through it; nothing else knows which world runs.
/// docs/worlds.md lists what each world can do.
/// </summary>
public interface IWorld : INetworkWorld
{
    /// <summary>The `world` field of the history's start line ("sim", "emu").</summary>
    string Name { get; }

    /// <summary>The start line's detail: how this world runs.</summary>
    string Description { get; }

    /// <summary>
    /// The world's timing facts (restart, jitter, clock, the scale it runs the plan at): exact in the simulator, measured by
    /// <see cref="StartAsync"/> in the emulated world, told in a lab. The run loop refuses a plan these cannot honour.
    /// </summary>
    Timing.WorldTiming Timing { get; }

    /// <summary>Raised when a general that was down has booted again (the run loop re-sends the standing workload).</summary>
    event Action<int>? GeneralBack;

    /// <summary>Runs <paramref name="action"/> at world time <paramref name="atMs"/> (ties in scheduling order).</summary>
    void At(long atMs, Action action);

    /// <summary>Why this world cannot run <paramref name="scenario"/> (an operation it cannot offer, such as a pause on a board), or null.</summary>
    string? Refuses(Scenario scenario);

    /// <summary>Brings the world up (broker, processes, boards) until every general is ready; false when the run is void already.</summary>
    Task<bool> StartAsync();

    /// <summary>
    /// Every general is up at the plan's time 0: the simulator powers them on now; a world whose generals had to boot before
    /// the plan started (processes, boards) has them up already.
    /// </summary>
    void PowerOnAll();

    /// <summary>Lets time pass until world time <paramref name="endMs"/>, running what is scheduled.</summary>
    Task RunUntilAsync(long endMs);

    /// <summary>True while <paramref name="general"/> is powered off (crashed, not yet restarted).</summary>
    bool IsDown(int general);

    /// <summary>Cuts a general's power (crash line written by the world, which knows how); restarts it after <paramref name="restartAfterMs"/> unless negative.</summary>
    void PowerCut(int general, long restartAfterMs);

    /// <summary>A power cut somewhere in the next <see cref="FaultSpec.WithinWrites"/> store writes or by the fault's deadline.</summary>
    void ArmPowerCut(int general, FaultSpec fault, Prng random);

    /// <summary>Stops a running general without losing its state; false when it is not running.</summary>
    bool Pause(int general);

    /// <summary>Lets a paused general run again; the inputs that waited for it, or -1 when it was not paused.</summary>
    long Resume(int general);

    /// <summary>Puts a control frame (signed by the harness, or forged) into a general's control channel.</summary>
    void SendControl(int to, byte[] frame);

    /// <summary>Puts raw bytes into a general's inbox as a rogue client would (no network, no nemesis).</summary>
    void InjectInbox(int to, byte[] bytes);

    /// <summary>Publishes frames on a general's events and status topics as a rogue client holding its broker password.</summary>
    void PublishRogueTelemetry(int general, List<(TelemetryChannel Channel, byte[] Frame)> frames);

    /// <summary>Takes the broker down; the detail for the broker-down line ("" when none).</summary>
    string BrokerDown();

    /// <summary>Brings the broker back.</summary>
    void BrokerUp();

    /// <summary>Ends what the world itself armed (power cuts at store writes) for the settle period.</summary>
    void Heal();

    /// <summary>The key that signs the harness's control commands.</summary>
    ISigner HarnessSigner { get; }

    /// <summary>The scheme a forged control command claims, and the length of its random signature.</summary>
    (SignatureScheme Scheme, int SignatureBytes) ForgedSignature { get; }

    /// <summary>The sequence number of the next control command (one counter for signed and forged ones).</summary>
    uint NextControlSequence();
}
