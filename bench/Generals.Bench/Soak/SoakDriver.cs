using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Harness.Crypto;
using Generals.Harness.Worlds.Emu;
using Generals.Harness.Provisioning;

namespace Generals.Bench.Soak;

/// <summary>
/// The soak (issue 10): emulated runs back to back on one provisioned LMS kit and one mosquitto, for a bounded time, with
/// kill -9 of the harness and of generals at random moments, bit flips in state and key files between runs, and a rogue
/// client throughout; every frame on the broker is captured. Afterwards: every captured LMS signature is verified against
/// nf.keys and no one-time key index may sign two messages, every key's mark must be above every index seen, no
/// acknowledged message may be lost (from the generals' sealed reports over the whole soak), and no process may be left.
/// Loopback only: the broker and every client are on 127.0.0.1.
/// </summary>
public static class SoakDriver
{
    /// <summary>A general outlives a dead harness by one parent poll (250 ms) and its own exit; this is a wide margin under load.</summary>
    public static readonly TimeSpan OrphanMax = TimeSpan.FromSeconds(15);

    /// <summary>How long an exiting general may still hold its key's lock after it left /proc's command lines.</summary>
    private static readonly TimeSpan LockReleaseMax = TimeSpan.FromSeconds(10);

    /// <summary>The forced events of the first runs, so that even a two-minute soak has each sort: (run, flip, kill target).</summary>
    private static readonly (int Run, string? Flip, int? Kill)[] Openers = [(2, "state", 0), (3, "key-tree-next", 1), (4, "key-mark", null), (5, "mac", null)];

    public static async Task<SoakReport> RunAsync(SoakOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var elapsed = Stopwatch.StartNew();
        string root = options.Folder ?? Directory.CreateTempSubdirectory("generals-soak-").FullName;
        Directory.CreateDirectory(root);
        TextWriter progress = options.Progress ?? TextWriter.Null;
        var counts = new SoakCounts();
        var failures = new List<string>();
        progress.WriteLine($"soak: seed {options.Seed}, {options.Minutes} min, LMS {options.LmsParameters}, folder {root}");
        try
        {
            SoakKit kit = await RunsAsync(options, root, counts, failures, progress).ConfigureAwait(false);
            Verify(kit, root, counts, failures);
        }
        finally
        {
            Dictionary<int, string> left = SoakProcesses.LeftAfter(() => SoakProcesses.Mentioning(root), OrphanMax);
            counts.Set("processes-left", left.Count);
            foreach ((int pid, string line) in left)
            {
                failures.Add($"process {pid} left after the soak: {line}");
                SoakProcesses.Kill(pid);
            }

            if (!options.Keep)
            {
                Directory.Delete(root, recursive: true);
            }
        }

        return new SoakReport(counts, failures, root, elapsed.Elapsed);
    }

    private static async Task<SoakKit> RunsAsync(SoakOptions options, string root, SoakCounts counts, List<string> failures, TextWriter progress)
    {
        var random = new Prng(options.Seed);
        GeneralsLauncher launcher = GeneralsLauncher.FromRepository();
        var provisioning = Stopwatch.StartNew();
        SoakKit kit = SoakKit.Create(Path.Combine(root, "kit"), options.LmsParameters);
        counts.Set("provision-seconds", (long)provisioning.Elapsed.TotalSeconds);
        progress.WriteLine($"soak: kit provisioned in {provisioning.Elapsed.TotalSeconds:0} s ({SoakKit.Generals} generals and the harness, {kit.KeysPerSigner} one-time keys each)");
        KitCredentials credentials = kit.Credentials();
        using SoakBroker broker = SoakBroker.Start(Path.Combine(root, "broker"), credentials, launcher);
        broker.OnUnplannedExit(what =>
        {
            Fail(failures, "the soak's mosquitto died: " + what);
        });
        await using SoakCapture capture = await SoakCapture.StartAsync(broker, Path.Combine(root, "capture.bin"), counts).ConfigureAwait(false);
        using var stopRogue = new CancellationTokenSource();
        Task rogue = new SoakRogue(broker.Port, credentials, counts, options.Seed ^ 0x5EED, SignatureBytes(kit.Lms)).RunAsync(stopRogue.Token);
        var flipper = new SoakFlipper(kit, random.Fork(), counts);
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(Path.Combine(root, "scenarios"));
        for (int run = 1; run <= options.RunsMax && clock.Elapsed < TimeSpan.FromMinutes(options.Minutes); run++)
        {
            if (BudgetLow(kit, options.KeysReserve))
            {
                counts.Add("stopped-by-key-budget");
                break;
            }

            SoakScenario scenario = SoakScenario.For(run, random);
            string file = Path.Combine(root, "scenarios", $"run-{run:0000}.yaml");
            File.WriteAllText(file, scenario.Yaml);
            (string? forcedFlip, int? forcedKill) = Openers.Where(o => o.Run == run).Select(o => (o.Flip, o.Kill)).FirstOrDefault();
            SoakFlip? flip = forcedFlip != null || random.Chance(options.FlipChance) ? flipper.FlipOne(forcedFlip) : null;
            List<SoakRun.Kill> kills = Kills(scenario, options, random, forcedKill);
            SoakRunResult result = SoakRun.Run(launcher, kit, broker.Url, file, Path.Combine(root, "runs", $"{run:0000}"), options.Seed + (ulong)run,
                scenario.LengthMs, kills, counts);
            Tally(run, scenario, result, counts, failures);
            Dictionary<int, string> left = SoakProcesses.LeftAfter(() => KitProcesses(kit, root), OrphanMax);
            if (left.Count > 0)
            {
                counts.Add("orphans", left.Count);
                Fail(failures, $"run {run}: {left.Count} processes outlived their harness by {OrphanMax.TotalSeconds} s: {string.Join(" | ", left.Values)}");
                left.Keys.ToList().ForEach(pid => SoakProcesses.Kill(pid));
                SoakProcesses.LeftAfter(() => KitProcesses(kit, root), OrphanMax);
            }

            string settled = "";
            if (flip != null)
            {
                try
                {
                    settled = " -> " + SettleWhenFree(flipper, flip, result);
                }
                catch (InvalidOperationException e)
                {
                    // A key still held by a process of the run: the orphan check missed it, or it could not be taken back.
                    List<string> holders = [.. SoakProcesses.Holding(flip.File), .. SoakProcesses.Holding(SecretFileStore.LockPathOf(flip.File))];
                    Fail(failures, $"run {run}: the {flip.Kind} flip in {flip.File} could not be taken back: {e.Message}; processes with it open: "
                        + (holders.Count == 0 ? "none" : string.Join(" | ", holders)) + "; the soak stops");
                    break;
                }

                if (counts["repairs/unrepairable"] > 0)
                {
                    Fail(failures, $"run {run}: the {flip.Kind} flip in {flip.File} could not be taken back safely; the soak stops");
                    break;
                }
            }

            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"soak: run {run} ({scenario.Sort}{(flip != null ? $", flip {flip.Kind} of {flip.Owner} in {Path.GetFileName(flip.File)} {string.Join(",", flip.Records)}{settled}" : "")}{string.Concat(kills.Select(k => k.Target == 0 ? ", kill harness" : $", kill general {k.Target}"))}) exit {result.ExitCode} at {clock.Elapsed.TotalMinutes:0.0} min"));
        }

        counts.Set("soak-minutes", (long)clock.Elapsed.TotalMinutes);
        await stopRogue.CancelAsync().ConfigureAwait(false);
        await rogue.ConfigureAwait(false);
        return kit;
    }

    private static List<SoakRun.Kill> Kills(SoakScenario scenario, SoakOptions options, Prng random, int? forced)
    {
        // Boot of five processes takes 2 to 10 s here: a kill may land in the boot, the run, the settle or the stop.
        var kills = new List<SoakRun.Kill>();
        if (forced is > 0 || (forced == null && random.Chance(options.GeneralKillChance)))
        {
            int general = forced is > 0 ? forced.Value : random.NextInRange(1, SoakKit.Generals);
            kills.Add(new SoakRun.Kill(general, random.NextInRange(2500, 1500 + (int)scenario.LengthMs)));
        }

        if (forced == 0 || (forced == null && random.Chance(options.HarnessKillChance)))
        {
            kills.Add(new SoakRun.Kill(0, random.NextInRange(500, 2000 + (int)scenario.LengthMs)));
        }

        return kills;
    }

    private static void Tally(int run, SoakScenario scenario, SoakRunResult result, SoakCounts counts, List<string> failures)
    {
        counts.Add("runs");
        counts.Add("runs/" + scenario.Sort);
        counts.Add("runs/exit-" + (result.HarnessKilled ? "killed" : result.ExitCode.ToString(CultureInfo.InvariantCulture)));
        counts.Add("kills/general-planned-by-scenario", result.History.Split('\n').Count(l => l.Contains("\"type\":\"crash\"", StringComparison.Ordinal)));
        if (!result.HarnessKilled && result.ExitCode is not (0 or 1 or 2 or 65))
        {
            string tail = string.Join(" | ", result.HarnessOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
            Fail(failures, $"run {run}: the harness exited with {result.ExitCode}: {tail}");
        }

        using JsonDocument? results = result.Results();
        if (results == null)
        {
            return;
        }

        JsonElement root = results.RootElement;
        counts.Add("verdicts/" + root.GetProperty("verdict").GetString());
        if (root.TryGetProperty("reason", out JsonElement reason) && reason.GetString() is { } why)
        {
            counts.Add("unknown-because/" + why.Split(' ')[0]);
        }

        foreach (JsonElement check in root.GetProperty("checks").EnumerateArray().Where(c => c.GetProperty("name").GetString() == "reliable-delivery"))
        {
            JsonElement figures = check.GetProperty("figures");
            // A run's "lost" is "not delivered by the end of that run": on a kit the sender keeps it and the next run
            // delivers it, so the soak judges loss over the whole soak (SoakDelivery); this figure says how often a run
            // ended with messages still on their way.
            counts.Add("runs/reliable-delivery-lost", (long)figures.GetProperty("lost").GetDouble());
            counts.Add("runs/reliable-delivery-carried-over", figures.TryGetProperty("carried-over", out JsonElement carried) ? (long)carried.GetDouble() : 0);
            counts.Add("runs/reliable-delivery-delivered", (long)figures.GetProperty("delivered").GetDouble());
        }
    }

    private static void Verify(SoakKit kit, string root, SoakCounts counts, List<string> failures)
    {
        var errors = new List<string>();
        IVerifier verifier = KitKeys.LoadVerifier(kit.ConfigPath, errors) ?? throw new InvalidOperationException(string.Join("; ", errors));
        TelemetryKeyRing keys = KitKeys.LoadTelemetryKeys(kit.ConfigPath, kit.SecretsRoot, errors) ?? throw new InvalidOperationException(string.Join("; ", errors));
        var signatures = new SoakSignatures(verifier, counts);
        var delivery = new SoakDelivery(keys, counts);
        foreach (CapturedFrame frame in SoakCaptureFile.Read(Path.Combine(root, "capture.bin")))
        {
            signatures.Add(frame);
            delivery.Add(frame);
        }

        failures.AddRange(signatures.Reuse.Select(r => "index reused: " + r));
        failures.AddRange(delivery.Finish().Select(l => "acknowledged message lost: " + l));
        for (int signer = 0; signer <= SoakKit.Generals; signer++)
        {
            int mark = kit.Mark(signer);
            counts.Set($"indices/signer-{signer}-used", signatures.IndicesUsed.GetValueOrDefault(signer));
            counts.Set($"indices/signer-{signer}-mark", mark);
            if (signatures.HighestIndex.TryGetValue(signer, out uint highest) && (mark < 0 || highest >= (uint)mark))
            {
                failures.Add($"signer {signer}: its key file's mark {mark} is not above index {highest}, which a captured signature used");
            }
        }

        foreach ((string name, long count) in SoakBrokerRefusals(root))
        {
            counts.Set("broker/" + name, count);
        }

        if (counts["rogue/bad-login-accepted"] > 0)
        {
            failures.Add($"the broker accepted {counts["rogue/bad-login-accepted"]} logins with bad credentials");
        }

        if (counts["runs"] == 0 || counts["signatures/valid"] == 0 || counts["messages/acknowledged"] == 0)
        {
            failures.Add("nothing to judge: no run, no valid signature or no acknowledged message was captured");
        }
    }

    /// <summary>Adds a failure; the broker's watcher adds from another thread.</summary>
    private static void Fail(List<string> failures, string line)
    {
        lock (failures)
        {
            failures.Add(line);
        }
    }

    private static IReadOnlyDictionary<string, long> SoakBrokerRefusals(string root) => MosquittoLog.Read(Path.Combine(root, "broker", MosquittoConfig.LogFile)).Snapshot();

    /// <summary>Processes of the kit's runs: the harnesses and their generals (mosquitto and its supervisor live in the broker's folder).</summary>
    private static Dictionary<int, string> KitProcesses(SoakKit kit, string root)
    {
        Dictionary<int, string> found = SoakProcesses.Mentioning(kit.Folder);
        foreach ((int pid, string line) in SoakProcesses.Mentioning(Path.Combine(root, "runs")))
        {
            found[pid] = line;
        }

        return found;
    }

    /// <summary>
    /// Takes the flip back once no process holds the key any more. A general that is exiting is gone from /proc's command
    /// lines (the kernel drops its memory, cmdline included, before it closes its files), so its lock can outlive the
    /// orphan scan by the time its exit takes; a lock still held after <see cref="LockReleaseMax"/> is a failure.
    /// </summary>
    private static string SettleWhenFree(SoakFlipper flipper, SoakFlip flip, SoakRunResult result)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return flipper.Settle(flip, result);
            }
            catch (InvalidOperationException) when (clock.Elapsed < LockReleaseMax)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static bool BudgetLow(SoakKit kit, int reserve) =>
        Enumerable.Range(0, SoakKit.Generals + 1).Select(kit.Mark).Any(mark => mark >= 0 && kit.KeysPerSigner - mark < reserve);

    private static int SignatureBytes(string lms)
    {
        LmsScheme.TryParseParameters(lms, out LmsParameterSet parameters, out LmOtsParameterSet ots);
        return parameters.SignatureBytes(ots);
    }
}
