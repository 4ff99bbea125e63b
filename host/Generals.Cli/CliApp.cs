using System.CommandLine;
using Generals.Cli.Commands;

namespace Generals.Cli;

/// <summary>Builds the command tree and runs it: the one place where errors become exit codes (see <see cref="CliErrors"/>).</summary>
public static class CliApp
{
    /// <summary>What `generals --help` says about exit codes (README has the same table).</summary>
    public const string ExitCodesHelp =
        "Exit codes: 0 as expected, 1 not as expected, 2 unknown (also: a process died unplanned, or the run was interrupted), "
        + "64 usage error, 65 bad input file (scenario YAML, nf.config), 66 input file missing, 70 internal error, "
        + "74 I/O failure (port in use, read-only or full disk, a process that cannot start).";

    /// <summary>The global option that adds the stack trace to an error.</summary>
    public const string VerboseOption = "--verbose";

    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        RootCommand root = Build(console);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return CliErrors.ReportUsage(parsed, console.Error);
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Output,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (Exception e)
        {
            return CliErrors.Report(e, console.Error, parsed.GetValue<bool>(VerboseOption));
        }
    }

    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "Generals Lab: the network and the referee for a kit of generals (ESP32 boards, emulated or simulated).\n" + ExitCodesHelp);
        root.Options.Add(new Option<bool>(VerboseOption) { Description = "Print the stack trace of an error.", Recursive = true });
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(ExploreCommand.Create(console));
        root.Subcommands.Add(GradeCommand.Create(console));
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(ScenariosCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(CostsCommand.Create(console));
        root.Subcommands.Add(WireCommand.Create(console));
        root.Subcommands.Add(SniffCommand.Create(console));
        root.Subcommands.Add(ProvisionCommand.Create(console));
        root.Subcommands.Add(KeysCommand.Create(console));
        root.Subcommands.Add(NodeCommand.Create(console));
        root.Subcommands.Add(BrokerCommand.Create(console));
        root.Subcommands.Add(SuperviseCommand.Create(console));
        root.Subcommands.Add(LabCommand.Create(console));
        root.Subcommands.Add(BoardsCommand.Create(console));
        root.Subcommands.Add(PowerCommand.Create(console));
        root.Subcommands.Add(FlashCommand.Create(console));
        VersionText.Use(root);
        return root;
    }
}
