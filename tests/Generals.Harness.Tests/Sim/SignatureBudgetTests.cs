using Generals.Harness.Costs;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Xunit.Abstractions;

namespace Generals.Harness.Tests.Sim;

/// <summary>
/// A board's LMS H10 key signs 1,024 messages (docs/signatures.md, "A board's signature budget"): with links sealed by
/// pair keys, signatures go only to SM(m) chains, so every built-in scenario leaves every general most of its key. Read
/// from the board cost report (`generals costs`, docs/costs.md), which runs each built-in with LMS H10/W4 as a board would.
/// </summary>
public class SignatureBudgetTests(ITestOutputHelper output)
{
    /// <summary>The one-time keys of an LMS H10 key.</summary>
    private const long H10Keys = 1024;

    [Fact]
    public void CostedRun_EveryBuiltInScenario_NoGeneralSpendsItsWholeH10Key()
    {
        var ran = new List<string>();
        foreach (string name in ScenarioLoader.BuiltInNames())
        {
            CostedOutcome costed = CostedRun.Sim(ScenarioLoader.Load(name), 1, CostReport.DefaultCompressionMicroseconds);
            if (costed.Costs is not { } report)
            {
                // A sweep runs a fresh simulation per cell, each with its own keys: no general lives a whole scenario.
                output.WriteLine($"{name}: {costed.NotCosted}");
                continue;
            }

            Assert.Equal(Enumerable.Range(1, costed.Run.Scenario.Generals), report.Generals.Select(g => g.Id));
            Assert.All(report.Generals, g => Assert.Equal(H10Keys, g.KeyCapacity));
            Assert.All(report.Generals, g => Assert.InRange(g.KeyUsed, g.Total.SignaturesMade, H10Keys - 1));
            Assert.Equal(ExitCodes.AsExpected, costed.Run.ExitCode);
            output.WriteLine($"{name}: one-time keys used per general: {string.Join(", ", report.Generals.Select(g => $"{g.Id}={g.KeyUsed}"))}");
            ran.Add(name);
        }

        Assert.Contains("sm-n4-m2", ran);
        Assert.Contains("arbitrary-link", ran);
        Assert.True(ran.Count >= ScenarioLoader.BuiltInNames().Count - 1, string.Join(", ", ran));
    }
}
