using Generals.Harness.Report;

namespace Generals.Harness.Tests.Report;

public sealed class RunReportEscapingTests
{
    private const string Hostile = "</title></line><script>alert(1)</script>\\u0001\\u001b\\u0000";

    [Fact]
    public void Render_DetailsAndPayloadsWithScriptAndControlCharacters_Escaped()
    {
        string history = string.Join('\n',
            "{\"t\":0,\"type\":\"start\",\"world\":\"sim\",\"detail\":\"" + Hostile + "\"}",
            "{\"t\":5,\"type\":\"send\",\"from\":1,\"to\":2,\"kind\":\"protocol\",\"incarnation\":1,\"seq\":1,\"instance\":1,\"round\":0,\"hash\":7,\"payload\":\"" + Hostile + "\"}",
            "{\"t\":9,\"type\":\"deliver\",\"from\":1,\"to\":2,\"kind\":\"protocol\",\"incarnation\":1,\"seq\":1,\"instance\":1,\"round\":0,\"hash\":7,\"payload\":\"" + Hostile + "\"}",
            "{\"t\":10,\"type\":\"crash\",\"general\":2,\"detail\":\"" + Hostile + "\",\"restart_after_ms\":-1}",
            "{\"t\":11,\"type\":\"timing-break\",\"general\":1,\"detail\":\"" + Hostile + "\"}",
            "{\"t\":12,\"type\":\"end\"}");
        string results = "{\"verdict\":\"<b>\",\"expected\":\"" + Hostile + "\",\"checks\":[{\"name\":\"" + Hostile
            + "\",\"verdict\":\"invalid\",\"figures\":{\"" + Hostile + "\":1},\"witness\":[\"" + Hostile + "\"]}]}";

        string html = RunReport.Render(ReportHistory.Read(new StringReader(history)), results, "<script>run</script>");

        Assert.Equal(1, html.Split("<script").Length - 1);
        Assert.DoesNotContain("alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"verdict other\">&lt;b&gt;</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(html, c => char.IsControl(c) && c != '\n' && c != '\t');
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("\\u0001", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_MarkupQuotesAndControlCharacters_EntitiesAndVisibleCodes()
    {
        string escaped = HtmlText.Escape("<a href=\"x\" title='y'>&\u0007\r\n\t</a>");

        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;\\u0007\\u000d\n\t&lt;/a&gt;", escaped);
    }
}
