using System.Collections.Generic;
using System.Collections.Immutable;

namespace Generals.NanoGate.Check;

/// <summary>The gate's verdict on one assembly: the broken rules, and the measure when it compiled.</summary>
public sealed class GateResult
{
    public GateResult(IReadOnlyList<GateViolation> violations, AssemblyMeasure? measure)
    {
        Violations = violations;
        Measure = measure;
    }

    public IReadOnlyList<GateViolation> Violations { get; }

    /// <summary>Null when the assembly did not compile.</summary>
    public AssemblyMeasure? Measure { get; }

    /// <summary>The compiled assembly; empty when it did not compile.</summary>
    public ImmutableArray<byte> Image { get; init; } = ImmutableArray<byte>.Empty;

    public bool Passed => Violations.Count == 0;
}
