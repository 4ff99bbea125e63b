using Generals.Core.Runtime;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Worlds;

/// <summary>
/// Where a power cut "at a store write" lands in a world with no hook on a general's store writes (a process, a board): at a
/// random moment of the fault's window, drawn from the run's fault generator.
/// </summary>
public static class PowerCutWindow
{
    /// <summary>How long after now the cut of <paramref name="fault"/> comes.</summary>
    public static long OffsetMs(FaultSpec fault, Prng random)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(random);
        return random.NextInRange(0, (int)Math.Max(0, Math.Min(fault.DeadlineMs, int.MaxValue)));
    }
}
