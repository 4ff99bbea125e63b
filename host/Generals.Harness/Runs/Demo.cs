using System.Globalization;
using Generals.Harness.Checkers;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;
using Generals.Harness.Worlds.Emu;

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
    /// own run folder under <paramref name="outputRoot"/>, at most <paramref name="parallel"/> at a time
    /// (<see cref="DemoScheduler"/>); scenarios that only make sense simulated run simulated. <paramref name="progress"/>
    /// hears of each start and each verdict, with the number of runs done so far plus one. An interruption
    /// (<paramref name="cancel"/>) starts nothing more and ends the runs going on, which are returned too.
    /// </summary>
    public static async Task<IReadOnlyList<RunOutcome>> RunEmuAsync(
        ulong seed, string outputRoot, GeneralsLauncher launcher, Action<int, int, string> progress, CancellationToken cancel, Func<string>? cancelReason = null,
        int parallel = 1)
    {
        ArgumentNullException.ThrowIfNull(progress);
        List<Scenario> scenarios = [.. Scenarios.Select(name => ScenarioLoader.Load(name))];
        int total = scenarios.Count;
        int done = 0;
        var said = new Lock();
        void Say(string what)
        {
            lock (said)
            {
                progress(Volatile.Read(ref done) + 1, total, what);
            }
        }

        IReadOnlyList<int> order = DemoScheduler.StartOrder([.. scenarios.Select(EstimateMs)], i => !scenarios[i].Emulated);
        return await DemoScheduler.RunAsync(order, parallel, async i =>
        {
            Scenario scenario = scenarios[i];
            ulong runSeed = scenario.Seed ?? seed;
            RunOutcome run;
            if (!scenario.Emulated)
            {
                Say(scenario.Name + " (simulated: it is a sweep of many runs)");
                run = ScenarioRunner.RunSim(scenario, runSeed);
            }
            else
            {
                Say(string.Create(CultureInfo.InvariantCulture, $"{scenario.Name} started ({scenario.Generals} processes, {(scenario.DurationMs + scenario.SettleMs) / 1000.0:0.#} s of plan)"));
                string folder = Path.Combine(outputRoot, scenario.Name);
                Directory.CreateDirectory(folder);
                using ProvisionedEmuKit kit = ProvisionedEmuKit.Create(scenario, runSeed, folder);
                var options = new EmuOptions { Launcher = launcher, RunFolder = folder, Cancel = cancel, CancelReason = cancelReason };
                run = await EmuRunner.RunScaledAsync(scenario, runSeed, kit, options).ConfigureAwait(false);
            }

            Interlocked.Increment(ref done);
            Say($"{scenario.Name}: {run.Verdict.Name()}{(run.ExitCode == ExitCodes.AsExpected ? "" : ", NOT as expected")}");
            return run;
        }, cancel).ConfigureAwait(false);
    }

    // How long a scenario keeps its slot, roughly: its plan at the scale the emulated world expects to need.
    private static long EstimateMs(Scenario scenario) =>
        (scenario.DurationMs + scenario.SettleMs) * (TimingFit.ScaleFor(PlanTiming.Needs(scenario), EmuOptions.ExpectedByDefault) ?? 1);
}
