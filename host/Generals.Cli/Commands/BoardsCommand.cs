using System.CommandLine;
using Spectre.Console;
using Generals.Core.Config;
using Generals.Harness.Provisioning;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Worlds.Lab;

namespace Generals.Cli.Commands;

/// <summary>
/// `generals boards`: the presence table of the kit's boards (status, firmware, boot count, reset cause, free heap, Wi-Fi
/// RSSI, signatures left, last seen), from what they publish while the kit's broker listens. Exit 0 when every board is online.
/// </summary>
public static class BoardsCommand
{
    public static Command Create(CliConsole console)
    {
        var config = new Option<string>("--config") { Description = "The kit's nf.config.", DefaultValueFactory = _ => KitConfigFile.DefaultPath };
        var secrets = new Option<string?>("--secrets") { Description = "The secrets root of the kit (default: GENERALS_SECRETS, then ~/.generals/secrets)." };
        var broker = new Option<string?>("--broker") { Description = "Join this broker (mqtt://host:port) instead of serving nf.config's listener." };
        broker.Validators.Add(result => CliValues.BrokerUrl(result, allowMosquitto: false));
        var listen = new Option<string>("--listen")
        {
            Description = "How long to listen (boards retry a broker at most every 5 s, so 8 s sees every board that is on).",
            DefaultValueFactory = _ => "8s",
        };
        listen.Validators.Add(CliValues.DurationValue);
        Option<bool> json = CliJson.Option();
        var command = new Command("boards", "Who of the kit's boards is there: a presence table from their status and boot reports.");
        foreach (Option option in (Option[])[config, secrets, broker, listen, json])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(parse.GetValue(config)!, parse.GetValue(secrets), parse.GetValue(broker), CliValues.Duration(parse.GetValue(listen)!)!.Value, parse.GetValue(json), console));
        return command;
    }

    private static int Run(string configPath, string? secrets, string? broker, TimeSpan listen, bool json, CliConsole console)
    {
        KitConfig config = KitConfigInput.Load(configPath);
        if (config.Boards.Length == 0)
        {
            throw new InvalidDataException($"{configPath}: no [board N] section");
        }

        string secretsRoot = SecretsLocation.Root(secrets);
        var scenario = new Scenario { Name = "boards", Kit = config.Kit, Generals = config.Boards.Max(b => b.Id) };
        using ProvisionedEmuKit kit = ProvisionedEmuKit.OpenConfig(
            scenario, 1, configPath, secretsRoot, Path.Combine(SecretsLocation.KitFolder(secretsRoot, config.Kit), LabRun.HarnessDataFolder), configPath);
        console.Error.WriteLine($"listening {listen.TotalSeconds:0.#} s for the boards of kit {config.Kit}");
        (IReadOnlyList<BoardSighting> boards, long nowMs) = BoardsWatch.ListenAsync(config, configPath, kit, broker, listen, CancellationToken.None).GetAwaiter().GetResult();
        bool allOnline = boards.All(b => b.Status == Harness.Network.GeneralStatus.Online);
        if (json)
        {
            CliJson.Write(console, BoardsJson.Document(config.Kit, listen, boards, nowMs, allOnline));
        }
        else
        {
            Table table = CliTable.Create(console, [.. PresenceTable.Columns]);
            foreach (BoardSighting board in boards)
            {
                string[] cells = PresenceTable.Cells(board, nowMs);
                table.AddRow([.. cells.Select((cell, i) => i == 1 ? new Text(cell, StatusStyle(board.Status)) : new Text(cell))]);
            }

            CliTable.Write(console, table);
        }

        return allOnline ? ExitCodes.AsExpected : ExitCodes.NotAsExpected;
    }

    private static Style StatusStyle(Harness.Network.GeneralStatus status) => status switch
    {
        Harness.Network.GeneralStatus.Online => new Style(Color.Green),
        Harness.Network.GeneralStatus.Unknown => new Style(Color.Yellow),
        _ => new Style(Color.Red),
    };
}
