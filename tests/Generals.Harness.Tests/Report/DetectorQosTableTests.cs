using System.Text;
using Generals.Harness.Report;

namespace Generals.Harness.Tests.Report;

public sealed class DetectorQosTableTests
{
    private static string Table(string resultsJson)
    {
        var html = new StringBuilder();
        DetectorQosTable.Append(html, resultsJson);
        return html.ToString();
    }

    [Fact]
    public void Append_DetectorQosFigures_OneRowPerMonitorAndPeerWithDetectionAndMistakes()
    {
        string html = Table("{\"checks\":[{\"name\":\"detector-qos\",\"verdict\":\"valid\",\"figures\":{"
            + "\"0->4.crashes\":1,\"0->4.undetected\":0,\"0->4.T_D_ms\":101,\"0->4.T_D_max_ms\":101,\"0->4.mistakes\":0,\"0->4.P_A\":1,"
            + "\"1->2.crashes\":0,\"1->2.undetected\":0,\"1->2.mistakes\":14,\"1->2.T_M_ms\":14.2142,\"1->2.T_M_max_ms\":30,\"1->2.T_MR_ms\":3629.92,\"1->2.P_A\":0.99602,"
            + "\"all.mistakes\":14}}]}");

        Assert.Contains("<tr class=\"pair\"><td>harness \u2192 4</td><td>1</td><td>0</td><td>101</td><td>101</td><td>0</td><td>-</td><td>-</td><td>-</td><td>1.0000</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"pair\"><td>1 \u2192 2</td><td>0</td><td>0</td><td>-</td><td>-</td><td class=\"invalid\">14</td><td>14.2</td><td>30</td><td>3629.9</td><td>0.9960</td></tr>", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<tr class=\"pair\">").Length - 1);
    }

    [Fact]
    public void Append_PairFiguresOfAnotherCheckOnly_NothingWritten()
    {
        string html = Table("{\"checks\":[{\"name\":\"strong-completeness\",\"verdict\":\"valid\",\"figures\":{\"0->4.T_D_ms\":101}}]}");

        Assert.Equal("", html);
    }
}
