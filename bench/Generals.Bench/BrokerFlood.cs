using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Emu;
using Generals.Harness.History;
using Generals.Harness.Nemesis;
using Generals.Harness.Scenarios;
using MQTTnet;

namespace Generals.Bench;

/// <summary>
/// A broker under a flood of unauthenticated clients (issue 10): rogue TCP clients from 32 loopback addresses, half
/// sending a CONNECT header that claims 255 MB and then trickling bytes, half sending a few bytes of a CONNECT and then
/// nothing, reconnecting as soon as they are dropped; meanwhile three generals with the kit's credentials exchange
/// frames through the nemesis. Measures the broker process's resident memory (VmRSS) before, during and after, and
/// whether the generals stayed connected. Bounded: the flood's seconds (30 unless given, at most 600) and <see cref="AttemptsMax"/>.
/// Run: dotnet run -c Release --project bench/Generals.Bench -- broker-flood [embedded|mosquitto] [seconds]
/// </summary>
public static class BrokerFlood
{
    /// <summary>Rogue sockets open at once: over the total cap (512) and, per address, over the per-address cap (11 for
    /// three generals), so the caps are what holds.</summary>
    private const int AttackerSlots = 1024;

    /// <summary>Rogue source addresses (127.0.0.2 on); the generals use 127.0.0.1. 1024 / 64 = 16 sockets per address.</summary>
    private const int AttackerAddresses = 64;

    /// <summary>Bound on rogue connection attempts in one run (about 7,000 a second get through on a loaded 2-core machine).</summary>
    private const int AttemptsMax = 2_000_000;

    /// <summary>The longest flood the command accepts, in seconds.</summary>
    private const int FloodSecondsMax = 600;

    private const int Generals = 3;

    /// <summary>CONNECT, remaining length 268,435,455 (0xFF 0xFF 0xFF 0x7F): 255 MB claimed.</summary>
    private static readonly byte[] HugeConnectHeader = [0x10, 0xFF, 0xFF, 0xFF, 0x7F];

    /// <summary>The first bytes of a CONNECT of 32 bytes, never finished.</summary>
    private static readonly byte[] HalfConnect = [0x10, 0x20, 0x00, 0x04, (byte)'M', (byte)'Q'];

    private static readonly TimeSpan TrickleInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan FrameInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(250);

    public static async Task RunAsync(TextWriter output, string broker, int floodSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(floodSeconds, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(floodSeconds, FloodSecondsMax);
        KitCredentials credentials = KitCredentials.Generate(Enumerable.Range(1, Generals));
        var clock = new HarnessClock();
        using var scheduler = new DelayScheduler(clock);
        var network = new EmuNetwork("lab", Generals, new NetworkNemesis(ScenarioLoader.Parse(
            $"name: flood\ngenerals: {Generals}\nnetwork: {{ delay: {{ distribution: constant, ms: 0 }} }}", "flood"), new Prng(1)), new HistoryRecorder(clock), scheduler);
        string root = Directory.CreateTempSubdirectory("generals-flood-").FullName;
        EmbeddedBroker? embedded = null;
        MosquittoBroker? mosquitto = null;
        MqttRelay? relay = null;
        try
        {
            int port;
            if (broker == "mosquitto")
            {
                mosquitto = MosquittoBroker.Start(root, "lab", credentials, Enumerable.Range(1, Generals));
                port = mosquitto.Port;
                relay = new MqttRelay("lab", network, "127.0.0.1", port, credentials.PasswordOf(KitCredentials.HarnessUser));
                await relay.ConnectAsync(CancellationToken.None);
            }
            else
            {
                port = EmbeddedBroker.FreePort();
                embedded = new EmbeddedBroker("lab", credentials, network, port, limits: BrokerLimits.ForGenerals(Generals));
                await embedded.StartAsync();
            }

            int pid = mosquitto?.ProcessId ?? Environment.ProcessId;
            await FloodAsync(output, broker, port, pid, floodSeconds, credentials, () => (mosquitto?.Refusals() ?? embedded!.Refusals).Snapshot());
        }
        finally
        {
            if (relay != null)
            {
                await relay.DisposeAsync();
            }

            if (embedded != null)
            {
                await embedded.DisposeAsync();
            }

            mosquitto?.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task FloodAsync(TextWriter output, string broker, int port, int pid, int seconds, KitCredentials credentials, Func<Dictionary<string, long>> refusals)
    {
        var generals = new List<LegitGeneral>();
        for (int id = 1; id <= Generals; id++)
        {
            generals.Add(await LegitGeneral.ConnectAsync(port, credentials, id));
        }

        using var legitStop = new CancellationTokenSource();
        Task traffic = Task.WhenAll(generals.Select(g => g.SendAsync(Generals, FrameInterval, legitStop.Token)));
        await Task.Delay(TimeSpan.FromSeconds(2));
        long before = RssBytes(pid);
        long receivedBefore = generals.Sum(g => g.Received);
        long sentBefore = generals.Sum(g => g.Sent);

        var clock = Stopwatch.StartNew();
        using Process attacker = StartAttacker(port, seconds);
        Task<string> attackerReport = attacker.StandardOutput.ReadToEndAsync();
        long peak = before;
        long heapPeak = GC.GetGCMemoryInfo().HeapSizeBytes;
        int threadsPeak = Process.GetCurrentProcess().Threads.Count;
        while (!attacker.HasExited)
        {
            peak = Math.Max(peak, RssBytes(pid));
            heapPeak = Math.Max(heapPeak, GC.GetGCMemoryInfo().HeapSizeBytes);
            threadsPeak = Math.Max(threadsPeak, Process.GetCurrentProcess().Threads.Count);
            await Task.WhenAny(attacker.WaitForExitAsync(), Task.Delay(SampleInterval));
        }

        double elapsed = clock.Elapsed.TotalSeconds;
        string flood = (await attackerReport).Trim();
        long receivedDuring = generals.Sum(g => g.Received) - receivedBefore;
        long sentDuring = generals.Sum(g => g.Sent) - sentBefore;
        await Task.Delay(TimeSpan.FromSeconds(7));
        if (pid == Environment.ProcessId)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        long after = RssBytes(pid);
        await legitStop.CancelAsync();
        await traffic;
        int connected = generals.Count(g => g.Client.IsConnected);
        long disconnects = generals.Sum(g => g.Disconnects);
        foreach (LegitGeneral general in generals)
        {
            general.Client.Dispose();
        }

        const double Mb = 1024.0 * 1024.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{broker}: {flood} in {elapsed:0.0} s ({AttackerSlots} at once from {AttackerAddresses} addresses, in another process; "
            + $"half claiming 255 MB and trickling, half never finishing CONNECT); "
            + $"broker RSS before {before / Mb:0.0} MB, peak {peak / Mb:0.0} MB (+{(peak - before) / Mb:0.0} MB), after {after / Mb:0.0} MB; "
            + $"generals connected {connected}/{Generals}, disconnects {disconnects}, frames sent {sentDuring} and received {receivedDuring} during the flood"));
        if (pid == Environment.ProcessId)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  harness process: GC heap peak {heapPeak / Mb:0.0} MB, threads peak {threadsPeak}"));
        }

        output.WriteLine("  refusals: " + string.Join(", ", refusals().Where(r => r.Value > 0).Select(r => $"{r.Key} {r.Value}")));
    }

    /// <summary>The rogue clients' side, run in a process of its own so that the broker's memory is measured alone.</summary>
    public static async Task AttackAsync(TextWriter output, int port, int seconds)
    {
        var flood = new Flood(port);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        await Task.WhenAll(Enumerable.Range(0, AttackerSlots).Select(slot => flood.AttackAsync(slot, stop.Token)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{flood.Attempts} rogue connections, {flood.ClosedByBroker} closed by the broker"));
    }

    private static Process StartAttacker(int port, int seconds)
    {
        string host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var info = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true };
        info.ArgumentList.Add(typeof(BrokerFlood).Assembly.Location);
        info.ArgumentList.Add("broker-flood-attack");
        info.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        info.ArgumentList.Add(seconds.ToString(CultureInfo.InvariantCulture));
        return Process.Start(info) ?? throw new InvalidOperationException("the attacker process did not start");
    }

    /// <summary>Resident memory of a process, from /proc (Linux).</summary>
    private static long RssBytes(int pid)
    {
        foreach (string line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    /// <summary>The rogue clients: each slot connects, misbehaves until dropped, and connects again.</summary>
    private sealed class Flood(int port)
    {
        private long _attempts;
        private long _closed;

        public long Attempts => Interlocked.Read(ref _attempts);

        public long ClosedByBroker => Interlocked.Read(ref _closed);

        public async Task AttackAsync(int slot, CancellationToken stop)
        {
            var from = new IPAddress(new byte[] { 127, 0, 0, (byte)(2 + (slot % AttackerAddresses)) });
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

    /// <summary>A general with the kit's credentials, sending a frame to the next general every interval.</summary>
    private sealed class LegitGeneral
    {
        private long _sent;
        private long _received;
        private long _disconnects;

        private LegitGeneral(IMqttClient client, int id)
        {
            Client = client;
            Id = id;
        }

        public IMqttClient Client { get; }

        public int Id { get; }

        public long Sent => Interlocked.Read(ref _sent);

        public long Received => Interlocked.Read(ref _received);

        public long Disconnects => Interlocked.Read(ref _disconnects);

        public static async Task<LegitGeneral> ConnectAsync(int port, KitCredentials credentials, int id)
        {
            IMqttClient client = new MqttClientFactory().CreateMqttClient();
            var general = new LegitGeneral(client, id);
            client.ApplicationMessageReceivedAsync += _ =>
            {
                Interlocked.Increment(ref general._received);
                return Task.CompletedTask;
            };
            client.DisconnectedAsync += _ =>
            {
                Interlocked.Increment(ref general._disconnects);
                return Task.CompletedTask;
            };
            string user = KitCredentials.UserOf(id);
            await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port)
                .WithClientId(user).WithCredentials(user, credentials.PasswordOf(user)).Build());
            await client.SubscribeAsync(Topics.Inbox("lab", id));
            return general;
        }

        public async Task SendAsync(int generals, TimeSpan interval, CancellationToken stop)
        {
            uint sequence = 0;
            while (!stop.IsCancellationRequested)
            {
                sequence++;
                byte[] frame = FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(Id, (Id % generals) + 1), new FrameStamp(1, sequence, 0, 0), new byte[32]));
                try
                {
                    await Client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Topics.Wire("lab", Id)).WithPayload(frame).Build(), CancellationToken.None);
                    Interlocked.Increment(ref _sent);
                }
                catch (MQTTnet.Exceptions.MqttCommunicationException)
                {
                    // Disconnected: counted by DisconnectedAsync; the figure says so.
                }

                try
                {
                    await Task.Delay(interval, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
