using Generals.Core.Crypto;
using Generals.Core.Node;
using NSubstitute;

namespace Generals.Core.Tests.Crypto;

public class SigningKeyMonitorTests
{
    [Fact]
    public void Observe_PlentyLeft_ReportsNothing()
    {
        ISigner signer = Signer(SignError.None, 500);

        Assert.Null(new SigningKeyMonitor().Observe(signer));
    }

    [Fact]
    public void Observe_FallingToTheLowMark_ReportsOnceWithTheRemainder()
    {
        var monitor = new SigningKeyMonitor();

        TelemetryEvent? first = monitor.Observe(Signer(SignError.None, SigningKeyMonitor.LowSignatures));
        TelemetryEvent? second = monitor.Observe(Signer(SignError.None, SigningKeyMonitor.LowSignatures - 1));

        Assert.NotNull(first);
        Assert.Equal(TelemetryType.KeyExhausted, first.Type);
        Assert.Equal(SigningKeyMonitor.LowSignatures, Assert.IsType<KeyExhaustedEvent>(first).RemainingSignatures);
        Assert.Null(second);
    }

    [Fact]
    public void Observe_ExhaustedSigner_ReportsZeroOnce()
    {
        var monitor = new SigningKeyMonitor();

        TelemetryEvent? first = monitor.Observe(Signer(SignError.KeyExhausted, 0));
        TelemetryEvent? second = monitor.Observe(Signer(SignError.KeyExhausted, 0));

        Assert.NotNull(first);
        Assert.Equal(TelemetryType.KeyExhausted, first.Type);
        Assert.Equal(0, Assert.IsType<KeyExhaustedEvent>(first).RemainingSignatures);
        Assert.Null(second);
    }

    [Fact]
    public void Observe_RealLmsSignerToTheEnd_ReportsLowThenExhausted()
    {
        (MemoryStore store, _) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W2);
        var signer = new LmsSigner(store, Sha256.Create);
        var monitor = new SigningKeyMonitor();
        var events = new List<TelemetryEvent>();

        for (int i = 0; i < 34; i++)
        {
            signer.Sign([1]);
            if (monitor.Observe(signer) is TelemetryEvent e)
            {
                events.Add(e);
            }
        }

        Assert.Equal([31L, 0L], events.Select(e => Assert.IsType<KeyExhaustedEvent>(e).RemainingSignatures));
    }

    private static ISigner Signer(SignError error, long remaining)
    {
        ISigner signer = Substitute.For<ISigner>();
        signer.LastError.Returns(error);
        signer.RemainingSignatures.Returns(remaining);
        return signer;
    }
}
