using Generals.Harness.Emu;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Commands;

/// <summary>
/// An emulated run from the command line: a throwaway kit in the run folder; every process it starts dies with the
/// harness; SIGINT or SIGTERM (<paramref name="interrupts"/>) stops them and returns the partial run.
/// </summary>
public static class EmuRun
{
    public static RunOutcome Run(Scenario scenario, ulong seed, string folder, string? broker, CliConsole console, Interrupts interrupts)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(interrupts);
        GeneralsLauncher launcher = GeneralsLauncher.Current(typeof(Program).Assembly.Location);
        ProvisionedEmuKit kit = OutputFolder.Write(folder, () =>
        {
            Directory.CreateDirectory(folder);
            return ProvisionedEmuKit.Create(scenario, seed, folder);
        });
        using MosquittoBroker? mosquitto = broker == "mosquitto"
            ? MosquittoBroker.Start(Path.Combine(folder, "mosquitto"), scenario.Kit, kit.Credentials, Enumerable.Range(1, scenario.Generals), supervisor: launcher)
            : null;
        var options = new EmuOptions
        {
            Launcher = launcher,
            RunFolder = folder,
            ExternalBroker = mosquitto?.Url ?? broker,
            Progress = line => console.Output.WriteLine(line),
            Cancel = interrupts.Token,
            CancelReason = () => interrupts.Signal ?? "cancelled",
            Mosquitto = mosquitto,
        };
        return new EmuRunner(scenario, seed, kit, options).RunAsync().GetAwaiter().GetResult();
    }
}
