namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// What the analysis of Chen, Toueg and Aguilera (2002) predicts for the fixed-timeout detector ("suspect when
/// no heartbeat arrived for TO"), given the heartbeat interval eta, the timeout TO, an independent loss
/// probability p_L per heartbeat and i.i.d. delays D. The paper derives closed forms for its own algorithm
/// (NFD-S); these are the same derivation applied to the timeout-from-last-heartbeat detector, written out with
/// their assumptions in docs/failure-detectors.md. Steady state, monitored process up, delays shorter than
/// one interval apart (max D - min D &lt; eta: heartbeats arrive in order).
/// </summary>
public sealed class FixedTimeoutPrediction
{
    private const int GridSteps = 20000;
    private const int PhaseSteps = 2000;

    // Runs of losses longer than this have probability below 1e-12 and are left out of the integrals.
    private const double NegligibleProbability = 1e-12;

    public FixedTimeoutPrediction(double heartbeatIntervalMs, double timeoutMs, double lossProbability, DelayDistribution delay)
    {
        ArgumentNullException.ThrowIfNull(delay);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(heartbeatIntervalMs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(timeoutMs);
        if (lossProbability is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(lossProbability), "loss probability must be in [0, 1)");
        }

        HeartbeatIntervalMs = heartbeatIntervalMs;
        TimeoutMs = timeoutMs;
        LossProbability = lossProbability;
        Delay = delay;
        DetectionTimeMinMs = Math.Max(0, timeoutMs + delay.MinMs - heartbeatIntervalMs);
        DetectionTimeMaxMs = timeoutMs + delay.MaxMs;
        DetectionTimeMeanMs = MeanDetectionTime();
        MistakeRatePerMs = MistakeRate();
        QueryAccuracy = Accuracy();
        NoMistakesWithoutLoss = timeoutMs >= heartbeatIntervalMs + (delay.MaxMs - delay.MinMs);
    }

    public double HeartbeatIntervalMs { get; }

    public double TimeoutMs { get; }

    public double LossProbability { get; }

    public DelayDistribution Delay { get; }

    /// <summary>The shortest possible T_D: the crash just before a send, the last heartbeat at the least delay.</summary>
    public double DetectionTimeMinMs { get; }

    /// <summary>The longest T_D when the last heartbeat before the crash arrives: TO + max D. With losses there is no bound.</summary>
    public double DetectionTimeMaxMs { get; }

    /// <summary>E[T_D] for a crash at a uniformly random phase of the heartbeat interval, losses included.</summary>
    public double DetectionTimeMeanMs { get; }

    /// <summary>lambda_M, mistakes per millisecond: heartbeats arriving, times the chance none follows within TO.</summary>
    public double MistakeRatePerMs { get; }

    /// <summary>lambda_M per second.</summary>
    public double MistakeRatePerS => MistakeRatePerMs * 1000;

    /// <summary>E[T_MR] = 1 / lambda_M, or infinity when mistakes cannot happen.</summary>
    public double MistakeRecurrenceMs => MistakeRatePerMs > 0 ? 1 / MistakeRatePerMs : double.PositiveInfinity;

    /// <summary>E[T_M] = (1 - P_A) / lambda_M (the fraction of time in mistakes is rate times mean duration), or 0.</summary>
    public double MistakeDurationMs => MistakeRatePerMs > 0 ? (1 - QueryAccuracy) / MistakeRatePerMs : 0;

    /// <summary>P_A: the probability that a query at a random time, the process up, returns trust.</summary>
    public double QueryAccuracy { get; }

    /// <summary>True when TO &gt;= eta + (max D - min D): without losses no gap between arrivals exceeds TO, so no mistake.</summary>
    public bool NoMistakesWithoutLoss { get; }

    /// <summary>
    /// Closed forms for a constant delay d: with K = floor(TO / eta), a mistake needs K consecutive losses after a
    /// received heartbeat. E[T_D] sums over L, the losses just before the crash (probability p^L (1 - p)):
    /// the monitor last heard at the (L+1)-th last send, so T_D = max(0, TO + d - L eta - u), u uniform in [0, eta).
    /// Returns (lambda_M per ms, E[T_M] ms, P_A, E[T_D] ms).
    /// </summary>
    public static (double MistakeRatePerMs, double MistakeDurationMs, double QueryAccuracy, double DetectionTimeMeanMs) ConstantDelayClosedForm(
        double heartbeatIntervalMs, double timeoutMs, double lossProbability, double delayMs)
    {
        double eta = heartbeatIntervalMs;
        double p = lossProbability;
        double k = Math.Floor(timeoutMs / eta);
        double pk = Math.Pow(p, k);
        double rate = (1 - p) * pk / eta;
        double duration = ((k + (1 / (1 - p))) * eta) - timeoutMs;
        double accuracy = 1 - (pk * (((1 - p) * (k - (timeoutMs / eta))) + 1));
        double detection = 0;
        for (int losses = 0; ; losses++)
        {
            double c = timeoutMs + delayMs - (losses * eta);
            if (c <= 0)
            {
                break;
            }

            // E[max(0, c - u)] for u uniform in [0, eta).
            double expected = c >= eta ? c - (eta / 2) : c * c / (2 * eta);
            detection += Math.Pow(p, losses) * (1 - p) * expected;
        }

        return (rate, duration, accuracy, detection);
    }

    /// <summary>The predictions as figures keyed "prefix.T_D_ms" and so on (infinite ones left out).</summary>
    public void AddFigures(IDictionary<string, double> figures, string prefix = "predicted")
    {
        ArgumentNullException.ThrowIfNull(figures);
        figures[$"{prefix}.T_D_min_ms"] = DetectionTimeMinMs;
        figures[$"{prefix}.T_D_ms"] = DetectionTimeMeanMs;
        if (double.IsFinite(DetectionTimeMaxMs))
        {
            figures[$"{prefix}.T_D_max_ms"] = DetectionTimeMaxMs;
        }

        figures[$"{prefix}.P_A"] = QueryAccuracy;
        figures[$"{prefix}.mistake_rate_per_s"] = MistakeRatePerS;
        if (MistakeRatePerMs > 0)
        {
            figures[$"{prefix}.T_MR_ms"] = MistakeRecurrenceMs;
            figures[$"{prefix}.T_M_ms"] = MistakeDurationMs;
        }
    }

    // Heartbeat k arrives at a = k eta + D_k; a mistake starts at a + TO when none of k+1, k+2, ... arrives in
    // (a, a + TO]: heartbeat k+m does with probability (1 - p_L) P(D_k - m eta < D <= D_k - m eta + TO).
    private double MistakeRate()
    {
        double eta = HeartbeatIntervalMs;
        int mMax = (int)Math.Ceiling((Delay.MaxMs + TimeoutMs - Delay.MinMs) / eta) + 1;
        double noFollower = Delay.Expect(dk =>
        {
            double product = 1;
            for (int m = 1; m <= mMax; m++)
            {
                product *= 1 - ((1 - LossProbability) * Delay.Between(dk - (m * eta), dk - (m * eta) + TimeoutMs));
            }

            return product;
        });
        return (1 - LossProbability) / eta * noFollower;
    }

    // At time t = i eta + x, q suspects iff no heartbeat arrived in (t - TO, t]; heartbeat i - j does with
    // probability (1 - p_L) P(x + j eta - TO < D <= x + j eta). P_A averages trust over the phase x.
    private double Accuracy()
    {
        double eta = HeartbeatIntervalMs;
        int jMax = (int)Math.Ceiling((Delay.MaxMs + TimeoutMs) / eta) + 1;
        double suspected = 0;
        for (int s = 0; s < PhaseSteps; s++)
        {
            double x = (s + 0.5) * eta / PhaseSteps;
            double product = 1;
            for (int j = 0; j <= jMax; j++)
            {
                product *= 1 - ((1 - LossProbability) * Delay.Between(x + (j * eta) - TimeoutMs, x + (j * eta)));
            }

            suspected += product;
        }

        return 1 - (suspected / PhaseSteps);
    }

    // The crash comes u (uniform in [0, eta)) after the last send k; the monitor last heard at k eta + Y with
    // Y = max over received j <= k of D_j - (k - j) eta, so T_D = max(0, TO + Y - u) and
    // E[T_D] = (1/eta) integral over u of H(u - TO), H(a) = integral from a of P(Y > y) dy.
    private double MeanDetectionTime()
    {
        double eta = HeartbeatIntervalMs;
        int lossRunMax = LossProbability > 0
            ? (int)Math.Ceiling(Math.Log(NegligibleProbability) / Math.Log(LossProbability))
            : 0;
        double low = Delay.MinMs - (lossRunMax * eta);
        double high = Delay.MaxMs;
        int mMax = lossRunMax + (int)Math.Ceiling((Delay.MaxMs - Delay.MinMs) / eta) + 1;
        double step = Math.Max(high - low, 1e-9) / GridSteps;

        // tail[i] = integral from low + i step to high of (1 - G(y)) dy, G(y) = P(Y <= y).
        var tail = new double[GridSteps + 1];
        for (int i = GridSteps - 1; i >= 0; i--)
        {
            double y = low + ((i + 0.5) * step);
            double g = 1;
            for (int m = 0; m <= mMax; m++)
            {
                g *= LossProbability + ((1 - LossProbability) * Delay.Cdf(y + (m * eta)));
            }

            tail[i] = tail[i + 1] + ((1 - g) * step);
        }

        double Tail(double a)
        {
            if (a >= high)
            {
                return 0;
            }

            if (a <= low)
            {
                return tail[0] + (low - a);
            }

            double position = (a - low) / step;
            int index = Math.Min((int)position, GridSteps - 1);
            double fraction = position - index;
            return tail[index] + (fraction * (tail[index + 1] - tail[index]));
        }

        double sum = 0;
        for (int s = 0; s < PhaseSteps; s++)
        {
            sum += Tail(((s + 0.5) * eta / PhaseSteps) - TimeoutMs);
        }

        return sum / PhaseSteps;
    }
}
