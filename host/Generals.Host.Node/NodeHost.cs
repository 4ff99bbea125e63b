using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;

namespace Generals.Host.Node;

/// <summary>One general as an OS process: Core's General and NodeRuntime over the host adapters.</summary>
public static class NodeHost
{
    /// <summary>
    /// Runs until <paramref name="stop"/> is cancelled (SIGTERM, Ctrl-C); a kill -9 simply ends it. The general's clock runs
    /// <paramref name="clockScale"/> times slower than real time (the harness's choice for a plan, docs/worlds.md). Until it
    /// first reaches the broker it says so every few seconds, and gives up after <paramref name="connectTimeout"/> (null:
    /// never); false when it gave up. <paramref name="parts"/> replaces kit parts with a student's (`generals grade`; null: none).
    /// </summary>
    public static bool Run(NodeSettings settings, MqttEndpoint endpoint, string dataFolder, CancellationToken stop, TextWriter log, int clockScale = 1, TimeSpan? connectTimeout = null, ExerciseParts? parts = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        log = TextWriter.Synchronized(log);
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var store = new FileStore(Path.Combine(dataFolder, "store"));
        var clock = new SystemClock(clockScale);
        var board = new HostBoard(log, BootCounter.Next(store));
        using var transport = new MqttTransport(endpoint, settings.Kit, settings.Id, clockScale, log);
        var general = StandardModules.CreateGeneral(settings, parts);
        var runtime = new NodeRuntime(general, transport, store, clock, board, settings.Kit, settings.Id);
        log.WriteLine($"general {settings.Id} of kit {settings.Kit}: broker {endpoint.Describe()}, data {Path.GetFullPath(dataFolder)}, clock 1/{clockScale} of real time");
        runtime.Start(SelfTest(clock));
        log.WriteLine(general.Failure == BootFailure.None
            ? $"booted: incarnation {general.Incarnation}"
            : $"boot failed: {general.Failure} ({general.FailedRecord} in {Path.GetFullPath(Path.Combine(dataFolder, "store"))}): the general writes and sends nothing (docs/storage.md)");
        bool gaveUp;
        using (var wait = new BrokerWait(transport, endpoint, connectTimeout, log, running))
        {
            runtime.Run(new CancellationStop(running.Token));
            gaveUp = wait.GaveUp;
        }

        log.WriteLine($"stopped: {general.Counters.TotalRejections()} inputs rejected, {runtime.PublishFailures} frames lost (failed or gave way), {runtime.TelemetryDropped} reports dropped, {transport.Dropped} inbound dropped");
        return !gaveUp;
    }

    // What a board reports at boot, so an emulated general reads like one (docs/signatures.md, "Boot self-test").
    private static BootReport SelfTest(IClock clock)
    {
        Version version = typeof(NodeHost).Assembly.GetName().Version ?? new Version(0, 0, 0);
        SelfTestResult result = CryptoSelfTest.CheckHashing(clock, new Sha256(), out TelemetryEvent measurement);
        return new BootReport
        {
            FirmwareVersion = BootReport.Version(version.Major, version.Minor, Math.Max(version.Build, 0)),
            SelfTest = result,
            Measurement = measurement,
        };
    }

    private sealed class CancellationStop(CancellationToken token) : IStopSignal
    {
        public bool StopRequested => token.IsCancellationRequested;
    }
}
