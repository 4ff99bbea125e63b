using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using Generals.Core.Config;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Provisioning;
using Generals.Harness.Worlds.Mqtt;

namespace Generals.Cli.Commands;

/// <summary>`generals broker`: the embedded MQTT broker for a lab, on nf.config's listener, with the kit's
/// credentials and ACL (the harness joins it as a client and relays wire to inbox through the nemesis).</summary>
public static class BrokerCommand
{
    public static Command Create(CliConsole console)
    {
        var config = new Option<string>("--config") { Description = "The kit's nf.config.", DefaultValueFactory = _ => KitConfigFile.DefaultPath };
        var secrets = new Option<string?>("--secrets") { Description = "The secrets root holding the broker passwords from `generals provision`." };
        var command = new Command("broker", "Serve the kit's MQTT broker on nf.config's listener until Ctrl-C.");
        command.Options.Add(config);
        command.Options.Add(secrets);
        command.SetAction(parse => Run(parse.GetValue(config)!, parse.GetValue(secrets), console));
        return command;
    }

    private static int Run(string configPath, string? secretsOption, CliConsole console)
    {
        KitConfig config = KitConfigInput.Load(configPath);
        string secretsFolder = SecretsLocation.KitFolder(SecretsLocation.Root(secretsOption), config.Kit);
        KitCredentials credentials = KitCredentials.Load(secretsFolder, config.Boards.Select(b => b.Id))
            ?? throw new FileNotFoundException($"{secretsFolder}: no broker passwords (run `generals provision`)", secretsFolder);
        (IPAddress address, int port) = KitBroker.ParseListener(config.Listener, configPath);

        BrokerLimits limits = BrokerLimits.ForGenerals(config.Boards.Length);
        var broker = new EmbeddedBroker(config.Kit, credentials, network: null, port, address, limits);
        try
        {
            broker.StartAsync().GetAwaiter().GetResult();
        }
        catch (SocketException e)
        {
            throw new IOException($"{configPath}: listener {config.Listener}: {e.Message}", e);
        }

        console.Output.WriteLine($"broker for kit {config.Kit} on {config.Listener} only: {credentials.Passwords.Count} users, anonymous refused; Ctrl-C stops it");
        console.Output.WriteLine($"limits: packets up to {limits.PacketBytesMax} bytes, CONNECT within {limits.ConnectTimeout.TotalSeconds} s, "
            + $"{limits.ConnectionsPerAddressMax} connections per address, {limits.ConnectionsMax} in all");
        using var stop = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Set();
        };
        stop.Wait();
        console.Output.WriteLine("stopping: " + string.Join(", ", broker.Refusals.Snapshot().Select(c => $"{c.Key} {c.Value}")));
        broker.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return 0;
    }
}
