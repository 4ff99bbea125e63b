using System.Diagnostics;

namespace Generals.Host.Node;

/// <summary>
/// Until a general first reaches its broker, says so every <see cref="ReportEvery"/> (the broker's address, how long, why the
/// last attempt failed) and, past <c>giveUpAfter</c>, gives up: writes why and stops the general. A general the harness
/// started waits as long as the harness (it passes no limit): a lab's boards come up before the run's broker does.
/// </summary>
public sealed class BrokerWait : IDisposable
{
    /// <summary>How often a waiting general says it is waiting: often enough to be seen, rarely enough to be read.</summary>
    public static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    private readonly MqttTransport _transport;
    private readonly MqttEndpoint _endpoint;
    private readonly TimeSpan? _giveUpAfter;
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _stop;
    private readonly ManualResetEventSlim _done = new();
    private readonly Thread _thread;

    public BrokerWait(MqttTransport transport, MqttEndpoint endpoint, TimeSpan? giveUpAfter, TextWriter log, CancellationTokenSource stop)
    {
        _transport = transport;
        _endpoint = endpoint;
        _giveUpAfter = giveUpAfter;
        _log = log;
        _stop = stop;
        _thread = new Thread(Watch) { IsBackground = true, Name = "broker wait" };
        _thread.Start();
    }

    /// <summary>True when the general stopped because no broker answered in time.</summary>
    public bool GaveUp { get; private set; }

    public void Dispose()
    {
        _done.Set();
        _thread.Join();
        _done.Dispose();
    }

    private void Watch()
    {
        var waited = Stopwatch.StartNew();
        while (!_done.Wait(ReportEvery) && !_transport.EverConnected)
        {
            string why = _transport.LastConnectError.Length > 0 ? _transport.LastConnectError : "no answer yet";
            if (_giveUpAfter is { } limit && waited.Elapsed >= limit)
            {
                _log.WriteLine($"gave up: no broker at {_endpoint.Describe()} after {waited.Elapsed.TotalSeconds:0} s ({why}); "
                    + "is the broker running (`generals broker`), and is nf.config's broker (or --broker) its address?");
                GaveUp = true;
                _stop.Cancel();
                return;
            }

            string until = _giveUpAfter is { } l ? $", giving up after {l.TotalSeconds:0} s" : "";
            _log.WriteLine($"waiting for the broker at {_endpoint.Describe()} for {waited.Elapsed.TotalSeconds:0} s: {why}{until}");
        }
    }
}
