using System.CommandLine;
using Generals.Cli.Commands;

namespace Generals.Cli;

/// <summary>Builds the command tree. Each command lives in its own file under Commands/.</summary>
public static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        RootCommand root = Build(console);
        ParseResult parsed = root.Parse(args);
        return parsed.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error });
    }

    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "Generals Lab: the network and the referee for a kit of generals (ESP32 boards, emulated or simulated).");
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(ExploreCommand.Create(console));
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(ScenariosCommand.Create(console));
        root.Subcommands.Add(WireCommand.Create(console));
        root.Subcommands.Add(ProvisionCommand.Create(console));
        root.Subcommands.Add(KeysCommand.Create(console));
        root.Subcommands.Add(NodeCommand.Create(console));
        root.Subcommands.Add(BrokerCommand.Create(console));
        return root;
    }
}
