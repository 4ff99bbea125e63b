using System.CommandLine;
using System.Net;
using Generals.Cli.Serve;

namespace Generals.Cli.Commands;

/// <summary>`generals serve [store]`: a local web app over the run folders, with live emulated runs and the instructor's buttons (docs/serve.md).</summary>
public static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var store = new Argument<string>("store")
        {
            Description = "The folder `generals run` writes run folders into.",
            DefaultValueFactory = _ => "store",
        };
        var port = new Option<int>("--port")
        {
            Description = $"The port to listen on; 0: any free port (the URL printed says which). Default {ServeOptions.DefaultPort}.",
            DefaultValueFactory = _ => ServeOptions.DefaultPort,
        };
        port.Validators.Add(result => CliValues.InRange(result, 0, IPEndPoint.MaxPort));
        var bind = new Option<string>("--bind")
        {
            Description = "The address to listen on. Default 127.0.0.1 (this machine only); any other address needs --token.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var token = new Option<string?>("--token")
        {
            Description = "Every request must carry this token (open the page once with ?token=T; scripts send the X-Generals-Token header). Required with a --bind that is not loopback.",
        };
        var command = new Command("serve", "Serve the store's runs (coloured by verdict, with their reports) and live emulated runs with the instructor's "
            + "buttons (crash, restart, pause, resume, partition, heal) in a browser. Stops on SIGINT or SIGTERM.");
        command.Arguments.Add(store);
        command.Options.Add(port);
        command.Options.Add(bind);
        command.Options.Add(token);
        command.SetAction(parse =>
        {
            ServeOptions options = Options(parse.GetValue(store)!, parse.GetValue(bind)!, parse.GetValue(port), parse.GetValue(token));
            return Serve(options, console).GetAwaiter().GetResult();
        });
        return command;
    }

    /// <summary>The server's options from the command line; a usage error for an address that is not one, or one beyond loopback without a token.</summary>
    public static ServeOptions Options(string store, string bind, int port, string? token)
    {
        if (!IPAddress.TryParse(bind, out IPAddress? address))
        {
            throw new UsageException($"--bind {bind}: not an IP address (127.0.0.1, ::1, 0.0.0.0, ...)");
        }

        if (token is { Length: 0 })
        {
            throw new UsageException("--token: an empty token would let anyone in");
        }

        if (!IPAddress.IsLoopback(address) && token == null)
        {
            throw new UsageException($"--bind {bind} is not a loopback address: anyone who reaches it could crash generals; give --token T, "
                + "which every request must then carry");
        }

        return new ServeOptions(store, address, port, token);
    }

    private static async Task<int> Serve(ServeOptions options, CliConsole console)
    {
        await using ServeServer server = await StartAsync(options, console).ConfigureAwait(false);
        console.Output.WriteLine($"serving {server.Runs.Root} at {server.Url}{(options.Token == null ? "" : "?token=...")}");
        console.Output.WriteLine("stop with Ctrl-C");
        await server.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    // A port in use is an I/O failure (exit 74), as for the broker.
    private static async Task<ServeServer> StartAsync(ServeOptions options, CliConsole console)
    {
        try
        {
            return await ServeServer.StartAsync(options, console.Output).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new IOException($"{options.Address}:{options.Port}: cannot listen there ({e.Message.TrimEnd('.')})", e);
        }
    }
}
