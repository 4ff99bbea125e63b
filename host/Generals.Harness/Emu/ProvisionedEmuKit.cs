using System.Globalization;
using System.Text;
using Generals.Core.Crypto;
using Generals.Harness.Crypto;
using Generals.Harness.Provisioning;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Emu;

/// <summary>
/// The throwaway kit of an emulated run, provisioned inside the run folder: `kit/nf.config` for the scenario's
/// generals, `kit/nf.keys`, and under `secrets/` each signer's private key, each telemetry key (and the harness's
/// copy) and each broker password. The `ideal` scheme is simulation-only, so a scenario that names it runs with
/// Ed25519 here. The harness key stays locked (<see cref="HeldSigner"/>) until the kit is disposed.
/// </summary>
public sealed class ProvisionedEmuKit : IEmuKit, IDisposable
{
    private readonly string _configPath;
    private readonly string _secretsRoot;
    private readonly string _link;
    private readonly ulong _seed;

    private readonly HeldSigner _harnessSigner;

    private ProvisionedEmuKit(
        string configPath, string secretsRoot, KitCredentials credentials, HeldSigner harnessSigner, TelemetryKeyRing telemetryKeys, string link, ulong seed)
    {
        _configPath = configPath;
        _secretsRoot = secretsRoot;
        Credentials = credentials;
        _harnessSigner = harnessSigner;
        TelemetryKeys = telemetryKeys;
        _link = link;
        _seed = seed;
    }

    public KitCredentials Credentials { get; }

    public ISigner HarnessSigner => _harnessSigner;

    public TelemetryKeyRing TelemetryKeys { get; }

    /// <summary>Writes nf.config, provisions keys and broker passwords, and opens the harness key.</summary>
    public static ProvisionedEmuKit Create(Scenario scenario, ulong seed, string runFolder)
    {
        string kitFolder = Path.Combine(runFolder, "kit");
        string secretsRoot = Path.Combine(runFolder, "secrets");
        Directory.CreateDirectory(kitFolder);
        string configPath = Path.Combine(kitFolder, "nf.config");
        File.WriteAllText(configPath, Config(scenario));
        ProvisionResult provisioned = new Provisioner().Provision(configPath, secretsRoot, force: true);
        if (!provisioned.Ok)
        {
            throw new ScenarioException("provisioning the run's kit failed: " + string.Join("; ", provisioned.Messages));
        }

        var errors = new List<string>();
        HeldSigner harness = KitKeys.OpenSigner(configPath, secretsRoot, 0, errors)
            ?? throw new ScenarioException("the run's harness key does not open: " + string.Join("; ", errors));
        TelemetryKeyRing telemetryKeys = KitKeys.LoadTelemetryKeys(configPath, secretsRoot, errors)
            ?? throw new ScenarioException("the run's telemetry keys do not open: " + string.Join("; ", errors));
        KitCredentials credentials = KitCredentials.Load(SecretsLocation.KitFolder(secretsRoot, scenario.Kit), Enumerable.Range(1, scenario.Generals))
            ?? throw new ScenarioException("provisioning wrote no broker passwords");
        string link = string.Join(",", new[] { scenario.Link.Reliable ? "reliable" : null, scenario.Link.Authenticated ? "authenticated" : null, scenario.Link.Durable ? "durable" : null }.OfType<string>());
        return new ProvisionedEmuKit(configPath, secretsRoot, credentials, harness, telemetryKeys, link.Length == 0 ? "raw" : link, seed);
    }

    public IReadOnlyList<string> NodeArguments(int id, string brokerUrl, string dataFolder) =>
    [
        "node", "--config", _configPath, "--id", id.ToString(CultureInfo.InvariantCulture), "--data", dataFolder,
        "--broker", brokerUrl, "--secrets", _secretsRoot, "--link", _link, "--seed", _seed.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>Releases the harness key.</summary>
    public void Dispose() => _harnessSigner.Dispose();

    private static string Config(Scenario scenario)
    {
        string scheme = scenario.Signature == "ideal" ? "ed25519" : scenario.Signature;
        var text = new StringBuilder();
        text.Append("# Throwaway kit of an emulated run of ").Append(scenario.Name).Append(", written by the harness.\n");
        text.Append("[kit]\nid = ").Append(scenario.Kit).Append('\n');
        text.Append("broker = mqtt://127.0.0.1:1883\n");
        text.Append("scheme = ").Append(scheme).Append('\n');
        text.Append("# Emulated generals run on the host: the board keys below are required by the format, not used.\n");
        text.Append("target = ESP32_REV3\nfirmware = 1.17.0\nwifi = emulated\n");
        if (scheme == "lms")
        {
            text.Append("lms = H10/W4\n");
        }

        for (int id = 1; id <= scenario.Generals; id++)
        {
            text.Append("[board ").Append(id.ToString(CultureInfo.InvariantCulture)).Append("]\npower = none\n");
        }

        return text.ToString();
    }
}
