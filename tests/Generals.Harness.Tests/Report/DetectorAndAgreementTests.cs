using System.Text;
using Generals.Harness.Report;

namespace Generals.Harness.Tests.Report;

public sealed class DetectorAndAgreementTests
{
    private static IReadOnlyList<ReportLine> Lines(params string[] lines) => ReportHistory.Read(new StringReader(string.Join('\n', lines))).Lines;

    private static string Suspect(long t, int monitor, int peer, string type = "suspect") =>
        $"{{\"t\":{t},\"type\":\"{type}\",\"general\":{monitor},\"incarnation\":1,\"peer\":{peer},\"peer_incarnation\":1}}";

    [Fact]
    public void Of_SuspicionInsideTheCrashAndOneOfAPausedPeer_DetectionWithTdAndMistake()
    {
        IReadOnlyList<ReportLine> lines = Lines(
            "{\"t\":100,\"type\":\"crash\",\"general\":3,\"detail\":\"cut\",\"restart_after_ms\":400}",
            Suspect(160, 1, 3),
            "{\"t\":500,\"type\":\"restart\",\"general\":3}",
            Suspect(520, 1, 3, "trust"),
            "{\"t\":600,\"type\":\"pause\",\"general\":2,\"duration_ms\":300}",
            Suspect(700, 1, 2),
            "{\"t\":1000,\"type\":\"end\"}");

        IReadOnlyList<SuspicionSpan> spans = SuspicionSpans.Of(lines, 1000);

        Assert.Equal(2, spans.Count);
        Assert.Equal((1, 2, 700L, 1000L, true), (spans[0].Monitor, spans[0].Peer, spans[0].FromMs, spans[0].UntilMs, spans[0].Mistake));
        Assert.Contains("mistake of 300 ms (T_M)", spans[0].Title, StringComparison.Ordinal);
        Assert.Equal((1, 3, 160L, 520L, false), (spans[1].Monitor, spans[1].Peer, spans[1].FromMs, spans[1].UntilMs, spans[1].Mistake));
        Assert.Contains("detected 60 ms after its crash (T_D)", spans[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_TwoPairsSuspecting_OneRowEachWithMistakeBarAndPeerWindowShaded()
    {
        var html = new StringBuilder();

        DetectorTimeline.Append(html, Lines(
            "{\"t\":0,\"type\":\"pause\",\"general\":2,\"duration_ms\":300}",
            Suspect(100, 0, 2), Suspect(150, 1, 2), Suspect(300, 0, 2, "trust"), Suspect(310, 1, 2, "trust"),
            "{\"t\":300,\"type\":\"resume\",\"general\":2,\"backlog\":0}",
            "{\"t\":400,\"type\":\"end\"}"));

        string page = html.ToString();
        Assert.Contains(">harness \u2192 2</text>", page, StringComparison.Ordinal);
        Assert.Contains(">1 \u2192 2</text>", page, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"suspected mistake\" x=\"100\" y=\"8\" width=\"200\"", page, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"suspected mistake\" x=\"150\" y=\"36\" width=\"160\"", page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("<rect class=\"shade pause\" x=\"0\"").Length - 1);
    }

    [Fact]
    public void Append_LoyalLieutenantDisobeys_CellMarkedAndIc2WitnessOnItsRow()
    {
        var html = new StringBuilder();
        string start = "\"command\":\"start-instance\",\"protocol\":2,\"instance\":1,\"commander\":1,\"order\":1,\"m\":1,\"round_ms\":100,\"start_delay_ms\":10,\"messengers\":0}";
        string results = "{\"checks\":[{\"name\":\"ic2\",\"verdict\":\"invalid\",\"figures\":{},\"witness\":[\"instance 1: loyal lieutenant 2 decided RETREAT\"]},"
            + "{\"name\":\"ic1\",\"verdict\":\"valid\",\"figures\":{},\"witness\":[\"instance 1: holds trivially\"]}]}";

        AgreementTable.Append(html, Lines(
            "{\"t\":0,\"type\":\"control\",\"general\":3,\"command\":\"set-traitor\",\"strategy\":5,\"parameter\":0,\"plan_seed\":0}",
            "{\"t\":0,\"type\":\"control\",\"general\":1," + start,
            "{\"t\":0,\"type\":\"control\",\"general\":2," + start,
            "{\"t\":0,\"type\":\"control\",\"general\":3," + start,
            "{\"t\":10,\"type\":\"send\",\"from\":1,\"to\":2,\"kind\":\"protocol\",\"incarnation\":1,\"seq\":1,\"instance\":1,\"round\":0,\"hash\":1,\"payload\":\"ATTACK path 1\"}",
            "{\"t\":10,\"type\":\"send\",\"from\":1,\"to\":3,\"kind\":\"protocol\",\"incarnation\":1,\"seq\":2,\"instance\":1,\"round\":0,\"hash\":2,\"payload\":\"ATTACK path 1\"}",
            "{\"t\":210,\"type\":\"decide\",\"general\":2,\"incarnation\":1,\"protocol\":2,\"instance\":1,\"value\":0,\"round\":1}",
            "{\"t\":211,\"type\":\"decide\",\"general\":3,\"incarnation\":1,\"protocol\":2,\"instance\":1,\"value\":0,\"round\":1}"), results);

        string page = html.ToString();
        Assert.Contains("<tr class=\"violated\" data-from=\"210\" data-until=\"211\"><td>1</td><td>OM(1)</td><td>1: ATTACK</td><td>2 (M(3,1) = 4 when all are loyal)</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"disobeyed\">RETREAT at 210 ms (round 1)</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"traitor\">RETREAT at 211 ms (round 1)</td>", page, StringComparison.Ordinal);
        Assert.Contains("<div>ic2: instance 1: loyal lieutenant 2 decided RETREAT</div>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("holds trivially", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_NoInstanceAndNoDecision_NoAgreementSection()
    {
        var html = new StringBuilder();

        AgreementTable.Append(html, Lines("{\"t\":0,\"type\":\"gst\"}"), null);

        Assert.Equal("", html.ToString());
    }
}
