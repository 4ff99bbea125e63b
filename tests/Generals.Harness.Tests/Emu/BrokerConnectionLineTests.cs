using Generals.Host.Node;

namespace Generals.Harness.Tests.Emu;

public sealed class BrokerConnectionLineTests
{
    [Fact]
    public void TryParse_LineOfAFailover_ReadsBrokerPositionAndFailovers()
    {
        string line = BrokerConnectionLine.Format("127.0.0.1:39851", 2, 2, 1);

        bool parsed = BrokerConnectionLine.TryParse(line, out string broker, out int position, out int failovers);

        Assert.True(parsed);
        Assert.Equal("connected to the broker at 127.0.0.1:39851 (2 of 2, 1 failovers)", line);
        Assert.Equal(("127.0.0.1:39851", 2, 1), (broker, position, failovers));
    }

    [Theory]
    [InlineData("connected to the broker at 127.0.0.1:1883")]
    [InlineData("lost the broker at 127.0.0.1:39851")]
    [InlineData("connected to the broker at 127.0.0.1:1 (2 of 2, 99999999999999 failovers)")]
    [InlineData("")]
    public void TryParse_OneBrokerOtherLineOrOverlongNumber_IsFalse(string line)
    {
        bool parsed = BrokerConnectionLine.TryParse(line, out string broker, out _, out _);

        Assert.False(parsed);
        Assert.Equal("", broker);
    }

    [Fact]
    public void Format_OneBroker_HasNoPosition()
    {
        Assert.Equal("connected to the broker at 127.0.0.1:1883", BrokerConnectionLine.Format("127.0.0.1:1883", 1, 1, 0));
    }
}
