using System.CommandLine;
using Generals.Harness.Checkers;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Commands;

/// <summary>`generals scenarios`: lists the built-in scenarios with their expected verdict.</summary>
public static class ScenariosCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("scenarios", "List the built-in scenarios and the verdict each expects.");
        command.SetAction(_ =>
        {
            console.Output.WriteLine($"{"scenario",-32} {"expected",-8} demonstrates");
            foreach (string name in ScenarioLoader.BuiltInNames())
            {
                Scenario s = ScenarioLoader.Load(name);
                console.Output.WriteLine($"{s.Name,-32} {s.Expected.Name(),-8} {s.Demonstrates}");
            }

            return 0;
        });
        return command;
    }
}
