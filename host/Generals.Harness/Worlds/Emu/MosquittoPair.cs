using System.Globalization;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Two real mosquittos on loopback bridged both ways for the kit's topics (docs/broker.md, "Redundant brokers"): the second
/// holds the one bridge connection to the first (<see cref="MosquittoBridge"/>), so a frame published on either reaches
/// subscribers on both. Either may stop; the first can be restarted on its port and the bridge rejoins it.
/// </summary>
public sealed class MosquittoPair : IDisposable
{
    private readonly string _folder;
    private readonly string _kit;
    private readonly KitCredentials _credentials;
    private readonly int[] _generals;
    private readonly GeneralsLauncher? _supervisor;
    /// <summary>How long the end of a run waits for a kill or restart still under way (each is bounded by its own wait).</summary>
    private static readonly TimeSpan OutageWaitMax = TimeSpan.FromSeconds(10);

    private readonly object _lock = new();
    private MosquittoBroker? _first;
    private Task _outage = Task.CompletedTask;

    private MosquittoPair(string folder, string kit, KitCredentials credentials, int[] generals, GeneralsLauncher? supervisor)
    {
        _folder = folder;
        _kit = kit;
        _credentials = credentials;
        _generals = generals;
        _supervisor = supervisor;
    }

    /// <summary>The first broker (the bridge's remote); null while it is stopped.</summary>
    public MosquittoBroker? First
    {
        get
        {
            lock (_lock)
            {
                return _first;
            }
        }
    }

    /// <summary>The second broker, holding the bridge to the first.</summary>
    public MosquittoBroker Second { get; private set; } = null!;

    /// <summary>The first broker's port, kept across a restart.</summary>
    public int FirstPort { get; private set; }

    /// <summary>Both brokers as nf.config and `generals node --broker` list them, the first first (or the second first).</summary>
    public string Urls(bool secondFirst = false)
    {
        string first = "mqtt://127.0.0.1:" + FirstPort.ToString(CultureInfo.InvariantCulture);
        return secondFirst ? $"{Second.Url}, {first}" : $"{first}, {Second.Url}";
    }

    /// <summary>From now on an exit of either broker is expected (the harness is stopping the run).</summary>
    public void ExpectExit()
    {
        First?.ExpectExit();
        Second?.ExpectExit();
    }

    /// <summary>Starts both brokers in <paramref name="folder"/>/first and /second, with a bridge user added to the kit's credentials.</summary>
    public static MosquittoPair Start(string folder, string kit, KitCredentials credentials, IEnumerable<int> generals, GeneralsLauncher? supervisor = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var pair = new MosquittoPair(folder, kit, credentials, [.. generals], supervisor);
        string password = credentials.BridgePassword();
        try
        {
            pair.StartFirstNow();
            pair.Second = MosquittoBroker.Start(Path.Combine(folder, "second"), kit, credentials, pair._generals, supervisor, new MosquittoBridge(pair.FirstPort, password));
        }
        catch
        {
            pair.Dispose();
            throw;
        }

        return pair;
    }

    /// <summary>
    /// Kills the first broker (its clients see the connection drop; the bridge retries it every second), off the caller's
    /// thread: the kill and the wait for the exit take a few hundred milliseconds on a loaded machine, which the run's
    /// scheduler (deliveries, commands) must not wait for. Each runs on a thread of its own (LongRunning), not on the thread
    /// pool, whose few threads on a small machine carry every MQTT client of the harness: one blocked there stalled them all.
    /// </summary>
    public void StopFirstInBackground()
    {
        MosquittoBroker? dying;
        lock (_lock)
        {
            dying = _first;
            _first = null;
        }

        dying?.ExpectExit();
        lock (_lock)
        {
            _outage = _outage.ContinueWith(_ => dying?.Dispose(), CancellationToken.None, TaskContinuationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Starts the first broker again on its port once its kill is done, off the caller's thread (a start waits until it
    /// listens); <paramref name="unplanned"/> hears of a start that failed and of an exit the harness did not cause.
    /// </summary>
    public void StartFirstInBackground(Action<string> unplanned)
    {
        lock (_lock)
        {
            _outage = _outage.ContinueWith(_ =>
            {
                try
                {
                    StartFirstNow();
                    First?.OnUnplannedExit(unplanned);
                }
                catch (ProcessStartException e)
                {
                    unplanned("the first broker of the pair did not start again: " + e.Message);
                }
            }, CancellationToken.None, TaskContinuationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>Kills the first broker and waits for its exit.</summary>
    public void StopFirst()
    {
        StopFirstInBackground();
        WaitForOutage();
    }

    /// <summary>Starts the first broker again on its port, now (once a kill under way is done).</summary>
    public void StartFirst()
    {
        WaitForOutage();
        StartFirstNow();
    }

    private void StartFirstNow()
    {
        MosquittoBroker first = MosquittoBroker.Start(Path.Combine(_folder, "first"), _kit, _credentials, _generals, _supervisor, port: FirstPort);
        lock (_lock)
        {
            _first = first;
            FirstPort = first.Port;
        }
    }

    public void Dispose()
    {
        WaitForOutage();
        First?.Dispose();
        Second?.Dispose();
    }

    // A kill waits up to ChildProcess's kill wait, a start until mosquitto listens: both are bounded, and so is this wait.
    private void WaitForOutage()
    {
        Task outage;
        lock (_lock)
        {
            outage = _outage;
        }

        outage.Wait(OutageWaitMax);
    }
}
