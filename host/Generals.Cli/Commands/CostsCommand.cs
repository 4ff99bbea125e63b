using System.CommandLine;
using Generals.Harness.Costs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Commands;

/// <summary>
/// `generals costs`: the board cost report of every built-in scenario, one line each (the most one general spent), or the
/// whole report of the scenarios named (docs/costs.md).
/// </summary>
public static class CostsCommand
{
    public static Command Create(CliConsole console)
    {
        var scenarios = new Argument<string[]>("scenario")
        {
            Description = "Built-in scenario names or YAML files; without any, one line per built-in.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var seed = new Option<ulong?>("--seed") { Description = "Seed for every scenario (default: 1, so the figures repeat)." };
        Option<double> compressionUs = CostOptions.CompressionMicroseconds();
        var command = new Command("costs", "What each general's Core spends in the simulator, as a board would run it (LMS signatures): SHA-256 "
            + "compressions, signatures, one-time keys against the key's 1,024, bytes allocated per round, frames, and the board time.");
        command.Arguments.Add(scenarios);
        command.Options.Add(seed);
        command.Options.Add(compressionUs);
        command.SetAction(parse => Run(parse.GetValue(scenarios) ?? [], parse.GetValue(seed) ?? 1, parse.GetValue(compressionUs), console));
        return command;
    }

    private static int Run(string[] names, ulong seed, double compressionUs, CliConsole console)
    {
        if (names.Length > 0)
        {
            foreach (string name in names)
            {
                CostedOutcome costed = CostedRun.Sim(ScenarioLoader.Load(name), seed, compressionUs);
                console.Output.Write(costed.Costs is { } report ? CostTable.Render(report) : $"costs: {costed.Run.Scenario.Name}: {costed.NotCosted}\n");
                console.Output.WriteLine();
            }

            return 0;
        }

        console.Output.Write(CostSummary.Header(seed, compressionUs));
        foreach (string name in ScenarioLoader.BuiltInNames())
        {
            console.Output.WriteLine(CostSummary.Line(CostedRun.Sim(ScenarioLoader.Load(name), seed, compressionUs)));
        }

        console.Output.WriteLine("one scenario's whole report (per general, per round): generals costs <scenario>; "
            + "with its run folder and costs.json: generals run <scenario> --costs");
        return 0;
    }
}
