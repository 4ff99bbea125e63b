using Generals.Harness.Emu;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Commands;

/// <summary>An emulated run from the command line: a throwaway kit in the run folder, Ctrl-C stops every process.</summary>
public static class EmuRun
{
    public static RunOutcome Run(Scenario scenario, ulong seed, string folder, string? broker, CliConsole console)
    {
        Directory.CreateDirectory(folder);
        using ProvisionedEmuKit kit = ProvisionedEmuKit.Create(scenario, seed, folder);
        using MosquittoBroker? mosquitto = broker == "mosquitto"
            ? MosquittoBroker.Start(Path.Combine(folder, "mosquitto"), scenario.Kit, kit.Credentials, Enumerable.Range(1, scenario.Generals))
            : null;
        broker = mosquitto?.Url ?? broker;
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var options = new EmuOptions
            {
                Launcher = GeneralsLauncher.Current(typeof(Program).Assembly.Location),
                RunFolder = folder,
                ExternalBroker = broker,
                Progress = line => console.Output.WriteLine(line),
                Cancel = cancel.Token,
            };
            RunOutcome run = new EmuRunner(scenario, seed, kit, options).RunAsync().GetAwaiter().GetResult();
            return mosquitto == null ? run : run with { Counts = WithRefusals(run.Counts, mosquitto.Refusals()) };
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
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
