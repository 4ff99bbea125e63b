using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Tests.Emu;

public sealed class MqttPacketGuardTests
{
    /// <summary>An MQTT 3.1.1 CONNECT with an empty client id: 12 bytes after the fixed header.</summary>
    private static readonly byte[] Connect = [0x10, 0x0C, 0x00, 0x04, (byte)'M', (byte)'Q', (byte)'T', (byte)'T', 0x04, 0x02, 0x00, 0x3C, 0x00, 0x00];

    private static readonly byte[] PingRequest = [0xC0, 0x00];

    [Fact]
    public void Inspect_ConnectThenPing_NoViolationAndConnectReceived()
    {
        var guard = new MqttPacketGuard(64);

        MqttPacketViolation violation = guard.Inspect([.. Connect, .. PingRequest]);

        Assert.Equal(MqttPacketViolation.None, violation);
        Assert.True(guard.ConnectReceived);
    }

    [Fact]
    public void Inspect_ConnectOneByteAtATime_ConnectReceivedOnlyWithItsLastByte()
    {
        var guard = new MqttPacketGuard(64);

        for (int i = 0; i < Connect.Length - 1; i++)
        {
            Assert.Equal(MqttPacketViolation.None, guard.Inspect(Connect.AsSpan(i, 1)));
            Assert.False(guard.ConnectReceived);
        }

        Assert.Equal(MqttPacketViolation.None, guard.Inspect(Connect.AsSpan(^1)));
        Assert.True(guard.ConnectReceived);
    }

    [Theory]
    [InlineData(new byte[] { 0x10, 0xFF, 0xFF, 0xFF, 0x7F })]
    [InlineData(new byte[] { 0x10, 0xFF, 0xFF })]
    [InlineData(new byte[] { 0x10, 0xFD, 0xA7, 0x01 })]
    public void Inspect_ConnectClaimingMoreThanTheLimit_OversizeFromTheHeader(byte[] header)
    {
        var guard = new MqttPacketGuard(new BrokerLimits().PacketBytesMax);

        Assert.Equal(MqttPacketViolation.Oversize, guard.Inspect(header));
    }

    [Fact]
    public void Inspect_HeaderOfAPacketOfTheDefaultLimit_Passes()
    {
        var guard = new MqttPacketGuard(new BrokerLimits().PacketBytesMax);

        // Remaining length 21500 (0xFC 0xA7 0x01): 1 + 3 + 21500 = 21504 bytes, the default limit.
        Assert.Equal(MqttPacketViolation.None, guard.Inspect([0x10, 0xFC, 0xA7, 0x01]));
    }

    [Fact]
    public void Inspect_PacketOfExactlyTheLimit_PassesAndOneMoreByteIsRefused()
    {
        var atLimit = new MqttPacketGuard(Connect.Length);
        var belowLimit = new MqttPacketGuard(Connect.Length - 1);

        Assert.Equal(MqttPacketViolation.None, atLimit.Inspect(Connect));
        Assert.Equal(MqttPacketViolation.Oversize, belowLimit.Inspect(Connect));
    }

    [Fact]
    public void Inspect_PublishBeforeConnect_NotConnectFirst()
    {
        var guard = new MqttPacketGuard(64);

        Assert.Equal(MqttPacketViolation.NotConnectFirst, guard.Inspect([0x30, 0x02, 0x00, 0x00]));
    }

    [Fact]
    public void Inspect_FiveLengthBytes_Malformed()
    {
        var guard = new MqttPacketGuard(int.MaxValue);

        Assert.Equal(MqttPacketViolation.Malformed, guard.Inspect([0x10, 0x80, 0x80, 0x80, 0x80]));
    }

    [Fact]
    public void Inspect_ReservedTypeAfterConnect_MalformedAndSticks()
    {
        var guard = new MqttPacketGuard(64);

        Assert.Equal(MqttPacketViolation.Malformed, guard.Inspect([.. Connect, 0x00, 0x00]));
        Assert.Equal(MqttPacketViolation.Malformed, guard.Inspect(PingRequest));
    }
}
