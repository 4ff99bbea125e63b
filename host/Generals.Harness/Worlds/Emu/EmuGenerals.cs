using System.Diagnostics;
using System.Globalization;
using Generals.Core.Config;
using Generals.Harness.History;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The processes of an emulated run, one `generals node` per general: started on the run's broker, waited for until each
/// booted, stopped at the end; an exit the harness did not ask for is ground truth for the history and voids the run.
/// </summary>
public sealed class EmuGenerals(Scenario scenario, IEmuKit kit, EmuOptions options, HarnessClock clock, HistoryRecorder history)
{
    /// <summary>How long a general has to stop after SIGTERM at the end of a run before it is killed.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(2);

    private readonly Dictionary<int, GeneralProcess> _generals = [];
    private int _stopping;
    private volatile bool _unplannedSeen;

    /// <summary>The process of general <paramref name="id"/>.</summary>
    public GeneralProcess this[int id] => _generals[id];

    /// <summary>
    /// Starts every general on the broker at <paramref name="brokerUrl"/>, logging to the run folder's nodes/; each with
    /// <paramref name="launcherFor"/>'s launcher for it when given (in its host: docs/hosts.md), else the run's.
    /// </summary>
    public void Start(string brokerUrl, Func<int, GeneralsLauncher>? launcherFor = null)
    {
        string logs = Path.Combine(options.RunFolder, "nodes");
        Directory.CreateDirectory(logs);
        for (int id = 1; id <= scenario.Generals; id++)
        {
            string data = Path.Combine(options.DataRoot ?? Path.Combine(options.RunFolder, "data"), "general-" + id.ToString(CultureInfo.InvariantCulture));
            IReadOnlyList<string> arguments = kit.NodeArguments(id, BrokersOf(brokerUrl, id), data);
            if (clock.Scale > 1)
            {
                arguments = [.. arguments, "--clock-scale", clock.Scale.ToString(CultureInfo.InvariantCulture)];
            }

            var general = new GeneralProcess(id, launcherFor?.Invoke(id) ?? options.Launcher, arguments, Path.Combine(logs, $"general-{id}.log"), options.ProcessControl);
            general.UnplannedExit += Unplanned;
            general.OutputLine += RecordBroker;
            _generals[id] = general;
            general.Start();
        }

        options.Progress?.Invoke($"started {scenario.Generals} generals on {brokerUrl}");
    }

    /// <summary>
    /// General <paramref name="id"/>'s broker list: of several brokers the list rotated by id, so the generals start spread
    /// over them (general 1 on the first, general 2 on the second, ...) and each fails over to the others in turn.
    /// </summary>
    public static string BrokersOf(string brokerUrl, int id)
    {
        BrokerAddress[]? brokers = BrokerList.Parse(brokerUrl, out _);
        if (brokers == null || brokers.Length < 2)
        {
            return brokerUrl;
        }

        int shift = (id - 1) % brokers.Length;
        return BrokerList.Format([.. brokers.Skip(shift), .. brokers.Take(shift)]);
    }

    /// <summary>Waits until every general booted and connected; false when the run is void already (an unplanned exit, a failed boot).</summary>
    public async Task<bool> WaitForBootAsync()
    {
        var deadline = Stopwatch.StartNew();
        int up = 0;
        while (deadline.Elapsed < options.BootTimeout && !_unplannedSeen)
        {
            List<HistoryEvent> seen = history.Snapshot();
            if (seen.Any(e => e.Type == HistoryType.BootFailed))
            {
                // A general refused its stored state and will stay silent: the run is void now, not after the timeout.
                _unplannedSeen = true;
                return false;
            }

            // A general is up once its whole boot burst is in: what its board says comes last, after the boot and after
            // whatever the General reports again from its store (on a kit that outlives runs, the last run's unacknowledged
            // sends, last deliveries, decisions), so all of that lies before the `start` line, where it belongs.
            HashSet<int> booted = seen.Where(e => e.Type == HistoryType.Boot).Select(e => e.General).ToHashSet();
            booted.IntersectWith(seen.Where(e => e.Type == HistoryType.BoardBooted).Select(e => e.General));
            up = booted.Count;
            if (booted.Count == scenario.Generals)
            {
                return !_unplannedSeen;
            }

            await Task.Delay(50, options.Cancel).ConfigureAwait(false);
        }

        if (!_unplannedSeen)
        {
            throw new ProcessStartException($"not every general booted and connected within {options.BootTimeout.TotalSeconds} s: {up} of {scenario.Generals} did (see {Path.Combine(options.RunFolder, "nodes")}/*.log)");
        }

        return false;
    }

    /// <summary>From now on exits are the harness's doing; true when that was so already.</summary>
    public bool MarkStopping() => Interlocked.Exchange(ref _stopping, 1) == 1;

    /// <summary>SIGINT or SIGTERM (on the signal's thread, before anything else happens): exits from now on are the harness's doing.</summary>
    public void Interrupt()
    {
        if (MarkStopping())
        {
            return; // the run had ended already: its history is whole
        }

        options.Mosquitto?.ExpectExit();
        string reason = options.CancelReason?.Invoke() ?? "cancelled";
        history.Record(new HistoryEvent { TimeMs = clock.NowMs, Type = HistoryType.Interrupted, Detail = reason });
        options.Progress?.Invoke($"interrupted ({reason}): stopping the generals");
    }

    /// <summary>A general connected to a broker of its list (at boot, at a failover): which one, in the history.</summary>
    private void RecordBroker(int general, string line)
    {
        if (Volatile.Read(ref _stopping) == 1 || !Generals.Host.Node.BrokerConnectionLine.TryParse(line, out string broker, out int position, out int failovers))
        {
            return;
        }

        history.Record(new HistoryEvent { TimeMs = clock.NowMs, Type = HistoryType.BrokerConnected, General = general, Detail = broker, Value = position, Code = failovers });
    }

    /// <summary>A process of the run exited without the harness asking (a general, or -1 for the broker): ground truth for the history, and the run is void.</summary>
    public void Unplanned(int node, string what)
    {
        if (Volatile.Read(ref _stopping) == 1)
        {
            return;
        }

        _unplannedSeen = true;
        history.Record(new HistoryEvent { TimeMs = clock.NowMs, Type = HistoryType.UnplannedFault, General = Math.Max(0, node), Detail = what });
        options.Progress?.Invoke("unplanned fault: " + what);
    }

    /// <summary>Stops every general (SIGTERM, then kill after <see cref="StopGrace"/>), all at once.</summary>
    public void Stop()
    {
        foreach (GeneralProcess general in _generals.Values)
        {
            general.ExpectExit();
        }

        // In parallel: each may take its grace period, and a run of many generals should not wait for the sum.
        Task.WaitAll([.. _generals.Values.Select(general => Task.Run(() => general.Stop(StopGrace)))]);
        foreach (GeneralProcess general in _generals.Values)
        {
            general.Dispose();
        }
    }
}
