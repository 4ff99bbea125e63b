using Generals.Harness.Worlds.Emu;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Commands;

/// <summary>
/// An emulated run from the command line: a throwaway kit in the run folder, or the kit folder given with `--kit`
/// (<paramref name="kitFolder"/>: its keys and the generals' data carry over from run to run); every process it starts
/// dies with the harness; SIGINT or SIGTERM (<paramref name="interrupts"/>) stops them and returns the partial run.
/// </summary>
public static class EmuRun
{
    public static RunOutcome Run(Scenario scenario, ulong seed, string folder, string? broker, string? kitFolder, CliConsole console, Interrupts interrupts, int? clockScale = null)
    {
        ArgumentNullException.ThrowIfNull(interrupts);
        return Run(scenario, seed, folder, broker, kitFolder, console, new EmuControl(interrupts.Token, () => interrupts.Signal ?? "cancelled"), clockScale);
    }

    /// <summary>The same run, stopped by <see cref="EmuControl.Cancel"/> instead of a signal, with <see cref="EmuControl.OnInstructor"/> told of each start (`generals serve`).</summary>
    public static RunOutcome Run(Scenario scenario, ulong seed, string folder, string? broker, string? kitFolder, CliConsole console, EmuControl control, int? clockScale = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(control);
        EmuRunner.RefuseUnplannable(scenario);
        GeneralsLauncher launcher = GeneralsLauncher.Current(typeof(Program).Assembly.Location);
        using ProvisionedEmuKit kit = kitFolder != null
            ? ProvisionedEmuKit.Open(scenario, seed, kitFolder)
            : OutputFolder.Write(folder, () =>
            {
                Directory.CreateDirectory(folder);
                return ProvisionedEmuKit.Create(scenario, seed, folder);
            });

        // Topics and frames carry the kit's id: a scenario run on a kit folder runs under it (scenario.yaml says so).
        scenario.Kit = kit.Kit;
        OutputFolder.Write(folder, () => Directory.CreateDirectory(folder));
        using MosquittoBroker? mosquitto = broker == "mosquitto"
            ? MosquittoBroker.Start(Path.Combine(folder, "mosquitto"), scenario.Kit, kit.Credentials, Enumerable.Range(1, scenario.Generals), supervisor: launcher)
            : null;
        var options = new EmuOptions
        {
            Launcher = launcher,
            RunFolder = folder,
            DataRoot = kit.DataRoot,
            ExternalBroker = mosquitto?.Url ?? broker,
            Progress = line => console.Error.WriteLine(line),
            Cancel = control.Cancel,
            CancelReason = control.Reason,
            OnInstructor = control.OnInstructor,
            Mosquitto = mosquitto,
            ClockScale = clockScale,
        };
        RunOutcome run = EmuRunner.RunScaledAsync(scenario, seed, kit, options).GetAwaiter().GetResult();
        run = kit.Description == null ? run : run with { Signature = kit.Description };
        return mosquitto == null ? run : run with { Counts = WithRefusals(run.Counts, mosquitto.Refusals()) };
    }

    /// <summary>The run's counts with mosquitto's refusals, read from its log in the run folder, added.</summary>
    private static Dictionary<string, long> WithRefusals(IReadOnlyDictionary<string, long> counts, BrokerRefusals refusals)
    {
        var merged = new Dictionary<string, long>(counts);
        foreach ((string name, long count) in refusals.Snapshot())
        {
            merged[name] = count;
        }

        return merged;
    }
}
