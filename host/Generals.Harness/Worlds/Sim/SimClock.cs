using Generals.Core.Runtime;

namespace Generals.Harness.Worlds.Sim;

/// <summary>A general's clock in the simulator: virtual milliseconds since its own boot.</summary>
internal sealed class SimClock(Func<long> harnessNowMs, long bootTimeMs) : IClock
{
    public long NowMs => harnessNowMs() - bootTimeMs;

    public long BootTimeMs => bootTimeMs;
}
