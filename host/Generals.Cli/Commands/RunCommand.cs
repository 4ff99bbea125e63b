using System.CommandLine;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Commands;

/// <summary>`generals run`: runs one scenario, prints the seed first and the verdict table last, writes the run folder.</summary>
public static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("scenario") { Description = "A built-in scenario name (see `generals scenarios`) or a YAML file." };
        var mode = new Option<string>("--mode") { Description = "sim: the deterministic simulator.", DefaultValueFactory = _ => "sim" };
        mode.AcceptOnlyFromAmong("sim");
        var seed = new Option<ulong?>("--seed") { Description = "Replay this seed (sim runs replay exactly)." };
        var output = new Option<string?>("--out") { Description = "Write the run folder here instead of store/<scenario>/<UTC time>/." };
        var command = new Command("run", "Run a scenario and check it against its expected verdict.");
        command.Arguments.Add(scenario);
        command.Options.Add(mode);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetValue(scenario)!, parse.GetValue(seed), parse.GetValue(output), console));
        return command;
    }

    private static int Run(string name, ulong? seedOption, string? output, CliConsole console)
    {
        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.Load(name);
        }
        catch (ScenarioException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        ulong seed = seedOption ?? scenario.Seed ?? ScenarioRunner.NewSeed();
        console.Output.WriteLine($"seed: {seed}");
        console.Output.WriteLine($"scenario: {scenario.Name} (sim), expected {scenario.Expected}");
        RunOutcome run = ScenarioRunner.RunSim(scenario, seed);
        string folder = output ?? RunFolder.DefaultPath("store", scenario.Name, DateTime.UtcNow);
        RunFolder.Write(run, folder, linkLatest: output == null);
        console.Output.Write(VerdictTable.Render(run));
        console.Output.WriteLine($"run folder: {folder}");
        console.Output.WriteLine($"replay: generals run {scenario.Name} --seed {seed}");
        return run.ExitCode;
    }
}
