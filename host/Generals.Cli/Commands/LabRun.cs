using Generals.Core.Config;
using Generals.Harness.Provisioning;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Lab;

namespace Generals.Cli.Commands;

/// <summary>
/// A lab run from the command line: the kit of nf.config (keys from `generals provision`, the harness's control sequence
/// kept in the kit's secrets folder), its boards on its broker, power switched through nf.config's drivers; SIGINT or
/// SIGTERM (<paramref name="interrupts"/>) judges the history so far as interrupted.
/// </summary>
public static class LabRun
{
    /// <summary>The folder, inside the kit's secrets folder, where the harness keeps its own state (the control sequence).</summary>
    public const string HarnessDataFolder = "harness";

    public static RunOutcome Run(
        Scenario scenario, ulong seed, string configPath, string? secrets, string? broker, TimeSpan wait, CliConsole console, Interrupts interrupts)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(interrupts);

        // What no lab can do is refused before the kit is even read (`generals run fd-pause --mode lab` says why in one line),
        // what this kit's switches cannot do before its keys are opened.
        Refuse(scenario, config: null);
        KitConfig config = KitConfigInput.Load(configPath);
        Refuse(scenario, config);
        string secretsRoot = SecretsLocation.Root(secrets);
        string harnessData = Path.Combine(SecretsLocation.KitFolder(secretsRoot, config.Kit), HarnessDataFolder);
        using ProvisionedEmuKit kit = ProvisionedEmuKit.OpenConfig(scenario, seed, configPath, secretsRoot, harnessData, $"the lab kit of {configPath}");
        scenario.Kit = kit.Kit;
        var options = new LabOptions
        {
            Config = config,
            ConfigPath = configPath,
            ExternalBroker = broker,
            Wait = wait,
            Progress = line => console.Error.WriteLine(line),
            Cancel = interrupts.Token,
            CancelReason = () => interrupts.Signal ?? "cancelled",
        };
        RunOutcome run = new LabRunner(scenario, seed, kit, options).RunAsync().GetAwaiter().GetResult();
        return kit.Description == null ? run : run with { Signature = kit.Description };
    }

    private static void Refuse(Scenario scenario, KitConfig? config)
    {
        if (LabPlan.Refusal(scenario, config) is { } refusal)
        {
            throw new ScenarioException($"the lab world cannot run {scenario.Name}: {refusal}");
        }
    }
}
