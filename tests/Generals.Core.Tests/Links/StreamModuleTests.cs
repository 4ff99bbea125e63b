using Generals.Core.Links;
using Generals.Core.Node;
using Generals.Core.Tests.Node;

namespace Generals.Core.Tests.Links;

public class StreamModuleTests
{
    [Fact]
    public void Tick_IntervalZeroLongStreamOverFullLink_SpreadsOverTicksWithoutBreakingTheOutputLimit()
    {
        // Before SendsPerTickMax one tick queued all 10000 sends (each a QueueFull rejection past the window): beyond General.OutputsMax.
        var sender = new TestGeneral(2, [1], reliable: true).Boot();
        sender.General.Control(sender.ControlFrame(new SendStreamCommand(1, 10_000, 0, 1), 1), 0);

        sender.General.Tick(0);
        List<NodeOutput> first = sender.Drain();

        Assert.Equal(StreamModule.SendsPerTickMax, TestGeneral.Telemetry(first).Count(t => t.Type == TelemetryType.AppSent));
        Assert.Equal(0, sender.General.NextWakeMs);
    }

    [Fact]
    public void Control_FifthStreamWhileFourRun_RefusedAsBadControl()
    {
        var sender = new TestGeneral(2, [1, 3], reliable: true).Boot();
        for (int i = 0; i < StreamModule.StreamsMax; i++)
        {
            sender.General.Control(sender.ControlFrame(new SendStreamCommand(1, 100, 10, 1000 * (i + 1)), (uint)(i + 1)), 0);
        }

        sender.Drain();

        sender.General.Control(sender.ControlFrame(new SendStreamCommand(3, 100, 10, 9000), 9), 0);

        RejectedEvent refusal = Assert.IsType<RejectedEvent>(Assert.Single(TestGeneral.Telemetry(sender.Drain())));
        Assert.Equal(RejectReason.BadControl, refusal.Reason);
    }
}
