using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using MQTTnet;
using MQTTnet.Protocol;

namespace Generals.Bench;

/// <summary>
/// Timed harness for emulation (processes and brokers are too coarse for BenchmarkDotNet):
/// frames per second through the nemesis with 10, 25 and 50 emulated generals, and the latency the nemesis
/// adds against a direct publish, with the embedded broker and with mosquitto.
/// Run: dotnet run -c Release --project bench/Generals.Bench -- emu [latency]
/// Across hosts (docs/hosts.md; Linux, as root): ... -- emu hosts H N1 [N2 ...] runs N1, N2, ... generals over H network namespaces,
/// each with its own broker, and adds the harness's CPU (<see cref="CpuSampler"/>).
/// </summary>
public static class EmuBench
{
    private const int LatencySamples = 2000;

    /// <summary>How long one sample may wait for its message before it counts as lost (bounds the run).</summary>
    private static readonly TimeSpan SampleTimeout = TimeSpan.FromMilliseconds(200);

    public static async Task RunAsync(TextWriter output, bool latencyOnly)
    {
        foreach (int generals in latencyOnly ? [] : new[] { 10, 25, 50 })
        {
            await Throughput(generals, output);
        }

        string root = Directory.CreateTempSubdirectory("generals-bench-").FullName;
        try
        {
            await Latency("embedded", root, output);
            await Latency("mosquitto", root, output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The most generals one bench run starts: a kit's nf.config holds at most this many boards (Core's NfConfigParser.BoardsMax).</summary>
    public const int GeneralsMax = Generals.Core.Config.NfConfigParser.BoardsMax;

    /// <summary>Throughput, latency and the harness's CPU with <paramref name="generals"/> generals (each count once) over <paramref name="hosts"/> hosts.</summary>
    public static async Task HostsAsync(TextWriter output, int hosts, IReadOnlyList<int> generals)
    {
        ArgumentNullException.ThrowIfNull(generals);
        foreach (int count in generals)
        {
            if (count is < 1 or > GeneralsMax)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} generals: not run; one kit holds 1 to {GeneralsMax} (its nf.config's boards)"));
                continue;
            }

            try
            {
                await Throughput(count, output, hosts, cpuShown: true);
            }
            catch (ProcessStartException e)
            {
                // A count the machine cannot start (200 processes on 2 cores): said, and the next count still runs.
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,3} emulated generals: did not run: {e.Message}"));
            }
        }
    }

    private static async Task Throughput(int generals, TextWriter output, int hosts = 1, bool cpuShown = false)
    {
        string yaml = $"name: bench-{generals}\nduration_ms: 5000\nsettle_ms: 1000\ngenerals: {generals}\nhosts: {hosts}\n"
            + "network: { delay: { distribution: constant, ms: 0 } }\nworkload:\n"
            + string.Concat(Enumerable.Range(1, generals).Select(i =>
                $"  - {{ at_ms: 0, node: {i}, command: send-stream, to: {(i % generals) + 1}, count: 5000, interval_ms: 1, first_id: {i * 100000} }}\n"))
            + "checks: [authentication]\n";
        Scenario scenario = ScenarioLoader.Parse(yaml, "bench");
        string folder = Directory.CreateTempSubdirectory("generals-bench-emu-").FullName;
        try
        {
            IEmuKit kit = ProvisionedEmuKit.Create(scenario, 1, folder);
            var options = new EmuOptions
            {
                Launcher = GeneralsLauncher.FromRepository(),
                RunFolder = folder,
                // Every general starts at once on two shared cores: 200 dotnet processes take minutes to boot here.
                BootTimeout = TimeSpan.FromSeconds(Math.Max(120, generals * 2)),
            };
            using var cpu = CpuSampler.Start();
            RunOutcome run = await EmuRunner.RunScaledAsync(scenario, 1, kit, options);
            (double meanCores, double peakCores, double seconds) = cpu.Stop();
            long planStartMs = PlanClock.StartMs(run.History);
            List<HistoryEvent> sends = run.History.Where(e => e.Type == HistoryType.Send && e.TimeMs >= planStartMs && e.TimeMs < planStartMs + scenario.DurationMs).ToList();
            var sentAt = sends.GroupBy(e => (e.From, e.To, e.Incarnation, e.Sequence)).ToDictionary(g => g.Key, g => g.First().TimeMs);
            List<long> added = run.History.Where(e => e.Type == HistoryType.Deliver && e.TimeMs < planStartMs + scenario.DurationMs)
                .Select(e => sentAt.TryGetValue((e.From, e.To, e.Incarnation, e.Sequence), out long t) ? e.TimeMs - t : -1)
                .Where(d => d >= 0).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{generals,3} emulated generals: {sends.Count / (scenario.DurationMs / 1000.0),8:N0} frames/s through the nemesis, "
                + $"harness send->deliver p50 {Percentile(added, 0.5)} ms p99 {Percentile(added, 0.99)} ms (ms resolution), verdict {run.Verdict}")
                + (cpuShown ? string.Create(CultureInfo.InvariantCulture,
                    $"; {hosts} hosts; harness CPU {meanCores:0.00} cores mean over the {seconds:0} s run (boot included), {peakCores:0.00} in the busiest second") : ""));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task Latency(string broker, string root, TextWriter output)
    {
        KitCredentials credentials = KitCredentials.Generate([1, 2]);
        var clock = new HarnessClock();
        var history = new HistoryRecorder(() => clock.NowMs);
        using var scheduler = new DelayScheduler(clock);
        var network = new EmuNetwork("lab", 2, new NetworkNemesis(ScenarioLoader.Parse("name: l\ngenerals: 2\nnetwork: { delay: { distribution: constant, ms: 0 } }", "l"), new Prng(1)), history, scheduler,
            new TelemetryAuthenticator("lab", TelemetryKeyRing.FromSeed(1, 2)));
        EmbeddedBroker? embedded = null;
        MosquittoBroker? mosquitto = null;
        MqttRelay? relay = null;
        int port;
        if (broker == "embedded")
        {
            port = EmbeddedBroker.FreePort();
            embedded = new EmbeddedBroker("lab", credentials, network, port);
            await embedded.StartAsync();
        }
        else
        {
            mosquitto = MosquittoBroker.Start(Path.Combine(root, "mosquitto"), "lab", credentials, [1, 2]);
            port = mosquitto.Port;
        }

        try
        {
            using IMqttClient sender = await Connect(port, credentials, 1);
            using IMqttClient receiver = await Connect(port, credentials, 2);
            double[] direct = await Measure(sender, receiver, Topics.Events("lab", 1), Topics.Events("lab", 1), subscribeAsHarness: true, port, credentials);
            if (mosquitto != null)
            {
                // The relay is the harness's one client (same client id): it joins after the direct measurement.
                relay = new MqttRelay("lab", network, "127.0.0.1", port, credentials.PasswordOf(KitCredentials.HarnessUser));
                await relay.ConnectAsync(CancellationToken.None);
            }

            double[] nemesis = await Measure(sender, receiver, Topics.Wire("lab", 1), Topics.Inbox("lab", 2), subscribeAsHarness: false, port, credentials);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{broker,-9} direct publish p50 {P(direct, 0.5):0.000} ms p99 {P(direct, 0.99):0.000} ms; through the nemesis p50 {P(nemesis, 0.5):0.000} ms p99 {P(nemesis, 0.99):0.000} ms; "
                + $"ratio p50 {P(nemesis, 0.5) / P(direct, 0.5):0.00}, p99 {P(nemesis, 0.99) / P(direct, 0.99):0.00}"));
        }
        finally
        {
            if (embedded != null)
            {
                await embedded.DisposeAsync();
            }

            if (relay != null)
            {
                await relay.DisposeAsync();
            }

            mosquitto?.Dispose();
        }
    }

    private static async Task<double[]> Measure(IMqttClient sender, IMqttClient receiver, string publishTopic, string receiveTopic,
        bool subscribeAsHarness, int port, KitCredentials credentials)
    {
        IMqttClient? harness = subscribeAsHarness ? await Connect(port, credentials, 0) : null;
        IMqttClient listener = harness ?? receiver;
        var latencies = new List<double>(LatencySamples);
        var arrived = new SemaphoreSlim(0);
        long sentTicks = 0;
        listener.ApplicationMessageReceivedAsync += e =>
        {
            if (e.ApplicationMessage.Topic == receiveTopic)
            {
                latencies.Add(Stopwatch.GetElapsedTime(Interlocked.Read(ref sentTicks)).TotalMilliseconds);
                arrived.Release();
            }

            return Task.CompletedTask;
        };
        await listener.SubscribeAsync(receiveTopic, MqttQualityOfServiceLevel.AtMostOnce);
        for (int i = 0; i < LatencySamples + 100; i++)
        {
            byte[] frame = FrameCodec.Encode(new Frame(FrameKind.Data, "lab", new FrameRoute(1, 2), new FrameStamp(1, (uint)i + 1, 0, 0), new byte[32]));
            Interlocked.Exchange(ref sentTicks, Stopwatch.GetTimestamp());
            await sender.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(publishTopic).WithPayload(frame).Build());
            await arrived.WaitAsync(SampleTimeout);
        }

        if (harness != null)
        {
            await harness.DisconnectAsync();
            harness.Dispose();
        }

        return [.. latencies.Skip(100).Order()];
    }

    private static async Task<IMqttClient> Connect(int port, KitCredentials credentials, int id)
    {
        IMqttClient client = new MqttClientFactory().CreateMqttClient();
        string user = id == 0 ? KitCredentials.HarnessUser + "-bench" : KitCredentials.UserOf(id);
        string login = id == 0 ? KitCredentials.HarnessUser : user;
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port)
            .WithClientId(id == 0 ? login : user).WithCredentials(login, credentials.PasswordOf(login)).Build());
        return client;
    }

    private static double P(double[] sorted, double q) => sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, q * sorted.Length)];

    private static long Percentile(List<long> sorted, double q) => sorted.Count == 0 ? -1 : sorted[(int)Math.Min(sorted.Count - 1, q * sorted.Count)];
}
