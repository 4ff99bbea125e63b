using Generals.Harness.Costs;
using Generals.Harness.Scenarios;
using Xunit.Abstractions;

namespace Generals.Harness.Tests.Costs;

/// <summary>
/// Issue 12's budget, read from the cost report (docs/costs.md): in a simulated SM(2) instance among seven generals,
/// what each general's Core allocates in each round, on authenticated links as a board's are. With ideal signatures and
/// with LMS H10/W4 the whole of it stays under 20 KB: a lieutenant's round-1 relay of a two-signature chain (4.9 KB) leaves
/// as one frame with a tag per receiver (Crypto/FrameAuthenticator) instead of five, and the signer reads its tree at boot.
/// </summary>
public class SignedRoundBudgetTests(ITestOutputHelper output)
{
    private const long BudgetBytes = 20 * 1024;

    private const string Yaml = """
        name: sm-n7-m2
        expected: valid
        duration_ms: 600
        settle_ms: 200
        generals: 7
        signature: SCHEME
        link: { authenticated: true }
        network:
          delay: { distribution: uniform, min_ms: 1, max_ms: 20 }
        workload:
          - { at_ms: 0, node: 0, command: start-instance, args: [3, 1, 1, 1, 2, 100, 10] }
        checks: [ic1, ic2, termination]
        """;

    [Fact]
    public void AsNamed_SmTwoSevenGeneralsIdealSignatures_EachGeneralUnderTwentyKilobytesInEveryRoundAndInAll()
    {
        CostReport report = Report("ideal");

        Assert.Equal(7, report.Generals.Count);
        foreach (GeneralCosts general in report.Generals)
        {
            Assert.All(general.Rounds, round => Assert.InRange(round.AllocatedBytes, 0, BudgetBytes));
            Assert.InRange(general.Rounds.Sum(round => round.AllocatedBytes), 1, BudgetBytes);
        }
    }

    [Fact]
    public void AsNamed_SmTwoSevenGeneralsLmsH10W4_EachGeneralUnderTwentyKilobytesInEveryRound()
    {
        CostReport report = Report("lms\nlms: H10/W4");

        Assert.StartsWith("lms H10/W4", report.Signature, StringComparison.Ordinal);
        Assert.Equal(7, report.Generals.Count);
        Assert.All(report.Generals.Skip(1), g => Assert.Equal(1, g.Rounds[1].FramesSent));
        foreach (GeneralCosts general in report.Generals)
        {
            Assert.All(general.Rounds, round => Assert.InRange(round.AllocatedBytes, 0, BudgetBytes));
        }
    }

    private CostReport Report(string scheme)
    {
        Scenario scenario = ScenarioLoader.Parse(Yaml.Replace("SCHEME", scheme, StringComparison.Ordinal), "sm-n7-m2.yaml");
        CostReport report = CostedRun.AsNamed(scenario, 1, CostReport.DefaultCompressionMicroseconds)!;
        foreach (GeneralCosts general in report.Generals)
        {
            output.WriteLine($"general {general.Id}: " + string.Join(", ", general.Rounds.Select(r => $"{r.AllocatedBytes} B ({r.BytesSent} B of frames)")));
        }

        return report;
    }
}
