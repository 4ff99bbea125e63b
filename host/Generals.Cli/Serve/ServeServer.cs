using System.Globalization;
using Generals.Harness.Report;
using Generals.Harness.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Generals.Cli.Serve;

/// <summary>
/// `generals serve` as a running web server (ASP.NET Core minimal APIs on Kestrel): the runs list, the run folders'
/// files, live emulated runs with their server-sent history and the instructor's buttons. docs/serve.md describes it.
/// </summary>
public sealed class ServeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LiveSessions _sessions;

    private ServeServer(WebApplication app, LiveSessions sessions, StoreRuns runs, ServeCounters counters)
    {
        _app = app;
        _sessions = sessions;
        Runs = runs;
        Counters = counters;
    }

    /// <summary>The address it answers on (http://127.0.0.1:8321/).</summary>
    public string Url { get; private set; } = "";

    /// <summary>What it refused, by name.</summary>
    public ServeCounters Counters { get; }

    /// <summary>The store it serves.</summary>
    public StoreRuns Runs { get; }

    /// <summary>The live runs.</summary>
    public LiveSessions Sessions => _sessions;

    /// <summary>Starts listening; <paramref name="log"/> hears the live runs' progress.</summary>
    public static async Task<ServeServer> StartAsync(ServeOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(options.Address, options.Port));
        WebApplication app = builder.Build();
        var counters = new ServeCounters();
        var runs = new StoreRuns(options.Store);
        var server = new ServeServer(app, new LiveSessions(runs.Root, log), runs, counters);
        var gate = new TokenGate(options.Token, counters);
        app.Use(async (context, next) =>
        {
            if (await gate.AdmitAsync(context).ConfigureAwait(false))
            {
                await next(context).ConfigureAwait(false);
            }
        });
        server.Map(app);
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = address.TrimEnd('/') + "/";
        return server;
    }

    /// <summary>Waits until the process is told to stop (SIGINT, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _sessions.StopAllAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/", () => Html(RunListPage.Render(Runs.Root, Runs.List(), ScenarioLoader.BuiltInNames(), _sessions.All())));
        app.MapGet("/counters", () => Results.Json(Counters.Snapshot()));
        app.MapGet("/runs/{**path}", (string path) => File(path));
        app.MapPost("/live", async (HttpRequest request) =>
        {
            IFormCollection form = request.HasFormContentType ? await request.ReadFormAsync().ConfigureAwait(false) : FormCollection.Empty;
            string name = form["scenario"].FirstOrDefault() ?? request.Query["scenario"].FirstOrDefault() ?? "";
            string seedText = form["seed"].FirstOrDefault() ?? request.Query["seed"].FirstOrDefault() ?? "";
            ulong? seed = null;
            if (seedText.Length > 0)
            {
                if (!ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out ulong parsed))
                {
                    return Refuse("bad-seed", $"{seedText}: a seed is a whole number from 0 to {ulong.MaxValue}");
                }

                seed = parsed;
            }

            (LiveSession? session, string error, string detail) = _sessions.Start(name, seed);
            return session == null ? Refuse(error, detail) : Results.Redirect($"/live/{session.Id}", permanent: false, preserveMethod: false);
        });
        app.MapGet("/live/{id:int}", (int id) => _sessions.Find(id) is { } s ? Html(LivePage.Render(s)) : NoSession(id));
        app.MapGet("/live/{id:int}/status", (int id) => _sessions.Find(id) is { } s ? Results.Text(s.StatusJson(), "application/json") : NoSession(id));
        app.MapGet("/live/{id:int}/events", (int id, HttpContext context) => _sessions.Find(id) is { } s ? LiveEvents.StreamAsync(s, context) : NoSession(id).ExecuteAsync(context));
        app.MapPost("/live/{id:int}/instructor/{command}", (int id, string command, HttpRequest request) =>
            _sessions.Find(id) is { } s ? InstructorCommand.Carry(s, command, request.Query["general"].FirstOrDefault(), request.Query["groups"].FirstOrDefault(), Counters) : NoSession(id));
        app.MapFallback(() => Refuse("not-found", "no such page", StatusCodes.Status404NotFound));
    }

    private IResult File(string path)
    {
        string? full = Runs.Resolve(path);
        if (full == null)
        {
            return Refuse("refused-path", $"{path}: not a file of a run folder this server sends", StatusCodes.Status404NotFound);
        }

        string folder = Path.GetDirectoryName(full)!;
        if (Path.GetFileName(full) == "report.html" && !System.IO.File.Exists(full) && System.IO.File.Exists(Path.Combine(folder, "history.jsonl")))
        {
            RunReport.WriteInto(folder);
        }

        if (!System.IO.File.Exists(full))
        {
            return Refuse("not-found", $"{path}: no such file", StatusCodes.Status404NotFound);
        }

        string type = Path.GetExtension(full) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".json" => "application/json",
            ".xml" => "application/xml",
            ".svg" => "image/svg+xml",
            _ => "text/plain; charset=utf-8",
        };
        return Results.File(full, type);
    }

    private IResult NoSession(int id) => Refuse("unknown-run", $"no live run {id} on this server", StatusCodes.Status404NotFound);

    private IResult Refuse(string error, string detail, int status = StatusCodes.Status400BadRequest)
    {
        Counters.Count(error);
        return Results.Text(ServeError.Json(error, detail), "application/json", statusCode: status);
    }

    private static IResult Html(string page) => Results.Text(page, "text/html; charset=utf-8");
}
