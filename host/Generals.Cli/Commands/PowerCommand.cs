using System.CommandLine;
using Generals.Core.Config;
using Generals.Harness.Provisioning;
using Generals.Harness.Runs;
using Generals.Harness.Worlds.Lab.Power;

namespace Generals.Cli.Commands;

/// <summary>
/// `generals power BOARD on|off|cycle`: switches one board's power through its nf.config switch, as a lab run would, for an
/// instructor's bench work; prints the driver's own result. Exit 0 when the driver did it, 74 when it failed.
/// </summary>
public static class PowerCommand
{
    public static Command Create(CliConsole console)
    {
        var board = new Argument<int>("board") { Description = "The board's id (its [board N] in nf.config)." };
        var action = new Argument<string>("action") { Description = "on, off, or cycle (off, then on after --off-for)." };
        action.AcceptOnlyFromAmong("on", "off", "cycle");
        var config = new Option<string>("--config") { Description = "The kit's nf.config.", DefaultValueFactory = _ => KitConfigFile.DefaultPath };
        var offFor = new Option<string>("--off-for") { Description = "cycle: how long the power stays off (such as 2s, 500ms).", DefaultValueFactory = _ => "2s" };
        offFor.Validators.Add(CliValues.DurationValue);
        var command = new Command("power", "Switch a board's power through its nf.config switch (uhubctl, usbrelay, or a person for manual).");
        command.Arguments.Add(board);
        command.Arguments.Add(action);
        command.Options.Add(config);
        command.Options.Add(offFor);
        command.SetAction(parse => Run(parse.GetValue(board), parse.GetValue(action)!, parse.GetValue(config)!, CliValues.Duration(parse.GetValue(offFor)!)!.Value, console));
        return command;
    }

    private static int Run(int board, string action, string configPath, TimeSpan offFor, CliConsole console)
    {
        KitConfig config = KitConfigInput.Load(configPath);
        BoardConfig entry = config.Board(board) ?? throw new InvalidDataException($"{configPath}: there is no [board {board}]");
        if (PowerSwitches.Unsupported(entry.Power) is { } unsupported)
        {
            throw new InvalidDataException($"{configPath}: board {board}'s {unsupported}");
        }

        if (entry.Power.StartsWith("usbrelayd:", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{configPath}: board {board}'s {entry.Power} is driven through the kit's broker during a lab run "
                + "(generals run X --mode lab); use the relay's own `usbrelay` command line to switch it by hand");
        }

        IPowerSwitch power = PowerSwitches.For(board, entry.Power, new ToolRunner(), line => console.Output.WriteLine(line))
            ?? throw new InvalidDataException($"{configPath}: board {board} has no power switch (power = none)");
        using IDisposable? held = power as IDisposable;
        bool ok = action != "on" && Switch(power, board, on: false, console);
        if (action == "cycle" && ok)
        {
            Thread.Sleep(offFor);
        }

        if (action != "off")
        {
            ok = (action == "on" || ok) && Switch(power, board, on: true, console);
        }

        return ok ? ExitCodes.AsExpected : ExitCodes.IoFailure;
    }

    private static bool Switch(IPowerSwitch power, int board, bool on, CliConsole console)
    {
        ToolResult result = power.Switch(on);
        console.Output.WriteLine($"board {board} power {(on ? "on" : "off")} ({power.Spec}): {result}" + (result.Output.Length > 0 ? $": {result.Output}" : ""));
        return result.Ok;
    }
}
