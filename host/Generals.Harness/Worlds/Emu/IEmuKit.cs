using Generals.Core.Crypto;
using Generals.Harness.Crypto;

namespace Generals.Harness.Worlds.Emu;

/// <summary>The kit of an emulated run: config, keys, broker credentials, and the harness's own state on it.</summary>
public interface IEmuKit
{
    /// <summary>The kit's broker credentials (one user per general, and the harness).</summary>
    KitCredentials Credentials { get; }

    /// <summary>The harness key that signs control commands.</summary>
    ISigner HarnessSigner { get; }

    /// <summary>The harness's copy of every general's telemetry key, to admit only what the generals themselves report.</summary>
    TelemetryKeyRing TelemetryKeys { get; }

    /// <summary>
    /// The sequence number of the next control command: above every one a harness ever sent on this kit, since the
    /// generals refuse a number at or below the last they accepted (<see cref="ControlSequence"/>).
    /// </summary>
    uint NextControlSequence();

    /// <summary>The arguments of `generals node` for general <paramref name="id"/>.</summary>
    IReadOnlyList<string> NodeArguments(int id, string brokerUrl, string dataFolder);
}
