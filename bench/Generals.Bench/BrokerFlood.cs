using System.Diagnostics;
using System.Globalization;
using Generals.Core.Runtime;
using Generals.Harness.Crypto;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Scenarios;

namespace Generals.Bench;

/// <summary>
/// A broker under a flood of unauthenticated clients (issue 10): rogue TCP clients in another process
/// (<see cref="BrokerFloodAttacker"/>), half sending a CONNECT header that claims 255 MB and then trickling bytes, half
/// sending a few bytes of a CONNECT and then nothing, reconnecting as soon as they are dropped; meanwhile three generals
/// with the kit's credentials exchange frames through the nemesis. Measures the broker process's resident memory
/// (VmRSS) before, during and after, and whether the generals stayed connected. Bounded: the flood's seconds (30 unless
/// given, at most 600) and <see cref="BrokerFloodAttacker.AttemptsMax"/>.
/// Run: dotnet run -c Release --project bench/Generals.Bench -- broker-flood [embedded|mosquitto] [seconds]
/// </summary>
public static class BrokerFlood
{
    /// <summary>The longest flood the command accepts, in seconds.</summary>
    private const int FloodSecondsMax = 600;

    private const int Generals = 3;

    /// <summary>Each general sends a frame this often (20 a second, a busy protocol run).</summary>
    private static readonly TimeSpan FrameInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>How often the broker's resident memory is read during the flood.</summary>
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(250);

    public static async Task RunAsync(TextWriter output, string broker, int floodSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(floodSeconds, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(floodSeconds, FloodSecondsMax);
        KitCredentials credentials = KitCredentials.Generate(Enumerable.Range(1, Generals));
        var clock = new HarnessClock();
        using var scheduler = new DelayScheduler(clock);
        var network = new EmuNetwork("lab", Generals, new NetworkNemesis(ScenarioLoader.Parse(
            $"name: flood\ngenerals: {Generals}\nnetwork: {{ delay: {{ distribution: constant, ms: 0 }} }}", "flood"), new Prng(1)), new HistoryRecorder(() => clock.NowMs), scheduler,
            new TelemetryAuthenticator("lab", TelemetryKeyRing.FromSeed(1, Generals)));
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
        var generals = new List<BrokerFloodGeneral>();
        for (int id = 1; id <= Generals; id++)
        {
            generals.Add(await BrokerFloodGeneral.ConnectAsync(port, credentials, id));
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
        foreach (BrokerFloodGeneral general in generals)
        {
            general.Client.Dispose();
        }

        const double Mb = 1024.0 * 1024.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{broker}: {flood} in {elapsed:0.0} s ({BrokerFloodAttacker.Slots} at once from {BrokerFloodAttacker.Addresses} addresses, in another process; "
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
        var flood = new BrokerFloodAttacker(port);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        await Task.WhenAll(Enumerable.Range(0, BrokerFloodAttacker.Slots).Select(slot => flood.AttackAsync(slot, stop.Token)));
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
}
