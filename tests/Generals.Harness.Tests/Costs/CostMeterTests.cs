using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Harness.Costs;
using NSubstitute;

namespace Generals.Harness.Tests.Costs;

public class CostMeterTests
{
    private static readonly CostRound[] OneRound = [new CostRound(1, 0, 100, 200)];

    [Fact]
    public void Enter_HashInsideACall_CountsItForThatGeneralInTheRoundOfItsTime()
    {
        var meter = new CostMeter(OneRound);
        ISha256 hash = meter.Hashes.NewHash();

        Sha256.Hash(hash, new byte[56], 0, 56);
        using (meter.Enter(2, 150))
        {
            Sha256.Hash(hash, new byte[55], 0, 55);
        }

        using (meter.Enter(2, 50))
        {
            Sha256.Hash(hash, new byte[56], 0, 56);
        }

        Assert.Equal(1, meter.Of(2, 0).Compressions);
        Assert.Equal(2, meter.Of(2, CostMeter.BetweenRounds).Compressions);
        Assert.Equal(0, meter.Of(1, 0).Compressions);
    }

    [Fact]
    public void Enter_StoreAllocatesInsideTheCall_OnlyCoresOwnBytesCount()
    {
        var meter = new CostMeter(OneRound);
        IStore inner = Substitute.For<IStore>();
        inner.Read("big").Returns(_ => new byte[100_000]);
        IStore store = meter.Store(inner);
        byte[]? kept;

        using (meter.Enter(1, 150))
        {
            kept = new byte[1000];
            store.Read("big");
        }

        Assert.NotNull(kept);
        Assert.InRange(meter.Of(1, 0).AllocatedBytes, 1000, 1200);
    }

    [Fact]
    public void Transport_PublishesInsideACall_WireFramesApartFromTelemetry()
    {
        var meter = new CostMeter(OneRound);
        ITransport transport = meter.Transport(Substitute.For<ITransport>());

        using (meter.Enter(3, 120))
        {
            transport.Publish("gl/lab/wire/3", new byte[40], 0, false);
            transport.Publish("gl/lab/wire/3", new byte[60], 0, false);
            transport.Publish("gl/lab/n/3/events", new byte[25], 0, false);
        }

        CostFigures figures = meter.Of(3, 0);
        Assert.Equal((2L, 100L, 1L, 25L), (figures.FramesSent, figures.BytesSent, figures.TelemetrySent, figures.TelemetryBytes));
    }

    [Fact]
    public void Enter_InsideAnotherCall_Refused()
    {
        var meter = new CostMeter(OneRound);

        using (meter.Enter(1, 0))
        {
            Assert.Throws<InvalidOperationException>(() => meter.Enter(2, 0));
        }
    }
}
