using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Runtime;

namespace Generals.Core.Tests.Crypto;

public class CryptoSelfTestTests
{
    [Fact]
    public void Run_LmsKey_ReportsThreeTimedSuccessfulItems()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W4);
        var clock = new SteppingClock(stepMs: 7);

        TelemetryEvent[] events = CryptoSelfTest.Run(
            clock, new Sha256(), new LmsSigner(store, Sha256.Create), LmsTestKeys.Ring(2, publicKey), 2);

        Assert.All(events, e => Assert.Equal(TelemetryType.SelfTest, e.Type));
        Assert.Equal([(long)SelfTestItem.Sha256, (long)SelfTestItem.Sign, (long)SelfTestItem.Verify], events.Select(e => e.Value(0)));
        Assert.All(events, e => Assert.Equal(7_000, e.Value(1)));
        Assert.Equal([CryptoSelfTest.HashBatch, 1L, 1L], events.Select(e => e.Value(2)));
    }

    [Fact]
    public void Run_ExhaustedKey_ReportsZeroSuccessesWithoutThrowing()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W4);
        LmsMark.Write(store, 32);

        TelemetryEvent[] events = CryptoSelfTest.Run(
            new SteppingClock(1), new Sha256(), new LmsSigner(store, Sha256.Create), LmsTestKeys.Ring(2, publicKey), 2);

        Assert.Equal(0, events[1].Value(2));
        Assert.Equal(0, events[2].Value(2));
    }

    private sealed class SteppingClock(long stepMs) : IClock
    {
        private long _now;

        public long NowMs => _now += stepMs;
    }
}
