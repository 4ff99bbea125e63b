using System.Text.Json.Nodes;
using Generals.Harness.Checkers;
using Generals.Harness.Costs;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Commands;

/// <summary>
/// What `generals run` prints on stdout: the seed first and the verdict table last, or with --json one document (docs/cli.md)
/// and nothing else. What a run says while it runs goes to stderr either way.
/// </summary>
public sealed class RunPrinter
{
    public RunPrinter(CliConsole console, bool json)
    {
        Console = console;
        Json = json;
    }

    public CliConsole Console { get; }

    public bool Json { get; }

    /// <summary>The scenario as the command line gave it (a built-in's name or a YAML file), for the replay line.</summary>
    public string? ScenarioArgument { get; set; }

    /// <summary>The lab run's nf.config, for the replay line.</summary>
    public string? LabConfig { get; set; }

    public void Header(Scenario scenario, string mode, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!Json)
        {
            Console.Output.WriteLine($"seed: {seed}");
            Console.Output.WriteLine($"scenario: {scenario.Name} ({mode}), expected {scenario.Expected.Name()}");
        }
    }

    /// <summary>The verdict table, run folder and replay line of one run, with its cost table when <paramref name="costs"/> is given.</summary>
    public void Result(RunOutcome run, string folder, CostedOutcome? costs)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (Json)
        {
            JsonObject document = CliJson.Run(run, folder, ReplayLine.For(run, ScenarioArgument, LabConfig));
            if (costs != null)
            {
                document["costs"] = costs.Costs is { } report ? JsonNode.Parse(CostJson.Serialize(report)) : costs.NotCosted;
            }

            CliJson.Write(Console, document);
            return;
        }

        VerdictView.Write(Console, run);
        Console.Output.WriteLine($"run folder: {folder}");
        Console.Output.WriteLine($"replay: {ReplayLine.For(run, ScenarioArgument, LabConfig)}{ReplayLine.Note(run)}");
        if (costs == null)
        {
            return;
        }

        Console.Output.WriteLine();
        if (costs.Costs is { } table)
        {
            Console.Output.Write(CostTable.Render(table));
        }
        else
        {
            Console.Output.WriteLine($"costs: {costs.Run.Scenario.Name}: {costs.NotCosted}");
        }
    }
}
