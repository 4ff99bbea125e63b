using System.Net;
using System.Net.Sockets;

namespace Generals.Bench;

/// <summary>The rogue clients: each slot connects, misbehaves until dropped, and connects again.</summary>
internal sealed class BrokerFloodAttacker(int port)
{
    /// <summary>Rogue sockets open at once: over the total cap (512) and, per address, over the per-address cap (11 for
    /// three generals), so the caps are what holds.</summary>
    public const int Slots = 1024;

    /// <summary>Rogue source addresses (127.0.0.2 on); the generals use 127.0.0.1. Slots / Addresses = 16 sockets per address.</summary>
    public const int Addresses = 64;

    /// <summary>Bound on rogue connection attempts in one run (about 7,000 a second get through on a loaded 2-core machine).</summary>
    public const int AttemptsMax = 2_000_000;

    /// <summary>CONNECT, remaining length 268,435,455 (0xFF 0xFF 0xFF 0x7F): 255 MB claimed.</summary>
    private static readonly byte[] HugeConnectHeader = [0x10, 0xFF, 0xFF, 0xFF, 0x7F];

    /// <summary>The first bytes of a CONNECT of 32 bytes, never finished.</summary>
    private static readonly byte[] HalfConnect = [0x10, 0x20, 0x00, 0x04, (byte)'M', (byte)'Q'];

    /// <summary>How often a trickling client sends its next byte.</summary>
    private static readonly TimeSpan TrickleInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Pause between a dropped connection and the next: keeps the attempts bounded per slot.</summary>
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromMilliseconds(10);

    private long _attempts;
    private long _closed;

    public long Attempts => Interlocked.Read(ref _attempts);

    public long ClosedByBroker => Interlocked.Read(ref _closed);

    public async Task AttackAsync(int slot, CancellationToken stop)
    {
        var from = new IPAddress(new byte[] { 127, 0, 0, (byte)(2 + (slot % Addresses)) });
        while (!stop.IsCancellationRequested && Interlocked.Increment(ref _attempts) <= AttemptsMax)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(from, 0));
                await socket.ConnectAsync(IPAddress.Loopback, port, stop);
                bool closed = slot % 2 == 0 ? await TrickleAsync(socket, stop) : await StallAsync(socket, stop);
                if (closed)
                {
                    Interlocked.Increment(ref _closed);
                }

                await Task.Delay(ReconnectDelay, stop);
            }
            catch (SocketException)
            {
                Interlocked.Increment(ref _closed);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The huge header, then one byte per interval until the broker drops us (true) or the flood ends.</summary>
    private static async Task<bool> TrickleAsync(Socket socket, CancellationToken stop)
    {
        await socket.SendAsync(HugeConnectHeader, stop);
        while (!stop.IsCancellationRequested)
        {
            await Task.Delay(TrickleInterval, stop);
            await socket.SendAsync(new byte[] { 0x00 }, stop);
        }

        return false;
    }

    /// <summary>A few bytes of a CONNECT, then silence until the broker drops us (true) or the flood ends.</summary>
    private static async Task<bool> StallAsync(Socket socket, CancellationToken stop)
    {
        await socket.SendAsync(HalfConnect, stop);
        return await socket.ReceiveAsync(new byte[16], stop) == 0;
    }
}
