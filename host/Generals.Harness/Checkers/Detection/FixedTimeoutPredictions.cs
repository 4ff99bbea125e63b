using Generals.Core.Detection;
using Generals.Core.Node;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Checkers.Detection;

/// <summary>
/// The Chen-Toueg-Aguilera prediction for a scenario whose generals run the fixed-timeout detector over a
/// network with a constant or uniform delay (synchronous, or from GST on): heartbeat interval, timeout and
/// jitter from the start-detector command, loss and delay from the network.
/// </summary>
public static class FixedTimeoutPredictions
{
    public static FixedTimeoutPrediction? For(Scenario scenario)
    {
        StartDetectorCommand? start = ControlCommands.InWorkload<StartDetectorCommand>(scenario).Select(w => w.Command).FirstOrDefault();
        if (start == null || start.Kind != (long)DetectorKind.FixedTimeout || scenario.Timing.Model == TimingModel.Asynchronous)
        {
            return null;
        }

        DelaySpec delay = scenario.Network.Delay ?? Generals.Harness.Network.LinkFaults.DefaultDelay;
        DelayDistribution? distribution = delay.Distribution switch
        {
            DelayDistributionKind.Constant => DelayDistribution.Constant(delay.Ms),
            DelayDistributionKind.Uniform => DelayDistribution.Uniform(delay.MinMs, delay.MaxMs),
            _ => null,
        };
        if (distribution == null)
        {
            return null;
        }

        return new FixedTimeoutPrediction(start.HeartbeatIntervalMs, start.TimeoutMs, scenario.Network.Loss ?? 0, distribution.PlusJitter(start.JitterMs));
    }
}
