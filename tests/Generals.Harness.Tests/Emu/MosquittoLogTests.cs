using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Tests.Emu;

/// <summary>Lines as mosquitto 2.0.11 wrote them (log types information and debug), and what each counts as.</summary>
public sealed class MosquittoLogTests
{
    [Theory]
    [InlineData("1796136802: Client <unknown> disconnected, not authorised.", BrokerRefusal.Credentials)]
    [InlineData("1796136804: Client auto-DD027906-E4C2-BE5C-7FCB-E095FCC3BB9E disconnected, not authorised.", BrokerRefusal.Credentials)]
    [InlineData("1796136841: Denied PUBLISH from general-1 (d0, q1, r0, m1, 'gl/lab/wire/2', ... (1 bytes))", BrokerRefusal.Publish)]
    [InlineData("1796136857: Client <unknown> disconnected due to oversize packet.", BrokerRefusal.OversizePacket)]
    [InlineData("1796136804: Client general-1 disconnected due to oversize packet.", BrokerRefusal.OversizePacket)]
    [InlineData("1796136857: Client <unknown> disconnected due to protocol error.", BrokerRefusal.MalformedPacket)]
    [InlineData("1796136950: Client <unknown> has exceeded timeout, disconnecting.", BrokerRefusal.ConnectTimeout)]
    [InlineData("1796136857: Client connection from 127.0.0.1 denied: max_connections exceeded.", BrokerRefusal.ConnectionLimit)]
    [InlineData("1796136843: Client general-2 already connected, closing old connection.", BrokerRefusal.SessionTakeover)]
    public void RefusalOf_RefusalLine_ItsReason(string line, BrokerRefusal expected)
    {
        Assert.Equal(expected, MosquittoLog.RefusalOf(line));
    }

    [Theory]
    [InlineData("1796136841: New client connected from 127.0.0.1:36226 as general-2 (p5, c1, k60, u'general-2').")]
    [InlineData("1796136847: Client <unknown> closed its connection.")]
    [InlineData("1796136950: Client general-1 has exceeded timeout, disconnecting.")]
    [InlineData("1796136841: Received PUBLISH from general-1 (d0, q0, r0, m0, 'gl/lab/wire/1 Denied PUBLISH from x', ... (3 bytes))")]
    public void RefusalOf_OrdinaryLine_Null(string line)
    {
        Assert.Null(MosquittoLog.RefusalOf(line));
    }

    [Fact]
    public void Read_LogFile_CountsEachReasonAndListsEveryCounter()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [
                "1: mosquitto version 2.0.11 running",
                "2: Client <unknown> disconnected, not authorised.",
                "3: Client <unknown> disconnected, not authorised.",
                "4: Denied PUBLISH from general-1 (d0, q1, r0, m1, 'gl/lab/wire/2', ... (1 bytes))",
            ]);

            Dictionary<string, long> counts = MosquittoLog.Read(path).Snapshot();

            Assert.Equal(2, counts["refused-connections"]);
            Assert.Equal(1, counts["refused-publishes"]);
            Assert.Equal(0, counts["refused-oversize-packets"]);
            Assert.Equal(Enum.GetValues<BrokerRefusal>().Length, counts.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
