using Generals.Cli.Commands;
using Generals.Harness.Checkers;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Cli.Serve;

/// <summary>
/// The live runs of one server: each a built-in scenario run on emulated generals by the code path of `generals run X
/// --mode emu` (<see cref="EmuRun"/>), its folder written to the store with <see cref="RunFolder"/> when it ends.
/// </summary>
public sealed class LiveSessions(string store, TextWriter log)
{
    /// <summary>Runs at once: each is one process per general plus a broker, and two already share a 2-core laptop's cores.</summary>
    public const int RunningMax = 2;

    /// <summary>Sessions kept for their pages (the oldest ended one is forgotten first; its run folder stays in the store).</summary>
    public const int SessionsMax = 32;

    /// <summary>How often a session's pump turns recorded events into lines and verdicts: a tenth of a second is live to an eye.</summary>
    public const int PumpIntervalMs = 100;

    /// <summary>How long a stopping server waits for its runs to stop their generals and write their partial folders (each general has 2 s to stop).</summary>
    public static readonly TimeSpan StopWait = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private readonly List<LiveSession> _sessions = [];
    private readonly List<Task> _runs = [];
    private int _nextId;

    /// <summary>The session <paramref name="id"/>, or null.</summary>
    public LiveSession? Find(int id)
    {
        lock (_lock)
        {
            return _sessions.Find(s => s.Id == id);
        }
    }

    /// <summary>Every session kept, newest first.</summary>
    public List<LiveSession> All()
    {
        lock (_lock)
        {
            return [.. _sessions.AsEnumerable().Reverse()];
        }
    }

    /// <summary>Starts a run of the built-in <paramref name="name"/>; the session, or the refusal's name and words.</summary>
    public (LiveSession? Session, string Error, string Detail) Start(string name, ulong? seedGiven)
    {
        if (!ScenarioLoader.BuiltInNames().Contains(name, StringComparer.Ordinal))
        {
            return (null, "unknown-scenario", $"{name}: not a built-in scenario (`generals scenarios` lists them)");
        }

        Scenario scenario = ScenarioLoader.Load(name);
        ulong seed = seedGiven ?? scenario.Seed ?? ScenarioRunner.NewSeed();
        LiveSession session;
        lock (_lock)
        {
            if (_sessions.Count(s => !s.Ended) >= RunningMax)
            {
                return (null, "busy", $"{RunningMax} live runs are going already: wait for one to end");
            }

            string folder = UniqueFolder(scenario.Name);
            session = new LiveSession(++_nextId, scenario.Name, scenario.Generals, seed, folder, Path.GetRelativePath(store, folder).Replace(Path.DirectorySeparatorChar, '/'));
            _sessions.Add(session);
            if (_sessions.Count > SessionsMax && _sessions.FindIndex(s => s.Ended) is int oldest and >= 0)
            {
                _sessions.RemoveAt(oldest);
            }
        }

        Task run = Task.Run(() => Run(session, scenario));
        lock (_lock)
        {
            _runs.RemoveAll(r => r.IsCompleted);
            _runs.Add(run);
        }

        _ = Task.Run(() => PumpAsync(session));
        return (session, "", "");
    }

    /// <summary>Stops every live run (the server is stopping) and waits, at most <see cref="StopWait"/>, for each to write its partial folder.</summary>
    public async Task StopAllAsync()
    {
        Task[] runs;
        lock (_lock)
        {
            runs = [.. _runs];
        }

        foreach (LiveSession session in All())
        {
            await session.Cancel.CancelAsync().ConfigureAwait(false);
        }

        await Task.WhenAny(Task.WhenAll(runs), Task.Delay(StopWait)).ConfigureAwait(false);
    }

    private void Run(LiveSession session, Scenario scenario)
    {
        var console = new CliConsole(TextReader.Null, new PrefixWriter(log, $"live {session.Id}: "), new PrefixWriter(log, $"live {session.Id}: "), inputRedirected: true);
        try
        {
            var control = new EmuControl(session.Cancel.Token, () => "the server stopped", session.Attach);
            RunOutcome run = EmuRun.Run(scenario, session.Seed, session.Folder, broker: null, kitFolder: null, console, control);
            OutputFolder.Write(session.Folder, () => RunFolder.Write(run, session.Folder, linkLatest: true));
            string match = run.ExitCode == ExitCodes.AsExpected ? "as expected" : "NOT AS EXPECTED";
            session.Finish($"{run.Verdict.Name()}, expected {run.Expected.Name()}: {match}");
            console.Output.WriteLine($"{scenario.Name}: {session.Outcome}; run folder {session.Folder}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            session.Fail(e.Message);
            console.Error.WriteLine($"{scenario.Name}: failed: {e.Message}");
        }
    }

    private static async Task PumpAsync(LiveSession session)
    {
        while (!session.Ended)
        {
            session.Pump();
            await Task.Delay(PumpIntervalMs).ConfigureAwait(false);
        }
    }

    // Two runs of one scenario started in the same millisecond must not share a folder.
    private string UniqueFolder(string scenario)
    {
        string folder = RunFolder.DefaultPath(store, scenario, DateTime.UtcNow);
        for (int n = 2; Directory.Exists(folder) || _sessions.Any(s => s.Folder == folder); n++)
        {
            folder = RunFolder.DefaultPath(store, scenario, DateTime.UtcNow) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return folder;
    }
}
