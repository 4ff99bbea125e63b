using System.CommandLine;
using System.Reflection;
using System.Text.RegularExpressions;
using Generals.Cli.Commands;
using Generals.Core.Config;
using Generals.Core.Node;
using Generals.Harness.Plan;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Provisioning;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Cli.Tests;

/// <summary>
/// Every setting a scenario gives a general reaches a simulated general (the settings the simulator made at power-on) and an
/// emulated one (the arguments the emulated run writes for `generals node`, parsed by that command's own options and made
/// into settings by its own code), and both are the same.
/// </summary>
public sealed partial class NodeSettingsParityTests : IDisposable
{
    private const ulong Seed = 5;

    /// <summary>Per scenario setting that reaches a general's settings, how a test scenario changes it, and the run's seed.</summary>
    private static readonly Dictionary<string, (Action<Scenario> Change, ulong Seed)> s_settings = new()
    {
        ["kit"] = (s => s.Kit = "other-kit", Seed),
        ["generals"] = (s => s.Generals = 4, Seed),
        ["link.reliable"] = (s => s.Link.Reliable = true, Seed),
        ["link.authenticated"] = (s => s.Link.Authenticated = true, Seed),
        ["link.durable"] = (s => s.Link = new LinkStackSpec { Reliable = true, Durable = true }, Seed),
        ["link.retransmit_initial_ms"] = (s => s.Link.RetransmitInitialMs = 35, Seed),
        ["link.retransmit_max_ms"] = (s => s.Link.RetransmitMaxMs = 777, Seed),
        ["seed"] = (_ => { }, Seed + 1),
    };

    private static readonly string[] s_keyFields =
        [nameof(NodeSettings.Signer), nameof(NodeSettings.Verifier), nameof(NodeSettings.TelemetryKey), nameof(NodeSettings.LinkKeys)];

    private readonly string _root = Directory.CreateTempSubdirectory("generals-settings-").FullName;
    private int _runs;

    public static TheoryData<string> Settings => [.. s_settings.Keys];

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Settings_EveryLinkFieldOfAScenario_HasARow()
    {
        string[] link = [.. typeof(LinkStackSpec).GetProperties().Select(p => "link." + SnakeCase(p.Name))];

        // A link setting added to the scenario fails here until this test proves it reaches both worlds.
        Assert.All(link, name => Assert.True(s_settings.ContainsKey(name), $"{name} has no row in {nameof(s_settings)}"));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Settings_OneScenarioSettingChanged_ReachesSimulatedAndEmulatedGeneralsAlike(string setting)
    {
        (Action<Scenario> change, ulong seed) = s_settings[setting];
        Scenario changed = Base();
        change(changed);

        NodeSettings simulated = Simulated(changed, seed);
        NodeSettings emulated = Emulated(changed, seed, simulated);

        Assert.Equal(Fields(simulated), Fields(emulated));
        Assert.NotEqual(Fields(Simulated(Base(), Seed)), Fields(simulated));
    }

    [Theory]
    [InlineData(SignatureChoice.Lms, "H5/W4", "lms", "H5/W4")]
    [InlineData(SignatureChoice.Ed25519, "H10/W4", "ed25519", null)]
    [InlineData(SignatureChoice.Ideal, "H10/W4", "ed25519", null)]
    public void Signature_SchemeAndLmsParameters_ReachTheEmulatedKitAsTheSimulatorRunsThem(SignatureChoice scheme, string lms, string emulatedScheme, string? emulatedLms)
    {
        Scenario scenario = Base();
        scenario.Signature = scheme;
        scenario.Lms = lms;
        string simulated = Simulation(scenario, Seed).Signature;

        KitConfig kit = EmulatedKit(scenario, Seed).Config;

        // The simulator names what it ran ("lms H5/W4 (...)"); `ideal` is simulation-only, an emulated kit signs with Ed25519.
        Assert.StartsWith(scheme == SignatureChoice.Lms ? $"lms {lms}" : PlanNames.Of(scheme), simulated, StringComparison.Ordinal);
        Assert.Equal(emulatedScheme, kit.Scheme);
        Assert.Equal(emulatedLms, kit.Scheme == "lms" ? kit.LmsParameters : null);
    }

    [Fact]
    public void NodeCommand_SetAndShortForms_ReadByTheSameReader()
    {
        var options = new NodeProfileOptions();
        Command node = NodeCommand.Create(new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, false), options);
        var errors = new List<string>();

        NodeProfile? profile = options.Read(node.Parse(["--id", "1", "--data", "d", "--link", "reliable", "--seed", "9", "--set", "retransmit_max_ms=300"]), errors);
        NodeProfile? twice = options.Read(node.Parse(["--id", "1", "--data", "d", "--link", "raw", "--set", "link=reliable"]), errors);

        Assert.Equal(("reliable", 9UL, 300), (profile!.Link, profile.Seed, profile.RetransmitMaxMs));
        Assert.Null(twice);
        Assert.Equal(["node settings (--set, --link, --seed): 'link' given twice"], errors);
    }

    private static Scenario Base() => new()
    {
        Name = "settings",
        Generals = 3,
        DurationMs = 1,
        SettleMs = 0,
        Link = new LinkStackSpec(),
    };

    private static SimResult Simulation(Scenario scenario, ulong seed, Action<NodeSettings>? onSettings = null) =>
        new Simulator(scenario, seed, new SimOptions { OnNodeSettings = onSettings }).Run();

    /// <summary>General 2's settings in a simulation of <paramref name="scenario"/>.</summary>
    private static NodeSettings Simulated(Scenario scenario, ulong seed)
    {
        var made = new List<NodeSettings>();
        Simulation(scenario, seed, made.Add);
        return made.Single(s => s.Id == 2);
    }

    /// <summary>
    /// General 2's settings as `generals node` makes them from the arguments an emulated run of <paramref name="scenario"/>
    /// passes it (the keys, which each world draws its own way, are taken from <paramref name="keysOf"/>).
    /// </summary>
    private NodeSettings Emulated(Scenario scenario, ulong seed, NodeSettings keysOf)
    {
        (IReadOnlyList<string> arguments, KitConfig config) = EmulatedKit(scenario, seed);
        var options = new NodeProfileOptions();
        Command node = NodeCommand.Create(new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, false), options);
        ParseResult parse = node.Parse([.. arguments.Skip(1)]);
        Assert.Empty(parse.Errors);
        var errors = new List<string>();
        NodeProfile? profile = options.Read(parse, errors);
        Assert.Empty(errors);
        var keys = new NodeKeys { Signer = keysOf.Signer, Verifier = keysOf.Verifier, TelemetryKey = keysOf.TelemetryKey, LinkKeys = keysOf.LinkKeys };
        return NodeCommand.Settings(config, parse.GetValue<int>("--id"), profile!, keys);
    }

    private (IReadOnlyList<string> Arguments, KitConfig Config) EmulatedKit(Scenario scenario, ulong seed)
    {
        string folder = Path.Combine(_root, $"run-{++_runs}");
        using ProvisionedEmuKit kit = ProvisionedEmuKit.Create(scenario, seed, folder);
        IReadOnlyList<string> arguments = kit.NodeArguments(2, "mqtt://127.0.0.1:1883", Path.Combine(folder, "data", "general-2"));
        var errors = new List<string>();
        KitConfig? config = KitConfigFile.Load(arguments[arguments.ToList().IndexOf("--config") + 1], errors);
        Assert.Empty(errors);
        return (arguments, config!);
    }

    private static string Fields(NodeSettings settings) => string.Join(
        "; ",
        typeof(NodeSettings).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !s_keyFields.Contains(p.Name))
            .Select(p => $"{p.Name}={(p.GetValue(settings) is int[] ids ? string.Join(",", ids) : p.GetValue(settings))}"));

    private static string SnakeCase(string name) => Capital().Replace(name, m => (m.Index == 0 ? "" : "_") + m.Value.ToLowerInvariant());

    [GeneratedRegex("[A-Z]")]
    private static partial Regex Capital();
}
