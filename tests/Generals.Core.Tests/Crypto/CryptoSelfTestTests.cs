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

        SelfTestEvent[] tests = [.. events.Select(e => Assert.IsType<SelfTestEvent>(e))];
        Assert.Equal([SelfTestItem.Sha256, SelfTestItem.Sign, SelfTestItem.Verify], tests.Select(e => e.Item));
        Assert.All(tests, e => Assert.Equal(7_000, e.Microseconds));
        Assert.Equal([CryptoSelfTest.HashBatch, 1L, 1L], tests.Select(e => e.Count));
    }

    [Fact]
    public void Run_ExhaustedKey_ReportsZeroSuccessesWithoutThrowing()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W4);
        LmsMark.Write(store, 32);

        TelemetryEvent[] events = CryptoSelfTest.Run(
            new SteppingClock(1), new Sha256(), new LmsSigner(store, Sha256.Create), LmsTestKeys.Ring(2, publicKey), 2);

        Assert.Equal(0, Assert.IsType<SelfTestEvent>(events[1]).Count);
        Assert.Equal(0, Assert.IsType<SelfTestEvent>(events[2]).Count);
    }

    private sealed class SteppingClock(long stepMs) : IClock
    {
        private long _now;

        public long NowMs => _now += stepMs;
    }
}
