using System;
using Generals.Core.Runtime;

namespace Generals.Core.Detection
{
    /// <summary>
    /// The phi accrual detector (Hayashibara et al. 2004), as Akka applies the idea: inter-arrival intervals are
    /// taken as normally distributed with the window's mean (plus an acceptable pause) and standard deviation
    /// (at least a floor); phi = -log10(P(a heartbeat arrives later than now)). The peer is suspected while phi
    /// is at or above the threshold. The normal tail uses the logistic approximation of the normal CDF
    /// (Bowling et al. 2009), 1 - F(y) ~ 1 / (1 + exp(y (1.5976 + 0.070566 y^2))).
    /// </summary>
    public sealed class PhiAccrualDetector : IFailureDetector
    {
        private const double LinearCoefficient = 1.5976;
        private const double CubicCoefficient = 0.070566;
        private const double Ln10 = 2.302585092994046;

        // Bisection on the monotone cubic: 200 halvings of [-1000, 1000] reach double precision.
        private const int BisectionSteps = 200;
        private const double BisectionBound = 1000.0;

        private readonly PhiAccrualSettings _settings;
        private readonly IntervalWindow _window;
        private readonly double _thresholdY;
        private long _lastArrivalMs;
        private double _meanMs;
        private double _stdDeviationMs;
        private long _suspectAtMs;

        /// <summary>Creates a detector and allocates its whole window; monitoring starts at 0 until <see cref="Reset"/>.</summary>
        public PhiAccrualDetector(PhiAccrualSettings settings)
        {
            Check.NotNull(settings, "settings");
            _settings = settings;
            _window = new IntervalWindow(settings.WindowSize);
            _thresholdY = NormalisedDelayAt(settings.Threshold);
            Reset(0);
        }

        /// <summary>The settings in use.</summary>
        public PhiAccrualSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>How many intervals the estimate rests on (two seeded ones after a reset).</summary>
        public int SampleCount
        {
            get { return _window.Count; }
        }

        /// <summary>The expected gap to the next heartbeat: the window's mean plus the acceptable pause.</summary>
        public double ExpectedGapMs
        {
            get { return _meanMs; }
        }

        /// <summary>The standard deviation in use (never below the configured floor).</summary>
        public double StdDeviationMs
        {
            get { return _stdDeviationMs; }
        }

        /// <inheritdoc/>
        public long LastArrivalMs
        {
            get { return _lastArrivalMs; }
        }

        /// <summary>
        /// Starts afresh: the window is seeded with two intervals around the first-heartbeat estimate (mean the
        /// estimate, deviation a quarter of it) so that phi is defined before real intervals are measured.
        /// </summary>
        public void Reset(long nowMs)
        {
            long estimate = _settings.FirstHeartbeatEstimateMs;
            long deviation = estimate / 4;
            _window.Clear();
            _window.Add(estimate - deviation);
            _window.Add(estimate + deviation);
            _lastArrivalMs = nowMs;
            UpdateEstimate();
        }

        /// <inheritdoc/>
        public void Heartbeat(long nowMs)
        {
            if (nowMs < _lastArrivalMs)
            {
                return;
            }

            _window.Add(nowMs - _lastArrivalMs);
            _lastArrivalMs = nowMs;
            UpdateEstimate();
        }

        /// <summary>The suspicion level at <paramref name="nowMs"/>: 1 means a 10% chance the peer is merely late, 2 means 1%.</summary>
        public double Phi(long nowMs)
        {
            double y = ((nowMs - _lastArrivalMs) - _meanMs) / _stdDeviationMs;
            double z = y * (LinearCoefficient + (CubicCoefficient * y * y));
            return SoftPlus(z) / Ln10;
        }

        /// <inheritdoc/>
        public bool Suspects(long nowMs)
        {
            return Phi(nowMs) >= _settings.Threshold;
        }

        /// <inheritdoc/>
        public long NextCheckMs(long nowMs)
        {
            if (Suspects(nowMs))
            {
                return long.MaxValue;
            }

            // Rounding can leave phi a hair below the threshold at the computed instant: then check a ms later.
            return Longs.Max(nowMs + 1, _suspectAtMs);
        }

        private void UpdateEstimate()
        {
            _meanMs = _window.MeanMs + _settings.AcceptableHeartbeatPauseMs;
            _stdDeviationMs = Math.Max(Math.Sqrt(_window.VarianceMs2), _settings.MinStdDeviationMs);

            // Phi grows with elapsed time, so the threshold is crossed once, at mean + y* std.
            double suspectAfterMs = Math.Ceiling(_meanMs + (_thresholdY * _stdDeviationMs));
            _suspectAtMs = _lastArrivalMs + (long)Math.Max(suspectAfterMs, 0);
        }

        // log(1 + e^z) without overflow for large z.
        private static double SoftPlus(double z)
        {
            return z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
        }

        // The normalised delay y at which phi equals the threshold: solves log10(1 + e^z(y)) = threshold.
        private static double NormalisedDelayAt(double threshold)
        {
            double exponent = threshold * Ln10;
            double target = exponent + Math.Log(1 - Math.Exp(-exponent));
            double low = -BisectionBound;
            double high = BisectionBound;
            for (int i = 0; i < BisectionSteps; i++)
            {
                double middle = (low + high) / 2;
                double z = middle * (LinearCoefficient + (CubicCoefficient * middle * middle));
                if (z < target)
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }

            return high;
        }
    }
}
