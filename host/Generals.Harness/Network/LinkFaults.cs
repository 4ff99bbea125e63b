using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Network;

/// <summary>The fault knobs in force on one directed link at one moment, every knob resolved.</summary>
public sealed record LinkFaults(
    DelaySpec Delay,
    double Loss,
    double Duplicate,
    double Reorder,
    long ReorderMs,
    double Corrupt,
    double Spoof,
    double Replay,
    long ReplayDelayMs)
{
    public static readonly DelaySpec DefaultDelay = new() { Distribution = DelayDistributionKind.Constant, Ms = 10 };

    /// <summary>The knobs of <paramref name="spec"/> laid over <paramref name="baseline"/>.</summary>
    public LinkFaults Over(NetworkSpec spec) => new(
        spec.Delay ?? Delay,
        spec.Loss ?? Loss,
        spec.Duplicate ?? Duplicate,
        spec.Reorder ?? Reorder,
        spec.ReorderMs ?? ReorderMs,
        spec.Corrupt ?? Corrupt,
        spec.Spoof ?? Spoof,
        spec.Replay ?? Replay,
        spec.ReplayDelayMs ?? ReplayDelayMs);

    /// <summary>No faults, a constant 10 ms delay.</summary>
    public static LinkFaults None { get; } = new(DefaultDelay, 0, 0, 0, 50, 0, 0, 0, 500);
}
