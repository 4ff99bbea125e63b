using System.CommandLine;
using System.Globalization;
using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Lab.Virtual;

namespace Generals.Cli.Commands;

/// <summary>
/// `generals lab virtual`: a lab without boards (<see cref="VirtualLab"/>): virtual boards, stand-in uhubctl and usbrelay,
/// and lab runs of the built-ins through the real power drivers, then a run in which a board's cable is pulled unannounced.
/// </summary>
public static class LabCommand
{
    /// <summary>
    /// The built-ins a virtual lab runs by default: agreement, a detector across a power cut, crash recovery of a link. The
    /// detector runs before the link's power cuts: boards keep their state from run to run, and a board that rebooted refuses
    /// up to 64 frames of each peer that was silent meanwhile (its persisted anti-replay floor, docs/lab.md), which a detector
    /// starting at once would count as missed heartbeats.
    /// </summary>
    public static readonly string[] DefaultScenarios = ["om-n4-m1", "fd-crash-recovery", "crash-recovery-link"];

    /// <summary>The most boards of a virtual lab: a physical kit has four to seven, and each is a process on this machine.</summary>
    public const int BoardsMax = 16;

    public static Command Create(CliConsole console)
    {
        var boards = new Option<int>("--boards") { Description = "How many virtual boards.", DefaultValueFactory = _ => 4 };
        boards.Validators.Add(result => CliValues.InRange(result, 2, BoardsMax));
        var output = new Option<string?>("--out") { Description = "The lab's folder (kit, secrets, boards' data, stand-ins, runs); default store/lab-virtual/<UTC time>/." };
        var scenarios = new Option<string[]>("--scenario")
        {
            Description = "A scenario to run in lab mode (repeat it for more); default: " + string.Join(", ", DefaultScenarios) + ".",
            AllowMultipleArgumentsPerToken = true,
        };
        var manual = new Option<int[]>("--manual") { Description = "Boards switched by hand (power = manual): the lab's hand does what the harness asks." };
        var pull = new Option<bool>("--no-pull") { Description = "Skip the last run, in which a board's cable is pulled unannounced." };
        var seed = new Option<ulong>("--seed") { Description = "The seed of every run.", DefaultValueFactory = _ => 1 };
        var command = new Command("virtual", "Run a lab without boards: `generals node` processes as boards, stand-in uhubctl and usbrelay on PATH "
            + "that kill -9 and restart them, and lab runs through the real power drivers; then a board pulled unannounced, which must be "
            + "recorded as an unplanned fault. Exits 0 when every run did what it should.");
        foreach (Option option in (Option[])[boards, output, scenarios, manual, pull, seed])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => RunVirtual(
            parse.GetValue(boards), parse.GetValue(output), parse.GetValue(scenarios) is { Length: > 0 } chosen ? chosen : DefaultScenarios,
            parse.GetValue(manual) ?? [], !parse.GetValue(pull), parse.GetValue(seed), console));
        var lab = new Command("lab", "A lab without boards, for trying the lab world and its power drivers here.");
        lab.Subcommands.Add(command);
        return lab;
    }

    private static int RunVirtual(int boards, string? output, string[] scenarios, int[] manual, bool pull, ulong seed, CliConsole console)
    {
        string folder = Path.GetFullPath(output ?? RunFolder.DefaultPath("store", "lab-virtual", DateTime.UtcNow));
        Scenario[] loaded = [.. scenarios.Select(ScenarioLoader.Load)];
        if (loaded.FirstOrDefault(s => s.Generals > boards) is { } tooBig)
        {
            throw new UsageException($"{tooBig.Name} needs {tooBig.Generals} generals; give --boards {tooBig.Generals} or more");
        }

        if (manual.FirstOrDefault(b => b < 1 || b > boards) is int wrong and not 0)
        {
            throw new UsageException($"--manual {wrong}: the lab has boards 1..{boards}");
        }

        GeneralsLauncher launcher = GeneralsLauncher.Current(typeof(Program).Assembly.Location);
        console.Output.WriteLine($"virtual lab in {folder}: provisioning {boards} boards, stand-in uhubctl and usbrelay in {Path.Combine(folder, "bin")}");
        using VirtualLab lab = OutputFolder.Write(folder, () => VirtualLab.Create(folder, boards, manual, launcher));
        var session = new VirtualLabSession(lab, launcher, line => console.Output.WriteLine(line));
        var runs = new List<VirtualRun>();
        foreach (Scenario scenario in loaded)
        {
            console.Output.WriteLine($"lab run: {scenario.Name} (expects {scenario.Expected.Name()})");
            string file = scenario.Name;
            runs.Add(session.Run(file, scenario.Expected.Name(), scenario.DurationMs + scenario.SettleMs, Path.Combine(folder, "runs", scenario.Name), seed));
        }

        if (pull)
        {
            string file = Path.Combine(folder, UnplannedPull.FileName);
            File.WriteAllText(file, UnplannedPull.Yaml(boards));
            console.Output.WriteLine($"lab run: {UnplannedPull.Name}, a board's cable pulled unannounced (expects unknown: an unplanned fault)");
            runs.Add(session.Run(file, "unknown", UnplannedPull.LengthMs, Path.Combine(folder, "runs", UnplannedPull.Name), seed, UnplannedPull.Board, UnplannedPull.After));
        }

        console.Output.WriteLine();
        console.Output.WriteLine("scenario                 expected  verdict   power lines  as it should");
        foreach (VirtualRun run in runs)
        {
            string note = run.Pulled == null ? "" : $" (pulled {run.Pulled})";
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Scenario,-24} {run.Expected,-9} {run.Verdict,-9} {run.PowerLines,11}  {(run.AsItShould ? "yes" : "NO")}{note}"));
        }

        console.Output.WriteLine($"lab folder: {folder} (run folders in runs/, the stand-ins' calls in state/power.log)");
        return runs.All(r => r.AsItShould) ? ExitCodes.AsExpected : ExitCodes.NotAsExpected;
    }

    /// <summary>The virtual lab's last run: detectors on every board while the lab's hand pulls one board's cable unannounced.</summary>
    private static class UnplannedPull
    {
        public const string Name = "lab-unplanned-pull";

        public const string FileName = Name + ".yaml";

        public const int Board = 2;

        public const long LengthMs = 8000;

        public static readonly TimeSpan After = TimeSpan.FromSeconds(2);

        public static string Yaml(int boards) => $$"""
            name: {{Name}}
            description: >
              Every board runs a failure detector; two seconds in, a student pulls board {{Board}}'s cable (the harness did not
              cut it). The harness sees its last will and writes an unplanned fault: the run is judged unknown, never blamed
              on the detector.
            demonstrates: a power loss the harness did not cause is recorded as an unplanned fault
            expected: valid
            duration_ms: 6000
            settle_ms: 2000
            generals: {{boards.ToString(CultureInfo.InvariantCulture)}}
            network:
              delay: { distribution: uniform, min_ms: 5, max_ms: 30 }
            workload:
              - { at_ms: 0, node: 0, command: start-detector, args: [1, 100, 500, 0] }
            checks: [strong-accuracy]
            """;
    }
}
