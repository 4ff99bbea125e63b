namespace Generals.Harness.Plan;

/// <summary>The distribution a message delay is drawn from (`delay.distribution`); its YAML spelling is <see cref="PlanNames"/>'s.</summary>
public enum DelayDistributionKind
{
    /// <summary>Always `ms`.</summary>
    Constant,

    /// <summary>Between `min_ms` and `max_ms`.</summary>
    Uniform,

    /// <summary>Exponential with mean `ms`.</summary>
    Exponential,

    /// <summary>Normal with mean `ms` and deviation `std_ms`.</summary>
    Normal,

    /// <summary>Pareto with scale `min_ms` and shape `shape`.</summary>
    Pareto,
}
