using System.Net;
using System.Net.Sockets;
using MQTTnet.Adapter;
using MQTTnet.Diagnostics.Logger;
using MQTTnet.Formatter;
using MQTTnet.Implementations;
using MQTTnet.Server;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The embedded broker's TCP listener, in place of MQTTnet's own (which buffers a whole CONNECT of any claimed size
/// before authentication, waits 100 s for a CONNECT, and also listens on [::]). It binds exactly the configured address,
/// refuses connections over the per-address and total caps, closes a client whose CONNECT is not complete within the
/// connect timeout, and shows every byte to an <see cref="MqttPacketGuard"/> before MQTTnet reads it.
/// </summary>
public sealed class BrokerListener : IMqttServerAdapter
{
    /// <summary>Connections the OS queues before we accept them: every general of a large emulated run starting at once.</summary>
    private const int Backlog = 256;

    /// <summary>Pause after a failed accept (such as no file descriptor left), so the accept loop retries without spinning.</summary>
    private static readonly TimeSpan AcceptRetryDelay = TimeSpan.FromMilliseconds(100);

    private readonly IPEndPoint _endPoint;
    private readonly BrokerLimits _limits;
    private readonly BrokerRefusals _refusals;
    private readonly Lock _lock = new();
    private readonly Dictionary<IPAddress, int> _perAddress = [];
    private readonly HashSet<Socket> _open = [];
    private Socket? _socket;
    private CancellationTokenSource? _stop;
    private Task _accepting = Task.CompletedTask;
    private MqttServerOptions _options = new();
    private IMqttNetLogger _logger = MqttNetNullLogger.Instance;

    public BrokerListener(IPEndPoint endPoint, BrokerLimits limits, BrokerRefusals refusals)
    {
        limits.Validate();
        _endPoint = endPoint;
        _limits = limits;
        _refusals = refusals;
    }

    public Func<IMqttChannelAdapter, Task>? ClientHandler { get; set; }

    /// <summary>Connections open now (admitted, authenticated or not).</summary>
    public int OpenConnections
    {
        get
        {
            lock (_lock)
            {
                return _open.Count;
            }
        }
    }

    public Task StartAsync(MqttServerOptions options, IMqttNetLogger logger)
    {
        _options = options;
        _logger = logger;
        var socket = new Socket(_endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (_endPoint.AddressFamily == AddressFamily.InterNetworkV6)
            {
                socket.DualMode = false;
            }

            if (!OperatingSystem.IsWindows())
            {
                // A broker restart binds the port again while its old connections sit in TIME_WAIT; Linux still refuses a
                // second listener on the port. (On Windows the option would let another process share the port.)
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            }

            socket.Bind(_endPoint);
            socket.Listen(Backlog);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        _socket = socket;
        _stop = new CancellationTokenSource();
        _accepting = AcceptAsync(socket, _stop.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync()
    {
        if (_stop == null)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        _socket?.Dispose();
        lock (_lock)
        {
            foreach (Socket client in _open)
            {
                Abort(client);
            }
        }

        await _accepting.ConfigureAwait(false);
        _stop.Dispose();
        _stop = null;
        _socket = null;
    }

    public void Dispose() => StopAsync().GetAwaiter().GetResult();

    private static void Abort(Socket client)
    {
        try
        {
            // Reset rather than a graceful close: a refused client gets nothing more, and we keep no TIME_WAIT for it.
            client.LingerState = new LingerOption(true, 0);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Already closed by the peer or by us.
        }

        client.Dispose();
    }

    private async Task AcceptAsync(Socket listener, CancellationToken stop)
    {
        // One turn per accepted client, until StopAsync cancels; each admitted client is served on its own task.
        while (!stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(stop).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(AcceptRetryDelay, CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            IPAddress address = ((IPEndPoint)client.RemoteEndPoint!).Address;
            BrokerRefusal? refusal = Admit(client, address);
            if (refusal != null)
            {
                _refusals.Count(refusal.Value);
                Abort(client);
                continue;
            }

            _ = Task.Run(() => ServeAsync(client, address), CancellationToken.None);
        }
    }

    private BrokerRefusal? Admit(Socket client, IPAddress address)
    {
        lock (_lock)
        {
            if (_open.Count >= _limits.ConnectionsMax)
            {
                return BrokerRefusal.ConnectionLimit;
            }

            int fromAddress = _perAddress.GetValueOrDefault(address);
            if (fromAddress >= _limits.ConnectionsPerAddressMax)
            {
                return BrokerRefusal.AddressLimit;
            }

            _perAddress[address] = fromAddress + 1;
            _open.Add(client);
            return null;
        }
    }

    private void Release(Socket client, IPAddress address)
    {
        lock (_lock)
        {
            if (!_open.Remove(client))
            {
                return;
            }

            int left = _perAddress[address] - 1;
            if (left == 0)
            {
                _perAddress.Remove(address);
            }
            else
            {
                _perAddress[address] = left;
            }
        }
    }

    private async Task ServeAsync(Socket client, IPAddress address)
    {
        // Waiting (0) until the CONNECT is complete (1) or the connect timeout fires (2), whichever comes first.
        int connectState = 0;
        using var deadline = new CancellationTokenSource(_limits.ConnectTimeout);
        using CancellationTokenRegistration onDeadline = deadline.Token.Register(() =>
        {
            if (Interlocked.CompareExchange(ref connectState, 2, 0) == 0)
            {
                _refusals.Count(BrokerRefusal.ConnectTimeout);
                Abort(client);
            }
        });
        try
        {
            // Frames are small and latency is what the nemesis measures: no Nagle delay (MQTTnet's own listener does the same).
            client.NoDelay = true;
            var stream = new GuardedStream(new NetworkStream(client, ownsSocket: false), new MqttPacketGuard(_limits.PacketBytesMax),
                violation =>
                {
                    _refusals.Count(violation == MqttPacketViolation.Oversize ? BrokerRefusal.OversizePacket : BrokerRefusal.MalformedPacket);
                    Abort(client);
                },
                () => Interlocked.CompareExchange(ref connectState, 1, 0));
            var channel = new MqttTcpChannel(stream, client.LocalEndPoint, client.RemoteEndPoint, null);
            var formatter = new MqttPacketFormatterAdapter(new MqttBufferWriter(_options.WriterBufferSize, _options.WriterBufferSizeMax));
            using var adapter = new MqttChannelAdapter(channel, formatter, _logger);
            Func<IMqttChannelAdapter, Task>? handler = ClientHandler;
            if (handler != null)
            {
                await handler(adapter).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away, or we closed it; MQTTnet has already ended its session.
        }
        finally
        {
            Release(client, address);
            client.Dispose();
        }
    }
}
