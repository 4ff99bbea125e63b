using Generals.Core.Detection;
using Generals.Core.Runtime;
using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Detection;
using Generals.Harness.History;
using Xunit.Abstractions;

namespace Generals.Harness.Tests.Detection;

/// <summary>
/// Core's detector module on a tiny simulated network, judged by the harness checkers, and the fixed timeout's
/// measurements held against the analytical predictions.
/// </summary>
public class DetectorEndToEndTests(ITestOutputHelper output)
{
    private static long Uniform(Prng random, int minMs, int maxMs) => random.NextInRange(minMs, maxMs);

    [Fact]
    public void FixedTimeout_Synchrony_PerfectAndDetectionWithinPredictedBounds()
    {
        var network = new MiniDetectorNetwork(4, seed: 1) { Delay = (_, r) => Uniform(r, 5, 30) };
        network.StartDetectors(DetectorKind.FixedTimeout, intervalMs: 100, timeoutMs: 200, jitterMs: 10);
        network.CrashAt(10_037, 4);
        network.RunUntil(20_000);
        var prediction = new FixedTimeoutPrediction(100, 200, 0, DelayDistribution.Uniform(5, 30).PlusJitter(10));

        CheckResult accuracy = new StrongAccuracyChecker().Check(network.History);
        CheckResult completeness = new StrongCompletenessChecker(2000).Check(network.History);
        CheckResult qos = new DetectorQosChecker().Check(network.History);

        Assert.True(prediction.NoMistakesWithoutLoss);
        Assert.Equal(Verdict.Valid, accuracy.Verdict);
        Assert.Equal(Verdict.Valid, completeness.Verdict);
        foreach (int monitor in new[] { 1, 2, 3 })
        {
            // The detector suspects 1 ms after the timeout: whole milliseconds.
            Assert.InRange(qos.Figures[$"{monitor}->4.T_D_ms"], prediction.DetectionTimeMinMs, prediction.DetectionTimeMaxMs + 1);
        }

        Assert.Equal(1.0, qos.Figures["all.P_A"]);
        output.WriteLine($"T_D measured {qos.Figures["all.T_D_ms"]:F1} ms (pairs 1..3->4); predicted {prediction.DetectionTimeMinMs:F0}..{prediction.DetectionTimeMaxMs:F0}, mean {prediction.DetectionTimeMeanMs:F1}");
    }

    [Fact]
    public void FixedTimeout_LossyLinks_MeasuredQosCloseToPrediction()
    {
        // Four Generals, 12 pairs, 10 simulated minutes: about 650 mistakes predicted in all.
        const double Loss = 0.1;
        var network = new MiniDetectorNetwork(4, seed: 7) { Delay = (_, _) => 20, Loss = _ => Loss };
        network.StartDetectors(DetectorKind.FixedTimeout, intervalMs: 100, timeoutMs: 250);
        network.RunUntil(600_000);
        var prediction = new FixedTimeoutPrediction(100, 250, Loss, DelayDistribution.Constant(20));

        CheckResult qos = new DetectorQosChecker().Check(network.History);

        double rate = qos.Figures["all.mistake_rate_per_s"];
        double duration = qos.Figures["all.T_M_ms"];
        double recurrence = qos.Figures["all.T_MR_ms"];
        double accuracy = qos.Figures["all.P_A"];
        output.WriteLine($"mistakes {qos.Figures["all.mistakes"]}; rate {rate:F4}/s vs {prediction.MistakeRatePerS:F4}/s; "
            + $"T_M {duration:F1} vs {prediction.MistakeDurationMs:F1} ms; T_MR {recurrence:F0} vs {prediction.MistakeRecurrenceMs:F0} ms; "
            + $"P_A {accuracy:F5} vs {prediction.QueryAccuracy:F5}");
        Assert.InRange(rate / prediction.MistakeRatePerS, 0.85, 1.15);
        Assert.InRange(recurrence / prediction.MistakeRecurrenceMs, 0.85, 1.15);
        Assert.InRange(duration - (prediction.MistakeDurationMs - 1), -6, 6);
        Assert.InRange(1 - accuracy, (1 - prediction.QueryAccuracy) * 0.8, (1 - prediction.QueryAccuracy) * 1.2);
    }

    [Fact]
    public void FixedTimeout_PartialSynchrony_StrongAccuracyViolatedWithWitness()
    {
        MiniDetectorNetwork network = PartiallySynchronous(DetectorKind.FixedTimeout, seed: 3);

        CheckResult accuracy = new StrongAccuracyChecker().Check(network.History);
        CheckResult eventual = new EventualStrongAccuracyChecker(10_000).Check(network.History);
        CheckResult completeness = new StrongCompletenessChecker(5000).Check(network.History);

        Assert.Equal(Verdict.Invalid, accuracy.Verdict);
        Assert.Matches(@"^t=\d+ ms: general \d suspected general \d, which was up \((last heartbeat delivered at t=\d+|no heartbeat of it delivered yet)\)", accuracy.Witness[0]);
        Assert.Equal(Verdict.Invalid, eventual.Verdict);
        Assert.Equal(Verdict.Valid, completeness.Verdict);
        output.WriteLine($"fixed: {accuracy.Figures["mistakes"]} mistakes, {eventual.Figures["mistakes_after_gst"]} after GST; {accuracy.Witness[0]}");
    }

    [Fact]
    public void AdaptiveTimeout_PartialSynchrony_EventuallyPerfect()
    {
        MiniDetectorNetwork network = PartiallySynchronous(DetectorKind.AdaptiveTimeout, seed: 3);

        CheckResult accuracy = new StrongAccuracyChecker().Check(network.History);
        CheckResult eventual = new EventualStrongAccuracyChecker(10_000).Check(network.History);
        CheckResult completeness = new StrongCompletenessChecker(5000).Check(network.History);
        CheckResult qos = new DetectorQosChecker().Check(network.History);

        Assert.Equal(Verdict.Invalid, accuracy.Verdict);
        Assert.Equal(Verdict.Valid, eventual.Verdict);
        Assert.Equal(Verdict.Valid, completeness.Verdict);
        output.WriteLine($"adaptive: {eventual.Figures["mistakes_before_gst"]} mistakes before GST, {eventual.Figures["mistakes_after_gst"]} after; T_D {qos.Figures["all.T_D_ms"]:F0} ms");
    }

    [Fact]
    public void PhiAccrual_AkkaPreset_DetectsCrashAboutFourAndAHalfSecondsAfterLastHeartbeat()
    {
        var network = new MiniDetectorNetwork(4, seed: 5) { Delay = (_, r) => Uniform(r, 5, 50), Loss = _ => 0.01 };
        network.StartDetectors(DetectorKind.PhiAccrual, intervalMs: 1000, timeoutMs: 0);
        network.CrashAt(30_000, 4);
        network.RunUntil(60_000);

        CheckResult completeness = new StrongCompletenessChecker(10_000).Check(network.History);
        CheckResult qos = new DetectorQosChecker(detectionTimeMaxMs: 6000).Check(network.History);

        Assert.Equal(Verdict.Valid, completeness.Verdict);
        Assert.Equal(Verdict.Valid, qos.Verdict);
        Assert.InRange(qos.Figures["all.T_D_ms"], 3400, 4700);
        Assert.Equal(0, qos.Figures["all.mistakes"]);
        output.WriteLine($"phi: T_D {qos.Figures["all.T_D_ms"]:F0} ms (max {qos.Figures["all.T_D_max_ms"]:F0}), mistakes {qos.Figures["all.mistakes"]}");
    }

    [Fact]
    public void FixedTimeout_PausedGeneral_SuspectedThenTrustedAgainAsAMistake()
    {
        var network = new MiniDetectorNetwork(4, seed: 11) { Delay = (_, r) => Uniform(r, 5, 30) };
        network.StartDetectors(DetectorKind.FixedTimeout, intervalMs: 100, timeoutMs: 300);
        network.PauseBetween(5000, 6500, 3);
        network.RunUntil(15_000);

        CheckResult accuracy = new StrongAccuracyChecker().Check(network.History);
        CheckResult qos = new DetectorQosChecker().Check(network.History);

        Assert.Equal(Verdict.Invalid, accuracy.Verdict);
        Assert.All(accuracy.Witness, line => Assert.Contains("suspected general 3, which was paused since t=5000, not crashed", line));
        foreach (int monitor in new[] { 1, 2, 4 })
        {
            Assert.Equal(1, qos.Figures[$"{monitor}->3.mistakes"]);
            // Suspected TO + 1 after the last heartbeat before the pause, trusted on the first after it:
            // about 1500 - 301 ms, plus up to one interval before the pause and the delay.
            Assert.InRange(qos.Figures[$"{monitor}->3.T_M_ms"], 1150, 1350);
        }

        Assert.Equal(3, accuracy.Figures["mistakes"]);
        output.WriteLine($"pause: T_M {qos.Figures["all.T_M_ms"]:F0} ms, P_A {qos.Figures["all.P_A"]:F4}; {accuracy.Witness[0]}");
    }

    [Fact]
    public void FixedTimeout_PowerCutAndRestart_SuspectedThenTrustedUnderNewIncarnation()
    {
        var network = new MiniDetectorNetwork(4, seed: 13) { Delay = (_, r) => Uniform(r, 5, 30) };
        network.StartDetectors(DetectorKind.FixedTimeout, intervalMs: 100, timeoutMs: 300);
        network.CrashAt(5000, 3);
        network.RestartAt(8000, 3);
        network.RunUntil(15_000);

        CheckResult recovery = new CrashRecoveryChecker(2000, suspicionRequiredAfterMs: 500).Check(network.History);
        CheckResult accuracy = new StrongAccuracyChecker().Check(network.History);
        CheckResult qos = new DetectorQosChecker(detectionTimeMaxMs: 350).Check(network.History);

        Assert.Equal(Verdict.Valid, recovery.Verdict);
        Assert.Equal(Verdict.Valid, accuracy.Verdict);
        Assert.Equal(Verdict.Valid, qos.Verdict);
        Assert.Contains(network.History, e => e.Type == HistoryType.Trust && e.Peer == 3 && e.PeerIncarnation == 2);
        output.WriteLine($"crash-recovery: T_D {qos.Figures["all.T_D_ms"]:F0} ms, T_R 1->3 {recovery.Figures["1->3.T_R_ms"]:F0} ms");
    }

    // Before GST (15 s): 5% of heartbeats take 0.5..3 s, 2% are lost. After: delays 5..150 ms, bounded, but gaps
    // between heartbeats reach 100 + 145 = 245 ms, above the fixed 200 ms timeout. General 4 crashes at 30 s.
    private static MiniDetectorNetwork PartiallySynchronous(DetectorKind kind, ulong seed)
    {
        const long GstMs = 15_000;
        var network = new MiniDetectorNetwork(4, seed)
        {
            Delay = (now, r) => now < GstMs
                ? (r.Chance(0.05) ? Uniform(r, 500, 3000) : Uniform(r, 5, 30))
                : Uniform(r, 5, 150),
            Loss = now => now < GstMs ? 0.02 : 0,
        };
        network.StartDetectors(kind, intervalMs: 100, timeoutMs: 200);
        network.GstAt(GstMs);
        network.CrashAt(30_000, 4);
        network.RunUntil(45_000);
        return network;
    }
}
