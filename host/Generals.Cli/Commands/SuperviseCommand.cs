using System.CommandLine;
using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Commands;

/// <summary>
/// `generals supervise --parent-pid PID -- PROGRAM ARGS...` (hidden: the harness's own tool): runs a program that
/// cannot watch the harness itself, mosquitto, so that it dies with the harness (see <see cref="Supervisor"/>).
/// </summary>
public static class SuperviseCommand
{
    public static Command Create(CliConsole console)
    {
        var parent = new Option<int>("--parent-pid") { Description = "The harness's PID: the program is killed the moment it is gone.", Required = true };
        var program = new Argument<string[]>("program") { Description = "The program and its arguments, after --.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("supervise", "Run a program (mosquitto) so that it dies with the harness that started it.") { Hidden = true };
        command.Options.Add(parent);
        command.Arguments.Add(program);
        command.SetAction(parse =>
        {
            string[] line = parse.GetValue(program)!;
            return Supervisor.Run(parse.GetValue(parent), line[0], line[1..], console.Error);
        });
        return command;
    }
}
