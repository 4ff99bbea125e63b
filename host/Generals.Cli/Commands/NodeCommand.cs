using System.CommandLine;
using System.Runtime.InteropServices;
using Generals.Core.Config;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Harness.Exercises;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Provisioning;
using Generals.Harness.Runs;
using Generals.Harness.Timing;
using Generals.Host.Node;

namespace Generals.Cli.Commands;

/// <summary>`generals node`: one general as an OS process (an emulated board), until SIGTERM or Ctrl-C.</summary>
public static class NodeCommand
{
    /// <summary>The lock file in a general's data folder, held while a general runs on it.</summary>
    public const string DataLockFile = "general.lock";

    public static Command Create(CliConsole console) => Create(console, new NodeProfileOptions());

    /// <summary>The command, whose settings options are <paramref name="profile"/> (tests read what a command line gives).</summary>
    internal static Command Create(CliConsole console, NodeProfileOptions profile)
    {
        var config = new Option<string>("--config") { Description = "The kit's nf.config (nf.keys beside it).", DefaultValueFactory = _ => KitConfigFile.DefaultPath };
        var id = new Option<int>("--id") { Description = "This general's id (a [board N] of nf.config).", Required = true };
        var data = new Option<string>("--data") { Description = "This general's data folder (its store survives kill -9 here).", Required = true };
        var broker = new Option<string?>("--broker") { Description = "mqtt://host:port, or several joined by commas (tried in order, failing over), instead of nf.config's broker." };
        var secrets = new Option<string?>("--secrets") { Description = "The secrets root (default: GENERALS_SECRETS, then ~/.generals/secrets)." };
        var parent = new Option<int?>("--parent-pid")
        {
            Description = "Die with this parent process: exit at once when it ends or when standard input (a pipe the parent holds open) "
                + "reaches its end, and leave the terminal's process group so that Ctrl-C goes to the parent. The harness passes its own PID.",
        };
        var clockScale = new Option<int>("--clock-scale")
        {
            Description = "Run the general's clock this many times slower than real time (the harness's choice for a plan whose timing "
                + "this machine cannot honour in real time; docs/worlds.md).",
            DefaultValueFactory = _ => 1,
        };
        var connectTimeout = new Option<string?>("--connect-timeout")
        {
            Description = "Give up (exit 74) when no broker has answered after this long (30s, 2m; 0: never). Default: 60s, or never "
                + "for a general the harness starts (--parent-pid), which waits as long as its harness. Meanwhile it says every 5 s what it waits for.",
        };
        var exercise = new Option<string?>("--exercise") { Description = "A student's built exercise assembly whose class for --lab replaces the kit's part (what `generals grade` runs; exercises/README.md)." };
        var lab = new Option<string?>("--lab") { Description = "The exercise of --exercise: " + ExerciseLabs.Accepted + "." };
        connectTimeout.Validators.Add(CliValues.DurationValue);
        clockScale.Validators.Add(result => CliValues.InRange(result, 1, TimeScale.Max));
        broker.Validators.Add(result => CliValues.BrokerUrl(result, allowMosquitto: false, allowList: true));
        var command = new Command("node", "Run one general as an OS process (what a board runs, over MQTT).");
        foreach (Option option in (Option[])[config, id, data, broker, secrets, .. profile.All, clockScale, connectTimeout, exercise, lab, parent])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(
            parse.GetValue(config)!, parse.GetValue(id), parse.GetValue(data)!, parse.GetValue(broker), parse.GetValue(secrets),
            parse, profile, parse.GetValue(parent), parse.GetValue(clockScale), ConnectTimeout(parse.GetValue(connectTimeout), parse.GetValue(parent)),
            Exercise(parse.GetValue(exercise), parse.GetValue(lab), console), console));
        return command;
    }

    private static int Run(
        string configPath, int id, string data, string? brokerUrl, string? secretsOption, ParseResult parse, NodeProfileOptions profileOptions, int? parentPid, int clockScale,
        TimeSpan? connectTimeout, ExerciseParts? parts, CliConsole console)
    {
        using ParentWatch? parentWatch = parentPid is { } pid ? WatchParent(pid) : null;
        KitConfigInput.RequireFile(configPath);

        var errors = new List<string>();
        KitConfig? config = KitConfigFile.Load(configPath, errors);
        string secretsRoot = SecretsLocation.Root(secretsOption);
        IVerifier? verifier = config == null ? null : KitKeys.LoadVerifier(configPath, errors);
        // Held (locked) until this process exits: a second `generals node --id N` on the same key is refused at once.
        using HeldSigner? signer = config == null ? null : KitKeys.OpenSigner(configPath, secretsRoot, id, errors);
        byte[]? telemetryKey = config == null ? null : KitKeys.OpenTelemetryKey(configPath, secretsRoot, id, errors);
        LinkKeys? linkKeys = config == null ? null : KitKeys.OpenLinkKeys(configPath, secretsRoot, id, errors);
        if (config != null && config.Board(id) == null)
        {
            errors.Add($"{configPath}: there is no [board {id}]");
        }

        // The data folder is one general's state: a second process on it (another id by mistake) is refused too.
        OutputFolder.Write(data, () => Directory.CreateDirectory(data));
        using FileLock dataLock = FileLock.TryAcquire(Path.Combine(data, DataLockFile), out string? dataHolder)
            ?? throw new IOException($"{Path.GetFullPath(data)} is in use by {dataHolder} (another general runs on this data folder)");

        NodeProfile? profile = profileOptions.Read(parse, errors);
        string password = config == null ? "" : ReadPassword(SecretsLocation.KitFolder(secretsRoot, config.Kit), id);
        if (errors.Count > 0 || config == null || profile == null || verifier == null || signer == null || telemetryKey == null || linkKeys == null)
        {
            throw new InvalidDataException(string.Join('\n', errors));
        }

        if (signer.Failure != SignError.None)
        {
            console.Error.WriteLine($"warning: {signer.File}: the key cannot sign ({signer.Failure}); the general reports it and signs nothing (see `generals keys status`)");
        }

        IReadOnlyList<BrokerAddress> brokers = brokerUrl != null ? MqttEndpoint.ParseBrokers(brokerUrl) : config.Brokers;
        NodeSettings settings = Settings(config, id, profile, new NodeKeys { Signer = signer, Verifier = verifier, TelemetryKey = telemetryKey, LinkKeys = linkKeys });
        string user = KitCredentials.UserOf(id);
        using var stop = new CancellationTokenSource();
        using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        return NodeHost.Run(settings, new MqttEndpoint(brokers, user, user, password), data, stop.Token, console.Output, clockScale, connectTimeout, parts)
            ? 0
            : ExitCodes.IoFailure;
    }

    /// <summary>The parts of --exercise's class for --lab, or null without --exercise; one without the other is a usage error.</summary>
    private static ExerciseParts? Exercise(string? assembly, string? lab, CliConsole console)
    {
        if (assembly == null && lab == null)
        {
            return null;
        }

        ExerciseLab? parsed = lab == null ? null : ExerciseLabs.Parse(lab);
        if (assembly == null || parsed == null)
        {
            throw new UsageException(assembly == null ? "--lab needs --exercise" : $"--exercise needs --lab ({ExerciseLabs.Accepted})");
        }

        try
        {
            return ExerciseNode.Parts(assembly, parsed.Value, console.Output);
        }
        catch (ExerciseException e)
        {
            throw new InvalidDataException(e.Message);
        }
    }

    /// <summary>How long a node waits for its first broker: as told (0: never), else 60 s by hand and never under a harness.</summary>
    internal static TimeSpan? ConnectTimeout(string? told, int? parentPid) =>
        told != null ? (CliValues.Duration(told) is { } limit && limit > TimeSpan.Zero ? limit : null)
        : parentPid == null ? DefaultConnectTimeout : null;

    /// <summary>How long `generals node` run by hand waits for a broker: a mistyped address shows within a minute.</summary>
    internal static readonly TimeSpan DefaultConnectTimeout = TimeSpan.FromSeconds(60);

    /// <summary>General <paramref name="id"/>'s settings: its peers are the kit's other boards, the rest comes from the profile.</summary>
    internal static NodeSettings Settings(KitConfig config, int id, NodeProfile profile, NodeKeys keys) =>
        NodeSettingsFactory.Create(config.Kit, id, [.. config.Boards.Select(b => b.Id)], profile, keys);

    private static string ReadPassword(string secretsKitFolder, int id)
    {
        string path = KitCredentials.FileOf(secretsKitFolder, KitCredentials.UserOf(id));
        return File.Exists(path)
            ? File.ReadAllText(path).Trim()
            : throw new FileNotFoundException($"{path}: no broker password (run `generals provision`)", path);
    }

    /// <summary>A general started by the harness dies with it, at once and without a word (its output pipe is gone too).</summary>
    private static ParentWatch WatchParent(int parentPid)
    {
        ParentProcess.LeaveTerminalGroup();
        return ParentWatch.ForParent(parentPid, _ => Environment.Exit(ExitCodes.IoFailure));
    }
}
