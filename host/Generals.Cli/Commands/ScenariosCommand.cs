using System.CommandLine;
using System.Text.Json.Nodes;
using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Spectre.Console;

namespace Generals.Cli.Commands;

/// <summary>`generals scenarios`: lists the built-in scenarios with their expected verdict (a table, or --json).</summary>
public static class ScenariosCommand
{
    public static Command Create(CliConsole console)
    {
        Option<bool> json = CliJson.Option();
        var command = new Command("scenarios", "List the built-in scenarios and the verdict each expects.");
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            Scenario[] scenarios = [.. ScenarioLoader.BuiltInNames().Select(ScenarioLoader.Load)];
            if (parse.GetValue(json))
            {
                CliJson.Write(console, new JsonObject
                {
                    ["scenarios"] = new JsonArray([.. scenarios.Select(s => (JsonNode)new JsonObject
                    {
                        ["name"] = s.Name,
                        ["expected"] = s.Expected.Name(),
                        ["generals"] = s.Generals,
                        ["emulated"] = s.Emulated,
                        ["in_demo"] = Demo.Scenarios.Contains(s.Name),
                        ["demonstrates"] = s.Demonstrates,
                    })]),
                });
                return 0;
            }

            Table table = CliTable.Create(console, "scenario", "expected", "demonstrates");
            foreach (Scenario s in scenarios)
            {
                table.AddRow(new Text(s.Name), CliStyle.Cell(s.Expected), new Text(s.Demonstrates));
            }

            CliTable.Write(console, table);
            return 0;
        });
        command.Subcommands.Add(Show(console));
        return command;
    }

    // `generals scenarios show NAME`: a built-in's YAML as it ships, to copy into a file of one's own and change.
    private static Command Show(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "A built-in scenario (generals scenarios lists them)." };
        var show = new Command("show", "Print a built-in scenario's YAML: a template to save as my-scenario.yaml, change and run with `generals run my-scenario.yaml`.");
        show.Arguments.Add(name);
        show.SetAction(parse =>
        {
            string wanted = parse.GetValue(name)!;
            string yaml = ScenarioLoader.BuiltInText(wanted)
                ?? throw new UsageException($"there is no built-in scenario '{wanted}' (generals scenarios lists them: {string.Join(", ", ScenarioLoader.BuiltInNames())})");
            console.Output.Write(yaml.EndsWith('\n') ? yaml : yaml + "\n");
            return 0;
        });
        return show;
    }
}
