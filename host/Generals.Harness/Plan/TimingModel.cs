namespace Generals.Harness.Plan;

/// <summary>A scenario's timing model (`timing.model`); its YAML spelling is <see cref="PlanNames"/>'s.</summary>
public enum TimingModel
{
    /// <summary>Network delays are bounded by the network's delay distribution.</summary>
    Synchronous,

    /// <summary>Unstable delays until GST, the network's delay from then on.</summary>
    PartiallySynchronous,

    /// <summary>Unstable delays for the whole run.</summary>
    Asynchronous,
}
