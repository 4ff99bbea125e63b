using System.Globalization;
using System.Text;
using Generals.Core.Runtime;

namespace Generals.Bench.Soak;

/// <summary>
/// The scenario of one soak run, drawn from the soak's seed: every run has reliable, durable, authenticated streams
/// between all four generals (so every run has acknowledged messages to lose) and at least one SM(2) instance (so every
/// run spends LMS indices on signed chains, and the harness on its commands); on top of that one of three sorts:
/// <c>signed</c> (two SM(2) instances with one or two traitors that forge, equivocate or collude), <c>crash</c> (streams
/// under more loss with one to three kill -9 and restarts of generals inside the run), <c>rogue</c> (rogue inbox and
/// control traffic, forged telemetry with a stolen password, and a forger). Stream ids and SM instance numbers are unique
/// over the whole soak: on a kit that outlives runs a general's stores remember them.
/// </summary>
public sealed class SoakScenario
{
    /// <summary>
    /// The rounds of an SM(2) instance. SM(m) assumes the synchronous model; on two cores shared by five processes of the
    /// run and other work, a general's first signature after a boot (its mark reserved and flushed, code not yet compiled)
    /// took up to 400 ms: at 300 ms a loyal commander's order sometimes missed its round.
    /// </summary>
    private const int RoundMs = 500;

    private static readonly string[] Sorts = ["signed", "crash", "rogue"];

    private SoakScenario(string sort, string yaml, int plannedCrashes, long lengthMs)
    {
        Sort = sort;
        Yaml = yaml;
        PlannedCrashes = plannedCrashes;
        LengthMs = lengthMs;
    }

    /// <summary>signed, crash or rogue.</summary>
    public string Sort { get; }

    public string Yaml { get; }

    /// <summary>kill -9 and restarts of generals the scenario itself plans (crash-recovery faults).</summary>
    public int PlannedCrashes { get; }

    /// <summary>Duration plus settle: how long the run lasts once every general is up.</summary>
    public long LengthMs { get; }

    /// <summary>The scenario of run <paramref name="run"/> (1, 2, ...).</summary>
    public static SoakScenario For(int run, Prng random)
    {
        ArgumentNullException.ThrowIfNull(random);
        string sort = Sorts[random.NextInRange(0, Sorts.Length - 1)];
        const long durationMs = 4000;
        const long settleMs = 2500;
        var workload = new List<string>();
        var faults = new List<string>();
        var checks = new List<string> { "reliable-delivery", "ic1", "ic2" };
        double loss = sort == "crash" ? 0.2 : 0.1;
        int plannedCrashes = 0;
        for (int from = 1; from <= SoakKit.Generals; from++)
        {
            int to = from % SoakKit.Generals + 1;
            long firstId = ((long)run * 10_000) + (from * 1000);
            workload.Add($"{{ at_ms: 0, node: {from}, command: send-stream, to: {to}, count: {random.NextInRange(40, 120)}, interval_ms: {random.NextInRange(15, 35)}, first_id: {firstId} }}");
        }

        int commander = random.NextInRange(1, SoakKit.Generals);
        var traitors = new List<int>();
        if (sort != "crash")
        {
            // One or two traitors (SM(2) tolerates two), never the commander: the instance then judges IC2 too.
            int count = sort == "signed" ? random.NextInRange(1, 2) : 1;
            while (traitors.Count < count)
            {
                int traitor = random.NextInRange(1, SoakKit.Generals);
                if (traitor != commander && !traitors.Contains(traitor))
                {
                    traitors.Add(traitor);
                }
            }

            foreach (int traitor in traitors)
            {
                int mask = traitors.Where(t => t != traitor).Aggregate(0, (m, t) => m | (1 << t));
                (int strategy, int parameter) = sort == "rogue" ? (5, 0) : random.NextInRange(0, 2) switch
                {
                    0 => (5, random.NextInRange(0, 3)),
                    1 => (2, 0),
                    _ => (4, mask),
                };
                workload.Add($"{{ at_ms: 0, node: {traitor}, command: set-traitor, args: [{strategy}, {parameter}, {random.NextInRange(1, 1000)}] }}");
            }

            if (workload.Any(w => w.Contains("args: [5,", StringComparison.Ordinal)))
            {
                checks.Add("forgeries-rejected");
            }
        }

        workload.Add(Instance(run, 1, commander, random.NextInRange(0, 1), 200));
        if (sort == "signed")
        {
            workload.Add(Instance(run, 2, commander, random.NextInRange(0, 1), 2000));
        }

        if (sort == "crash")
        {
            // After the instance has decided (by about 2 s), so a crash interrupts streams, not the SM rounds.
            plannedCrashes = random.NextInRange(1, 3);
            for (int i = 0; i < plannedCrashes; i++)
            {
                faults.Add($"{{ node: {random.NextInRange(1, SoakKit.Generals)}, kind: crash-recovery, at_ms: {random.NextInRange(2000, 3500) + (i * 10)}, restart_after_ms: {random.NextInRange(200, 600)} }}");
            }
        }

        if (sort == "rogue")
        {
            faults.Add($"{{ node: 0, kind: rogue, at_ms: {random.NextInRange(300, 1500)}, count: {random.NextInRange(2, 5)} }}");
            faults.Add($"{{ node: {random.NextInRange(1, SoakKit.Generals)}, kind: rogue-telemetry, at_ms: {random.NextInRange(1500, 3000)}, count: 2 }}");
            checks.Add("rogue-ignored");
        }

        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"name: soak-{run:0000}-{sort}\nkit: {SoakKit.Id}\nexpected: valid\n");
        yaml.Append(CultureInfo.InvariantCulture, $"duration_ms: {durationMs}\nsettle_ms: {settleMs}\ngenerals: {SoakKit.Generals}\nsignature: lms\n");
        yaml.Append("link: { reliable: true, durable: true, authenticated: true }\n");
        // SM(m) assumes the synchronous model (a lost order is a missing one), so loss and duplication start when the
        // instances have decided; the reliable streams go on through them.
        yaml.Append("network:\n  delay: { distribution: uniform, min_ms: 2, max_ms: 25 }\n");
        yaml.Append(CultureInfo.InvariantCulture, $"links:\n  - {{ from_ms: {(sort == "signed" ? 3700 : 2000)}, loss: {loss}, duplicate: 0.05 }}\n");
        if (faults.Count > 0)
        {
            yaml.Append("faults:\n").Append(string.Concat(faults.Select(f => "  - " + f + "\n")));
        }

        yaml.Append("workload:\n").Append(string.Concat(workload.Select(w => "  - " + w + "\n")));
        yaml.Append("checks: [").Append(string.Join(", ", checks)).Append("]\n");
        return new SoakScenario(sort, yaml.ToString(), plannedCrashes, durationMs + settleMs);
    }

    private static string Instance(int run, int number, int commander, int order, long atMs) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{{ at_ms: {atMs}, node: 0, command: start-instance, args: [3, {(run * 10) + number}, {commander}, {order}, 2, {RoundMs}, 100] }}");
}
