using Generals.Cli.Commands;
using Generals.Harness.Checkers;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Tests.Emu;

/// <summary>
/// The same scenario through a real mosquitto (password file and ACL from the kit's provisioning, the harness
/// relaying wire to inbox as an MQTT client) gives the same verdict as through the embedded broker.
/// CI installs mosquitto; these tests never skip.
/// </summary>
[Collection("emulated")]
public sealed class MosquittoInteropTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-mosquitto-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task RunEmu_ThroughMosquittoWithRelay_SameVerdictsAsEmbeddedBroker()
    {
        Scenario scenario = ScenarioLoader.Parse(EmuScenarioFiles.ReliableStream, "emu-reliable");
        string folder = Path.Combine(_root, "run");
        using ProvisionedEmuKit kit = ProvisionedEmuKit.Create(scenario, 6, folder);
        using MosquittoBroker mosquitto = MosquittoBroker.Start(Path.Combine(folder, "mosquitto"), scenario.Kit, kit.Credentials, Enumerable.Range(1, scenario.Generals));
        var options = new EmuOptions
        {
            Launcher = GeneralsLauncher.Current(typeof(EmuRun).Assembly.Location),
            RunFolder = folder,
            ExternalBroker = mosquitto.Url,
        };

        RunOutcome run = await new EmuRunner(scenario, 6, kit, options).RunAsync();

        Assert.True(run.Verdict == Verdict.Valid, VerdictTable.Render(run));
        Assert.Equal(["reliable-delivery", "authentication", "rogue-ignored"], run.Checks.Select(c => c.Name));
        Assert.True(run.History.Count(e => e.Type == Harness.History.HistoryType.AppDeliver) >= 100);
    }

    [Fact]
    public async Task Mosquitto_KitAcl_RefusesAnonymousAndTopicTheft()
    {
        KitCredentials credentials = KitCredentials.Generate([1, 2]);
        using MosquittoBroker mosquitto = MosquittoBroker.Start(Path.Combine(_root, "acl"), "lab", credentials, [1, 2]);
        using MQTTnet.IMqttClient anonymous = new MQTTnet.MqttClientFactory().CreateMqttClient();

        MQTTnet.MqttClientConnectResultCode code;
        try
        {
            code = (await anonymous.ConnectAsync(new MQTTnet.MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", mosquitto.Port).WithClientId("anon").Build())).ResultCode;
        }
        catch (MQTTnet.Adapter.MqttConnectingFailedException)
        {
            code = MQTTnet.MqttClientConnectResultCode.NotAuthorized;
        }

        Assert.NotEqual(MQTTnet.MqttClientConnectResultCode.Success, code);
        string acl = File.ReadAllText(Path.Combine(_root, "acl", "acl"));
        Assert.Contains("user general-1\ntopic write gl/lab/wire/1\n", acl, StringComparison.Ordinal);
        Assert.DoesNotContain("topic write gl/lab/wire/2\ntopic write gl/lab/n/1", acl, StringComparison.Ordinal);
    }

    [Fact]
    public void RunCommand_BrokerMosquitto_StartsMosquittoForTheRunAndPasses()
    {
        string file = EmuScenarioFiles.Write(_root, "emu-reliable", EmuScenarioFiles.ReliableStream);
        string folder = Path.Combine(_root, "cli");

        CliRunner.Result result = CliRunner.Run(["run", file, "--mode", "emu", "--broker", "mosquitto", "--seed", "3", "--out", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.True(File.Exists(Path.Combine(folder, "mosquitto", "acl")));
        Assert.Contains("broker mqtt://127.0.0.1:", File.ReadAllText(Path.Combine(folder, "history.jsonl")), StringComparison.Ordinal);
        Assert.Contains("New client connected from", File.ReadAllText(Path.Combine(folder, "mosquitto", MosquittoConfig.LogFile)), StringComparison.Ordinal);
        string results = File.ReadAllText(Path.Combine(folder, "results.json"));
        Assert.All(Enum.GetValues<BrokerRefusal>(), reason => Assert.Contains($"\"{BrokerRefusals.NameOf(reason)}\"", results, StringComparison.Ordinal));
    }
}
