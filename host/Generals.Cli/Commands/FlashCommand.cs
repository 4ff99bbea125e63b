using System.CommandLine;
using Generals.Core.Config;
using Generals.Harness.Provisioning;
using Generals.Harness.Provisioning.Flash;
using Generals.Harness.Runs;
using Generals.Harness.Worlds.Lab.Power;

namespace Generals.Cli.Commands;

/// <summary>
/// `generals flash`: for each board of nf.config (or `--board N`), on its serial port, `nanoff` writes nanoFramework
/// (`--update`) and our application (`--deploy --image`), then copies the board's configuration and secrets onto its flash
/// (`--filedeployment`, files staged in the kit's secrets folder, never in the repository). A board whose signing key it
/// copied before is refused: the board has signed since, and the host's copy would put its key state back.
/// </summary>
public static class FlashCommand
{
    /// <summary>The application image the firmware's Release build leaves (firmware/README.md).</summary>
    public const string DefaultImage = "firmware/Generals.Firmware/bin/Release/Generals.Firmware.bin";

    /// <summary>How long one nanoff step may take: a firmware write over serial takes a minute or two.</summary>
    private static readonly TimeSpan NanoffTimeout = TimeSpan.FromMinutes(5);

    public static Command Create(CliConsole console)
    {
        var config = new Option<string>("--config") { Description = "The kit's nf.config (nf.keys beside it).", DefaultValueFactory = _ => KitConfigFile.DefaultPath };
        var board = new Option<int?>("--board") { Description = "Flash only this board (default: every board of nf.config)." };
        var secrets = new Option<string?>("--secrets") { Description = "The secrets root of the kit (default: GENERALS_SECRETS, then ~/.generals/secrets)." };
        var image = new Option<string>("--image") { Description = "The application image to deploy.", DefaultValueFactory = _ => DefaultImage };
        var link = new Option<string>("--link")
        {
            Description = "The board's link stack, written into its board.ini (as generals node --link).",
            DefaultValueFactory = _ => "reliable,durable,authenticated",
        };
        var keepKey = new Option<bool>("--keep-key") { Description = "Leave the board's signing key as it is on the board (a board flashed before)." };
        var command = new Command("flash", "Write nanoFramework, the application and the board's configuration and secrets onto each board with nanoff "
            + "(`dotnet tool install -g nanoff`).");
        foreach (Option option in (Option[])[config, board, secrets, image, link, keepKey])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(parse.GetValue(config)!, parse.GetValue(board), parse.GetValue(secrets), parse.GetValue(image)!, parse.GetValue(link)!,
            parse.GetValue(keepKey), console));
        return command;
    }

    private static int Run(string configPath, int? only, string? secretsOption, string image, string link, bool keepKey, CliConsole console)
    {
        KitConfig config = KitConfigInput.Load(configPath);
        var errors = new List<string>();
        IReadOnlyList<KitKeyEntry> keys = KitKeyFile.Parse(File.ReadAllText(KitKeyFile.PathFor(configPath)), errors);
        if (errors.Count > 0)
        {
            throw new InvalidDataException(string.Join('\n', errors));
        }

        if (!File.Exists(image))
        {
            throw new FileNotFoundException($"{image}: no application image; build firmware/Generals.Firmware.sln (Release) first, or give --image", image);
        }

        BoardConfig[] boards = only is { } id ? [config.Board(id) ?? throw new InvalidDataException($"{configPath}: there is no [board {id}]")] : config.Boards;
        string secretsRoot = SecretsLocation.Root(secretsOption);
        var ledger = new FlashLedger(SecretsLocation.KitFolder(secretsRoot, config.Kit));
        var nanoff = new ToolRunner(timeout: NanoffTimeout);
        int code = ExitCodes.AsExpected;
        foreach (BoardConfig board in boards)
        {
            code = Math.Max(code, Flash(config, configPath, secretsRoot, board, keys, ledger, nanoff, image, link, keepKey, console));
        }

        return code;
    }

    private static int Flash(
        KitConfig config, string configPath, string secretsRoot, BoardConfig board, IReadOnlyList<KitKeyEntry> keys, FlashLedger ledger, ToolRunner nanoff,
        string image, string link, bool keepKey, CliConsole console)
    {
        if (string.IsNullOrEmpty(board.Serial))
        {
            throw new InvalidDataException($"{configPath}: [board {board.Id}] has no serial port (serial = /dev/ttyUSB0)");
        }

        KitKeyEntry key = keys.FirstOrDefault(k => k.SignerId == board.Id) ?? throw new InvalidDataException($"{KitKeyFile.PathFor(configPath)}: no key for board {board.Id} (run `generals provision`)");
        bool stateful = key.Scheme == "lms";
        if (stateful && !keepKey && ledger.DeployedAt(board.Id, key.PublicKey) is { } when)
        {
            console.Error.WriteLine($"board {board.Id}: refused: its LMS key was copied onto it on {when} and the board has signed since; copying it again would put "
                + "its one-time-key mark back (indices used twice). Flash with --keep-key (the board keeps its key), or make a new key with `generals provision --force`.");
            return ExitCodes.NotAsExpected;
        }

        BoardImage files = BoardImage.Stage(config, configPath, secretsRoot, board, link, withKey: !keepKey);
        string[][] steps =
        [
            ["--target", config.Target, "--serialport", board.Serial, "--update", "--fwversion", config.Firmware],
            ["--target", config.Target, "--serialport", board.Serial, "--deploy", "--image", Path.GetFullPath(image)],
            ["--filedeployment", files.DeployFile],
        ];
        foreach (string[] step in steps)
        {
            ToolResult result = nanoff.Run("nanoff", step);
            console.Output.WriteLine($"board {board.Id}: {result}");
            if (!result.Ok)
            {
                console.Error.WriteLine($"board {board.Id}: {result.Command} failed: {result.Output}");
                return ExitCodes.IoFailure;
            }
        }

        if (stateful && !keepKey)
        {
            ledger.Deployed(board.Id, key.PublicKey, DateTime.UtcNow);
        }

        console.Output.WriteLine($"board {board.Id}: flashed ({files.Destinations.Count} files on I:, staged in {files.Folder})");
        return ExitCodes.AsExpected;
    }
}
