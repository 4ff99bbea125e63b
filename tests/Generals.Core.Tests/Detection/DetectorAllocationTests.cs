using Generals.Core.Detection;
using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Detection;

/// <summary>The board has about 80 KB of heap: after start, receiving heartbeats and ticking must allocate nothing.</summary>
public class DetectorAllocationTests
{
    private const int Heartbeats = 5000;

    [Theory]
    [InlineData(DetectorKind.FixedTimeout)]
    [InlineData(DetectorKind.AdaptiveTimeout)]
    [InlineData(DetectorKind.PhiAccrual)]
    public void ReceiveAndTick_ManyHeartbeats_AllocateNothing(DetectorKind kind)
    {
        var context = new FakeNodeContext(1, [2, 3]) { CaptureSends = false };
        var module = new DetectorModule();
        module.Boot(context);

        // The longest interval, so no heartbeat of our own is due during the measurement (a send allocates its payload).
        module.Control(context, new StartDetectorCommand((long)kind, HeartbeatSender.IntervalMaxMs, 300, 0));
        var frames = new Frame[2 * Heartbeats];
        for (int i = 0; i < Heartbeats; i++)
        {
            frames[2 * i] = FakeNodeContext.Heartbeat(2, 1, (uint)(i + 1));
            frames[(2 * i) + 1] = FakeNodeContext.Heartbeat(3, 1, (uint)(i + 1));
        }

        int warmUp = 500;
        Run(module, context, frames, 0, warmUp);
        long before = GC.GetAllocatedBytesForCurrentThread();

        Run(module, context, frames, warmUp, Heartbeats);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(2L * Heartbeats, module.HeartbeatsAccepted);
        Assert.Empty(context.Reports);
    }

    private static void Run(DetectorModule module, FakeNodeContext context, Frame[] frames, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            context.NowMs = 1 + (i * 100L);
            module.Receive(context, frames[2 * i]);
            module.Receive(context, frames[(2 * i) + 1]);
            module.Tick(context);
        }
    }
}
