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
    private MosquittoBroker? _first;

    private MosquittoPair(string folder, string kit, KitCredentials credentials, int[] generals, GeneralsLauncher? supervisor)
    {
        _folder = folder;
        _kit = kit;
        _credentials = credentials;
        _generals = generals;
        _supervisor = supervisor;
    }

    /// <summary>The first broker (the bridge's remote); null while it is stopped.</summary>
    public MosquittoBroker? First => _first;

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
        _first?.ExpectExit();
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
            pair.StartFirst();
            pair.Second = MosquittoBroker.Start(Path.Combine(folder, "second"), kit, credentials, pair._generals, supervisor, new MosquittoBridge(pair.FirstPort, password));
        }
        catch
        {
            pair.Dispose();
            throw;
        }

        return pair;
    }

    /// <summary>Kills the first broker (its clients see the connection drop; the bridge retries it every second).</summary>
    public void StopFirst()
    {
        _first?.ExpectExit();
        _first?.Dispose();
        _first = null;
    }

    /// <summary>Starts the first broker again on its port.</summary>
    public void StartFirst()
    {
        _first = MosquittoBroker.Start(Path.Combine(_folder, "first"), _kit, _credentials, _generals, _supervisor, port: FirstPort);
        FirstPort = _first.Port;
    }

    public void Dispose()
    {
        _first?.Dispose();
        Second?.Dispose();
    }
}
