using Generals.Core.Config;

namespace Generals.Core.Tests.Config;

public class BrokerListTests
{
    [Fact]
    public void Parse_TwoBrokersJoinedByAComma_ListsBothInOrder()
    {
        BrokerAddress[] brokers = BrokerList.Parse("mqtt://127.0.0.1:1883 , MQTT://broker-b", out string error);

        Assert.Null(error);
        Assert.Equal(["127.0.0.1:1883", "broker-b:1883"], brokers.Select(b => b.ToString()));
    }

    [Fact]
    public void Parse_FormattedList_ReadsBackTheSame()
    {
        BrokerAddress[] brokers = [new("10.0.0.1", 1883), new("10.0.0.2", 1884)];

        BrokerAddress[] read = BrokerList.Parse(BrokerList.Format(brokers), out _);

        Assert.Equal(brokers.Select(b => b.ToString()), read.Select(b => b.ToString()));
    }

    [Theory]
    [InlineData("mqtt://a:1, ", "must be mqtt://host:port")]
    [InlineData("mqtt://a:1,,mqtt://b:2", "must be mqtt://host:port")]
    [InlineData("mqtt://a:1, tcp://b:2", "'tcp://b:2' must be mqtt://host:port")]
    [InlineData("mqtt://a:1, mqtt://b:70000", "port from 1 to 65535")]
    [InlineData("mqtt://a:1, mqtt://A:1", "listed twice")]
    [InlineData("mqtt://a:1, mqtt://a:2, mqtt://a:3, mqtt://a:4, mqtt://a:5", "at most 4")]
    [InlineData("  ", "must be mqtt://host:port")]
    public void Parse_BadList_IsRefusedWithTheReason(string value, string reason)
    {
        BrokerAddress[] brokers = BrokerList.Parse(value, out string error);

        Assert.Null(brokers);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void NfConfigParse_BrokerList_GivesEveryBrokerAndTheFirstAsBrokerHost()
    {
        ConfigResult result = NfConfigParser.Parse("[kit]\nid = lab\nbroker = mqtt://127.0.0.1:1883, mqtt://127.0.0.1:1884\n");

        Assert.True(result.Ok);
        Assert.Equal([1883, 1884], result.Config.Brokers.Select(b => b.Port));
        Assert.Equal("127.0.0.1", result.Config.BrokerHost);
        Assert.Equal(1883, result.Config.BrokerPort);
    }

    [Fact]
    public void NfConfigParse_BadBrokerInTheList_IsALineError()
    {
        ConfigResult result = NfConfigParser.Parse("[kit]\nid = lab\nbroker = mqtt://h:1, mqtt://h:1\n");

        Assert.False(result.Ok);
        ConfigError error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("listed twice", error.Message, StringComparison.Ordinal);
    }
}
