using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Plan;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Nemesis;

public class NetworkNemesisTests
{
    private static readonly byte[] Frame = Convert.FromHexString("020100036c6162010002000300000011000000000000000000050068656c6c6f");

    private static Scenario With(string yaml) => ScenarioLoader.Parse("name: t\ngenerals: 3\n" + yaml, "test");

    [Fact]
    public void Decide_SameSeedSameFrames_SameDecisions()
    {
        Scenario s = With("network: { loss: 0.3, duplicate: 0.2, corrupt: 0.2, spoof: 0.2, replay: 0.2, delay: { distribution: exponential, ms: 30 } }");

        string Run(ulong seed)
        {
            var nemesis = new NetworkNemesis(s, new Prng(seed));
            return string.Join(";", Enumerable.Range(0, 500).SelectMany(i => nemesis.Decide(1, 2, Frame, i))
                .Select(a => $"{a.Type}:{a.DelayMs}:{Convert.ToHexString(a.Bytes)}"));
        }

        Assert.Equal(Run(9), Run(9));
        Assert.NotEqual(Run(9), Run(10));
    }

    [Fact]
    public void Decide_SymmetricPartition_CutsBothWaysOnlyInsideWindow()
    {
        var nemesis = new NetworkNemesis(With("partitions: [ { groups: [[1], [2, 3]], from_ms: 100, until_ms: 200 } ]"), new Prng(1));

        Assert.False(nemesis.Decide(1, 2, Frame, 150)[0].Deliver);
        Assert.False(nemesis.Decide(3, 1, Frame, 150)[0].Deliver);
        Assert.True(nemesis.Decide(2, 3, Frame, 150)[0].Deliver);
        Assert.True(nemesis.Decide(1, 2, Frame, 200)[0].Deliver);
    }

    [Fact]
    public void Decide_OneWayPartition_CutsOneDirectionOnly()
    {
        var nemesis = new NetworkNemesis(With("partitions: [ { from: [1], to: [2] } ]"), new Prng(1));

        Assert.False(nemesis.Decide(1, 2, Frame, 0)[0].Deliver);
        Assert.True(nemesis.Decide(2, 1, Frame, 0)[0].Deliver);
    }

    [Fact]
    public void Decide_LinkRuleInWindow_OverridesDefault()
    {
        var nemesis = new NetworkNemesis(With("links: [ { from: 1, to: 2, from_ms: 0, until_ms: 1000, loss: 1.0 } ]"), new Prng(1));

        Assert.All(Enumerable.Range(0, 100), i => Assert.False(nemesis.Decide(1, 2, Frame, i)[0].Deliver));
        Assert.True(nemesis.Decide(2, 1, Frame, 0)[0].Deliver);
        Assert.True(nemesis.Decide(1, 2, Frame, 1000)[0].Deliver);
    }

    [Theory]
    [InlineData(DelayDistributionKind.Constant, 25, 25)]
    [InlineData(DelayDistributionKind.Uniform, 10, 20)]
    [InlineData(DelayDistributionKind.Normal, 0, 60)]
    [InlineData(DelayDistributionKind.Exponential, 0, 500)]
    [InlineData(DelayDistributionKind.Pareto, 5, 500)]
    public void Sample_Distribution_StaysWithinBounds(DelayDistributionKind distribution, double min, double max)
    {
        var spec = new DelaySpec { Distribution = distribution, Ms = 25, MinMs = min, MaxMs = max, StdMs = 10, Shape = 1.1 };
        var random = new Prng(4);

        long[] delays = Enumerable.Range(0, 5000).Select(_ => DelaySampler.Sample(spec, random)).ToArray();

        Assert.All(delays, d => Assert.InRange(d, (long)min, (long)max));
        if (distribution != DelayDistributionKind.Constant)
        {
            Assert.True(delays.Distinct().Count() > 5);
        }
    }

    [Fact]
    public void FaultsAt_PartiallySynchronous_UsesUnstableDelayOnlyBeforeGst()
    {
        var nemesis = new NetworkNemesis(With("""
            timing: { model: partially-synchronous, gst_ms: 1000, unstable: { distribution: pareto, min_ms: 10, max_ms: 9000 } }
            network: { delay: { distribution: uniform, min_ms: 1, max_ms: 5 } }
            """), new Prng(1));

        Assert.Equal(DelayDistributionKind.Pareto, nemesis.FaultsAt(1, 2, 999).Delay.Distribution);
        Assert.Equal(DelayDistributionKind.Uniform, nemesis.FaultsAt(1, 2, 1000).Delay.Distribution);
    }

    [Fact]
    public void Decide_ReplayAndSpoof_AreRecordedAsSuch()
    {
        var nemesis = new NetworkNemesis(With("network: { spoof: 1.0, replay: 1.0 }"), new Prng(2));

        List<NemesisAction> actions = nemesis.Decide(1, 2, Frame, 0);

        Assert.Contains(actions, a => a.Type == HistoryType.Spoof && Sender(a.Bytes) != 1 && a.Claimed == Sender(a.Bytes));
        Assert.Contains(actions, a => a.Type == HistoryType.Replay);
    }

    private static int Sender(byte[] frame) => Bytes.ReadUInt16(frame, FrameCodec.SenderOffset(frame));
}
