namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// A message delay distribution for the analytical predictions: its CDF, bounds and expectations. Constant and
/// uniform cover the synchronous timing models; <see cref="PlusJitter"/> adds a sender's uniform jitter, which
/// to the receiver is just more delay. Subclass for other models (the pre-GST heavy tail).
/// </summary>
public abstract class DelayDistribution
{
    /// <summary>Steps of the numerical expectation: fine enough for sub-millisecond accuracy on second-scale delays.</summary>
    protected const int IntegrationSteps = 4000;

    /// <summary>The smallest possible delay.</summary>
    public abstract double MinMs { get; }

    /// <summary>A delay no message exceeds (for an unbounded model: one exceeded with probability below 1e-12).</summary>
    public abstract double MaxMs { get; }

    /// <summary>The mean delay.</summary>
    public abstract double MeanMs { get; }

    /// <summary>P(D &lt;= <paramref name="ms"/>).</summary>
    public abstract double Cdf(double ms);

    /// <summary>P(<paramref name="lowMs"/> &lt; D &lt;= <paramref name="highMs"/>).</summary>
    public double Between(double lowMs, double highMs) => highMs <= lowMs ? 0 : Cdf(highMs) - Cdf(lowMs);

    /// <summary>E[g(D)], numerically unless the distribution knows better.</summary>
    public virtual double Expect(Func<double, double> g)
    {
        ArgumentNullException.ThrowIfNull(g);
        double step = (MaxMs - MinMs) / IntegrationSteps;
        double sum = 0;
        double previous = Cdf(MinMs);
        sum += previous * g(MinMs);
        for (int i = 1; i <= IntegrationSteps; i++)
        {
            double cdf = Cdf(MinMs + (i * step));
            sum += (cdf - previous) * g(MinMs + ((i - 0.5) * step));
            previous = cdf;
        }

        return sum;
    }

    /// <summary>Every message takes exactly <paramref name="delayMs"/>.</summary>
    public static DelayDistribution Constant(double delayMs) => new ConstantDelay(delayMs);

    /// <summary>Delays uniform in [<paramref name="minMs"/>, <paramref name="maxMs"/>] (the synchronous model's bound).</summary>
    public static DelayDistribution Uniform(double minMs, double maxMs) =>
        maxMs <= minMs ? new ConstantDelay(minMs) : new UniformDelay(minMs, maxMs);

    /// <summary>This delay plus an independent uniform jitter in [0, <paramref name="jitterMs"/>].</summary>
    public DelayDistribution PlusJitter(double jitterMs) => jitterMs <= 0 ? this : new JitteredDelay(this, jitterMs);

    private sealed class ConstantDelay : DelayDistribution
    {
        private readonly double _delayMs;

        public ConstantDelay(double delayMs)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(delayMs);
            _delayMs = delayMs;
        }

        public override double MinMs => _delayMs;

        public override double MaxMs => _delayMs;

        public override double MeanMs => _delayMs;

        public override double Cdf(double ms) => ms >= _delayMs ? 1 : 0;

        public override double Expect(Func<double, double> g) => g(_delayMs);
    }

    private sealed class UniformDelay : DelayDistribution
    {
        private readonly double _minMs;
        private readonly double _maxMs;

        public UniformDelay(double minMs, double maxMs)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(minMs);
            _minMs = minMs;
            _maxMs = maxMs;
        }

        public override double MinMs => _minMs;

        public override double MaxMs => _maxMs;

        public override double MeanMs => (_minMs + _maxMs) / 2;

        public override double Cdf(double ms) => Math.Clamp((ms - _minMs) / (_maxMs - _minMs), 0, 1);
    }

    private sealed class JitteredDelay(DelayDistribution delay, double jitterMs) : DelayDistribution
    {
        private const int ConvolutionSteps = 256;

        public override double MinMs => delay.MinMs;

        public override double MaxMs => delay.MaxMs + jitterMs;

        public override double MeanMs => delay.MeanMs + (jitterMs / 2);

        // P(D + J <= x) = average over j uniform in [0, J] of P(D <= x - j).
        public override double Cdf(double ms)
        {
            double sum = 0;
            for (int i = 0; i < ConvolutionSteps; i++)
            {
                sum += delay.Cdf(ms - ((i + 0.5) * jitterMs / ConvolutionSteps));
            }

            return sum / ConvolutionSteps;
        }
    }
}
