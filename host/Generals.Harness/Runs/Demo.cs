using Generals.Harness.Worlds.Emu;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Runs;

/// <summary>`generals demo`: one scenario per lecture concept, each checked against its expected verdict.</summary>
public static class Demo
{
    /// <summary>The demo's scenarios, in the order of the lecture.</summary>
    public static IReadOnlyList<string> Scenarios { get; } =
    [
        "two-generals",
        "om-n4-m1",
        "om-n3-m1",
        "sm-n3-m1",
        "fair-loss-link",
        "reliable-link",
        "arbitrary-link",
        "arbitrary-link-unauthenticated",
        "crash-recovery-link",
        "broker-spof",
        "broker-redundant",
        "fd-partial-sync-fixed",
        "fd-partial-sync-adaptive",
        "fd-crash-recovery",
    ];

    /// <summary>Runs every demo scenario in the simulator; <paramref name="progress"/> hears of each start.</summary>
    public static IReadOnlyList<RunOutcome> RunSim(ulong seed, Action<int, int, string> progress)
    {
        var runs = new List<RunOutcome>();
        for (int i = 0; i < Scenarios.Count; i++)
        {
            progress(i + 1, Scenarios.Count, Scenarios[i]);
            Scenario scenario = ScenarioLoader.Load(Scenarios[i]);
            runs.Add(ScenarioRunner.RunSim(scenario, scenario.Seed ?? seed));
        }

        return runs;
    }

    /// <summary>
    /// Runs every demo scenario on emulated generals (one process per general, the embedded broker), each in its
    /// own run folder under <paramref name="outputRoot"/>; scenarios that only make sense simulated run simulated.
    /// An interruption (<paramref name="cancel"/>) ends the demo after the interrupted run, which is returned too.
    /// </summary>
    public static async Task<IReadOnlyList<RunOutcome>> RunEmuAsync(
        ulong seed, string outputRoot, GeneralsLauncher launcher, Action<int, int, string> progress, CancellationToken cancel, Func<string>? cancelReason = null)
    {
        var runs = new List<RunOutcome>();
        for (int i = 0; i < Scenarios.Count && !cancel.IsCancellationRequested; i++)
        {
            Scenario scenario = ScenarioLoader.Load(Scenarios[i]);
            ulong runSeed = scenario.Seed ?? seed;
            if (!scenario.Emulated)
            {
                progress(i + 1, Scenarios.Count, Scenarios[i] + " (simulated: it is a sweep of many runs)");
                runs.Add(ScenarioRunner.RunSim(scenario, runSeed));
                continue;
            }

            progress(i + 1, Scenarios.Count, $"{Scenarios[i]} ({scenario.Generals} processes, {(scenario.DurationMs + scenario.SettleMs) / 1000} s)");
            string folder = Path.Combine(outputRoot, scenario.Name);
            Directory.CreateDirectory(folder);
            using ProvisionedEmuKit kit = ProvisionedEmuKit.Create(scenario, runSeed, folder);
            var options = new EmuOptions { Launcher = launcher, RunFolder = folder, Cancel = cancel, CancelReason = cancelReason };
            runs.Add(await EmuRunner.RunScaledAsync(scenario, runSeed, kit, options).ConfigureAwait(false));
        }

        return runs;
    }
}
