using System.Globalization;
using System.Text;
using Generals.Core.Config;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Harness.Crypto;
using Generals.Harness.Plan;
using Generals.Harness.Provisioning;
using Generals.Harness.Scenarios;
using Generals.Host.Node;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The kit of an emulated run: `kit/nf.config`, `kit/nf.keys`, and under `secrets/` each signer's private key, each
/// telemetry key (and the harness's copy) and each broker password; the generals keep their stores in `data/general-N`.
/// Either a throwaway kit provisioned inside the run folder for the scenario's generals (<see cref="Create"/>; the `ideal`
/// scheme is simulation-only, so a scenario that names it runs with Ed25519 there), or a kit folder of that layout that
/// outlives runs (<see cref="Open"/>: `generals run --kit`), whose keys, incarnations and stores carry over from run to run.
/// The harness key stays locked (<see cref="HeldSigner"/>) until the kit is disposed.
/// </summary>
public sealed class ProvisionedEmuKit : IEmuKit, IDisposable
{
    /// <summary>Where a kit folder keeps nf.config and nf.keys.</summary>
    public const string ConfigFolder = "kit";

    /// <summary>Where a kit folder keeps its secrets root (private keys, MAC keys, broker passwords).</summary>
    public const string SecretsFolder = "secrets";

    /// <summary>Where a kit folder keeps the generals' data folders, `general-N` each.</summary>
    public const string DataFolder = "data";

    private readonly string _configPath;
    private readonly string _secretsRoot;
    private readonly NodeProfile _profile;

    private readonly HeldSigner _harnessSigner;
    private readonly ControlSequence _controlSequence;

    private ProvisionedEmuKit(
        string folder, string configPath, string secretsRoot, KitCredentials credentials, HeldSigner harnessSigner, TelemetryKeyRing telemetryKeys,
        ControlSequence controlSequence, Scenario scenario, ulong seed)
    {
        _controlSequence = controlSequence;
        Folder = folder;
        _configPath = configPath;
        _secretsRoot = secretsRoot;
        Credentials = credentials;
        _harnessSigner = harnessSigner;
        TelemetryKeys = telemetryKeys;
        _profile = ScenarioNodeProfile.For(scenario, seed);
    }

    /// <summary>The kit folder (the run folder for a throwaway kit).</summary>
    public string Folder { get; }

    /// <summary>The folder holding each general's data folder (`general-N`), and the harness's own (`harness`).</summary>
    public string DataRoot => Path.Combine(Folder, DataFolder);

    /// <summary>The id of the kit (its topics and frames): a run on a kit folder takes the kit's, whatever the scenario says.</summary>
    public string Kit { get; private init; } = "";

    /// <summary>What signed, for results.json, when it is not the run's own throwaway kit; null for that one.</summary>
    public string? Description { get; private init; }

    public KitCredentials Credentials { get; }

    public ISigner HarnessSigner => _harnessSigner;

    public TelemetryKeyRing TelemetryKeys { get; }

    /// <summary>Writes nf.config into the run folder, provisions keys and broker passwords there, and opens the harness key.</summary>
    public static ProvisionedEmuKit Create(Scenario scenario, ulong seed, string runFolder)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        string kitFolder = Path.Combine(runFolder, ConfigFolder);
        string secretsRoot = Path.Combine(runFolder, SecretsFolder);
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
        return Finish(runFolder, configPath, secretsRoot, Path.Combine(runFolder, DataFolder, "harness"), scenario.Kit, harness, scenario, seed, "the run's", description: null);
    }

    /// <summary>
    /// Opens the kit provisioned in <paramref name="kitFolder"/> (`kit/nf.config` and `kit/nf.keys`, `secrets/` from
    /// `generals provision --config KIT/kit/nf.config --secrets KIT/secrets`; an emulated run's folder has this layout) for a
    /// run of <paramref name="scenario"/>, which then runs under the kit's id. Refused, with one line naming the file and
    /// the problem: a kit without a board for every general of the scenario, a scenario naming another scheme than the
    /// kit's, a harness key that another process holds or that cannot sign, missing telemetry keys or broker passwords.
    /// </summary>
    public static ProvisionedEmuKit Open(Scenario scenario, ulong seed, string kitFolder)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        string folder = Path.GetFullPath(kitFolder);
        string configPath = Path.Combine(folder, ConfigFolder, "nf.config");
        string secretsRoot = Path.Combine(folder, SecretsFolder);
        if (!File.Exists(configPath))
        {
            throw new FileNotFoundException(
                $"{configPath}: no such file; a kit folder holds kit/nf.config, kit/nf.keys and secrets/ (`generals provision --config {configPath} --secrets {secretsRoot}`)", configPath);
        }

        return OpenChecked(folder, scenario, seed, configPath, secretsRoot, Path.Combine(folder, DataFolder, "harness"), $"the kit in {folder}");
    }

    /// <summary>
    /// Opens the kit of <paramref name="configPath"/> (nf.keys beside it) with the secrets under <paramref name="secretsRoot"/>
    /// for a run of <paramref name="scenario"/>, keeping the harness's own state (the control sequence) in
    /// <paramref name="harnessData"/>: what <see cref="Open"/> does for a kit folder, and a lab run for the kit's boards. Refused
    /// as <see cref="Open"/> says.
    /// </summary>
    public static ProvisionedEmuKit OpenConfig(Scenario scenario, ulong seed, string configPath, string secretsRoot, string harnessData, string where) =>
        OpenChecked(Path.GetDirectoryName(Path.GetFullPath(configPath))!, scenario, seed, configPath, secretsRoot, harnessData, where);

    private static ProvisionedEmuKit OpenChecked(string folder, Scenario scenario, ulong seed, string configPath, string secretsRoot, string harnessData, string where)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var errors = new List<string>();
        KitConfig config = KitConfigFile.Load(configPath, errors) ?? throw new InvalidDataException(string.Join('\n', errors));
        int[] missing = [.. Enumerable.Range(1, scenario.Generals).Where(id => config.Board(id) == null)];
        if (missing.Length > 0)
        {
            throw new ScenarioException($"{configPath}: the scenario needs generals 1..{scenario.Generals}, and the kit has no "
                + string.Join(", ", missing.Select(id => $"[board {id}]")));
        }

        if (scenario.Signature != SignatureChoice.Ideal && PlanNames.Of(scenario.Signature) != config.Scheme)
        {
            throw new ScenarioException($"{configPath}: the scenario asks for {PlanNames.Of(scenario.Signature)} signatures; this kit signs with {config.Scheme}");
        }

        HeldSigner harness = KitKeys.OpenSigner(configPath, secretsRoot, 0, errors) ?? throw new InvalidDataException(string.Join('\n', errors));
        if (harness.Failure != SignError.None)
        {
            string file = harness.File;
            SignError failure = harness.Failure;
            harness.Dispose();
            throw new InvalidDataException(
                $"{file}: the harness key cannot sign ({failure}); `generals keys status --config {configPath} --secrets {secretsRoot}` names the damage");
        }

        string scheme = config.Scheme == "lms" ? "lms " + config.LmsParameters : config.Scheme;
        return Finish(folder, configPath, secretsRoot, harnessData, config.Kit, harness, scenario, seed,
            configPath + ":", $"{scheme} ({where})");
    }

    private static ProvisionedEmuKit Finish(
        string folder, string configPath, string secretsRoot, string harnessData, string kit, HeldSigner harness, Scenario scenario, ulong seed, string whose, string? description)
    {
        var errors = new List<string>();
        try
        {
            TelemetryKeyRing telemetryKeys = KitKeys.LoadTelemetryKeys(configPath, secretsRoot, errors)
                ?? throw new InvalidDataException($"{whose} telemetry keys do not open: " + string.Join("; ", errors));
            string secretsKitFolder = SecretsLocation.KitFolder(secretsRoot, kit);
            KitCredentials credentials = KitCredentials.Load(secretsKitFolder, Enumerable.Range(1, scenario.Generals))
                ?? throw new FileNotFoundException($"{secretsKitFolder}: no broker passwords for the harness and generals 1..{scenario.Generals} (run `generals provision`)", secretsKitFolder);
            // Only the process holding the harness key (locked above) ever writes the harness's data folder.
            ControlSequence sequence = ControlSequence.Open(new FileStore(harnessData), harnessData);
            return new ProvisionedEmuKit(folder, configPath, secretsRoot, credentials, harness, telemetryKeys, sequence, scenario, seed) { Kit = kit, Description = description };
        }
        catch
        {
            harness.Dispose();
            throw;
        }
    }

    public uint NextControlSequence() => _controlSequence.Next();

    public IReadOnlyList<string> NodeArguments(int id, string brokerUrl, string dataFolder) =>
    [
        "node", "--config", _configPath, "--id", id.ToString(CultureInfo.InvariantCulture), "--data", dataFolder,
        "--broker", brokerUrl, "--secrets", _secretsRoot, .. _profile.Entries().SelectMany(entry => new[] { "--set", entry }),
    ];

    /// <summary>Releases the harness key.</summary>
    public void Dispose() => _harnessSigner.Dispose();

    private static string Config(Scenario scenario)
    {
        SignatureChoice scheme = scenario.Signature == SignatureChoice.Ideal ? SignatureChoice.Ed25519 : scenario.Signature;
        var text = new StringBuilder();
        text.Append("# Throwaway kit of an emulated run of ").Append(scenario.Name).Append(", written by the harness.\n");
        text.Append("[kit]\nid = ").Append(scenario.Kit).Append('\n');
        text.Append("broker = mqtt://127.0.0.1:1883\n");
        text.Append("scheme = ").Append(PlanNames.Of(scheme)).Append('\n');
        text.Append("# Emulated generals run on the host: the board keys below are required by the format, not used.\n");
        text.Append("target = ESP32_REV3\nfirmware = 1.17.0\nwifi = emulated\n");
        if (scheme == SignatureChoice.Lms)
        {
            text.Append("lms = ").Append(scenario.Lms).Append('\n');
        }

        for (int id = 1; id <= scenario.Generals; id++)
        {
            text.Append("[board ").Append(id.ToString(CultureInfo.InvariantCulture)).Append("]\npower = none\n");
        }

        return text.ToString();
    }
}
