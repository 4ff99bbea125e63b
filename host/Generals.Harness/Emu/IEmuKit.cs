using Generals.Core.Crypto;
using Generals.Harness.Crypto;

namespace Generals.Harness.Emu;

/// <summary>The throwaway kit of an emulated run: config, keys and broker credentials inside the run folder.</summary>
public interface IEmuKit
{
    /// <summary>The kit's broker credentials (one user per general, and the harness).</summary>
    KitCredentials Credentials { get; }

    /// <summary>The harness key that signs control commands.</summary>
    ISigner HarnessSigner { get; }

    /// <summary>The harness's copy of every general's telemetry key, to admit only what the generals themselves report.</summary>
    TelemetryKeyRing TelemetryKeys { get; }

    /// <summary>The arguments of `generals node` for general <paramref name="id"/>.</summary>
    IReadOnlyList<string> NodeArguments(int id, string brokerUrl, string dataFolder);
}
