using System.Text;
using Generals.Harness.Report;

namespace Generals.Harness.Tests.Report;

public sealed class SpaceTimeDiagramTests
{
    private static string Frame(long t, string type, int from, int to, long seq, long hash) =>
        $"{{\"t\":{t},\"type\":\"{type}\",\"from\":{from},\"to\":{to},\"kind\":\"data\",\"incarnation\":1,\"seq\":{seq},\"instance\":0,\"round\":0,\"hash\":{hash},\"payload\":\"\"}}";

    private static string Diagram(params string[] lines)
    {
        var html = new StringBuilder();
        SpaceTimeDiagram.Append(html, ReportHistory.Read(new StringReader(string.Join('\n', lines))).Lines);
        return html.ToString();
    }

    [Fact]
    public void Append_DeliverAfterItsSend_ArrowFromSenderRowAtSendToReceiverRowAtDelivery()
    {
        string html = Diagram(Frame(10, "send", 1, 2, 1, 5), Frame(25, "deliver", 1, 2, 1, 5));

        Assert.Contains("<line class=\"deliver\" x1=\"10\" y1=\"28\" x2=\"25\" y2=\"84\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_OneFrameSentTwiceWithTheSameStamp_EachDeliveryPairsWithItsOwnSend()
    {
        string html = Diagram(
            Frame(10, "send", 1, 2, 1, 5), Frame(20, "deliver", 1, 2, 1, 5),
            Frame(30, "send", 1, 2, 1, 5), Frame(40, "deliver", 1, 2, 1, 5));

        Assert.Contains("x1=\"10\" y1=\"28\" x2=\"20\"", html, StringComparison.Ordinal);
        Assert.Contains("x1=\"30\" y1=\"28\" x2=\"40\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_DropThenALaterFrameOfTheSameStamp_DropConsumesItsSend()
    {
        string html = Diagram(
            Frame(10, "send", 1, 2, 1, 5), Frame(12, "drop", 1, 2, 1, 5),
            Frame(30, "send", 1, 2, 1, 5), Frame(40, "deliver", 1, 2, 1, 5));

        Assert.Contains("<line class=\"deliver\" x1=\"30\" y1=\"28\" x2=\"40\"", html, StringComparison.Ordinal);
        Assert.Contains("<line class=\"drop\" x1=\"12\" y1=\"28\" x2=\"12\" y2=\"48\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_DeliverWithoutASend_DrawnAsUnpairedAtTheDelivery()
    {
        string html = Diagram(Frame(40, "deliver", 2, 1, 9, 5));

        Assert.Contains("<line class=\"deliver unpaired\" x1=\"40\" y1=\"84\" x2=\"40\" y2=\"28\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_CrashRestartPausePartitionAndBrokerOutage_ShadedOverTheirRowsAndTime()
    {
        string html = Diagram(
            "{\"t\":0,\"type\":\"boot\",\"general\":1,\"incarnation\":1}",
            "{\"t\":0,\"type\":\"boot\",\"general\":2,\"incarnation\":1}",
            "{\"t\":100,\"type\":\"crash\",\"general\":2,\"detail\":\"kill\",\"restart_after_ms\":50}",
            "{\"t\":150,\"type\":\"restart\",\"general\":2}",
            "{\"t\":200,\"type\":\"pause\",\"general\":1,\"duration_ms\":30}",
            "{\"t\":230,\"type\":\"resume\",\"general\":1,\"backlog\":0}",
            "{\"t\":300,\"type\":\"partition-start\",\"partition\":0,\"groups\":[[1],[2]],\"one_way\":false}",
            "{\"t\":340,\"type\":\"crash\",\"general\":1,\"detail\":\"stop\",\"restart_after_ms\":-1}",
            "{\"t\":350,\"type\":\"broker-down\",\"duration_ms\":20,\"detail\":\"\"}",
            "{\"t\":370,\"type\":\"broker-up\"}",
            "{\"t\":400,\"type\":\"end\"}");

        Assert.Contains("<rect class=\"shade crash\" x=\"100\" y=\"56\" width=\"50\" height=\"56\"", html, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"shade pause\" x=\"200\" y=\"0\" width=\"30\" height=\"56\"", html, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"shade partition\" x=\"300\" y=\"0\" width=\"100\" height=\"112\"", html, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"shade crash\" x=\"340\" y=\"0\" width=\"60\" height=\"56\"", html, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"shade broker-down\" x=\"350\" y=\"0\" width=\"20\" height=\"112\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_DecisionsGstAndTimingBreak_MarkedWhereTheyHappened()
    {
        string html = Diagram(
            "{\"t\":0,\"type\":\"boot\",\"general\":1,\"incarnation\":1}",
            "{\"t\":50,\"type\":\"gst\"}",
            "{\"t\":60,\"type\":\"timing-break\",\"general\":1,\"detail\":\"late\"}",
            "{\"t\":70,\"type\":\"decide\",\"general\":1,\"incarnation\":1,\"protocol\":2,\"instance\":1,\"value\":1,\"round\":1}");

        Assert.Contains("<line class=\"gst\" x1=\"50\"", html, StringComparison.Ordinal);
        Assert.Contains("<line class=\"timing-break\" x1=\"60\"", html, StringComparison.Ordinal);
        Assert.Contains("<line class=\"decide attack\" x1=\"70\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LinesThatAreNotHistory_CountedAndSkipped()
    {
        ReportHistory history = ReportHistory.Read(new StringReader("{\"t\":1,\"type\":\"gst\"}\nnot json\n[1]\n{\"t\":\"x\",\"type\":\"gst\"}\n\n{\"t\":2,\"type\":\"end\"}"));

        Assert.Equal(2, history.Lines.Count);
        Assert.Equal(3, history.Unreadable);
    }

    [Fact]
    public void Append_DeliveredAndDroppedFrames_HoverFactsAsDataAttributesWithoutATitleElementEach()
    {
        string html = Diagram(
            "{\"t\":10,\"type\":\"send\",\"from\":1,\"to\":3,\"kind\":\"protocol\",\"incarnation\":1,\"seq\":4,\"instance\":1,\"round\":1,\"hash\":9,\"payload\":\"ATTACK chain 1>3\"}",
            "{\"t\":25,\"type\":\"deliver\",\"from\":1,\"to\":3,\"kind\":\"protocol\",\"incarnation\":1,\"seq\":4,\"instance\":1,\"round\":1,\"hash\":9,\"payload\":\"ATTACK chain 1>3\"}",
            "{\"t\":30,\"type\":\"send\",\"from\":3,\"to\":2,\"kind\":\"heartbeat\",\"incarnation\":1,\"seq\":7,\"instance\":0,\"round\":0,\"hash\":8,\"payload\":\"\"}",
            "{\"t\":30,\"type\":\"drop\",\"from\":3,\"to\":2,\"kind\":\"heartbeat\",\"incarnation\":1,\"seq\":7,\"instance\":0,\"round\":0,\"hash\":8,\"payload\":\"\",\"reason\":\"loss\"}");

        Assert.Contains("<g class=\"frames\" data-generals=\"1,2,3\" data-row-px=\"56\">", html, StringComparison.Ordinal);
        Assert.Contains("<line class=\"deliver\" x1=\"10\" y1=\"28\" x2=\"25\" y2=\"140\" data-kind=\"protocol\" data-seq=\"4\" data-payload=\"ATTACK chain 1&gt;3\"/>", html, StringComparison.Ordinal);
        Assert.Contains("<line class=\"drop\" x1=\"30\" y1=\"140\" x2=\"30\" y2=\"120\" data-from=\"3\" data-to=\"2\" data-kind=\"heartbeat\" data-seq=\"7\" data-reason=\"loss\"/>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>", html, StringComparison.Ordinal);
    }
}
