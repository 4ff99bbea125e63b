using Generals.Harness.Scenarios;
using Generals.Harness.Sim;
using Xunit.Abstractions;

namespace Generals.Harness.Tests.Sim;

/// <summary>
/// A board's LMS H10 key signs 1,024 messages (docs/signatures.md, "A board's signature budget"): with links sealed by
/// pair keys, signatures go only to SM(m) chains, so every built-in scenario leaves every general most of its key.
/// </summary>
public class SignatureBudgetTests(ITestOutputHelper output)
{
    /// <summary>The one-time keys of an LMS H10 key.</summary>
    private const long H10Keys = 1024;

    [Fact]
    public void RunSim_EveryBuiltInScenarioWithLmsH10_NoGeneralSpendsItsWholeKey()
    {
        var ran = new List<string>();
        foreach (string name in ScenarioLoader.BuiltInNames())
        {
            string yaml = ScenarioLoader.BuiltInText(name)! + "\nsignature: lms\nlms: H10/W4\n";
            Scenario scenario;
            try
            {
                scenario = ScenarioLoader.Parse(yaml, name);
            }
            catch (ScenarioException refused) when (refused.Problems.Any(p => p.Message.Contains("LMS keys are made for each", StringComparison.Ordinal)))
            {
                // A sweep runs a fresh simulation per cell, each with its own keys: no general lives a whole scenario.
                output.WriteLine($"{name}: a sweep; LMS refused by design ({refused.Problems[0].Message})");
                continue;
            }

            SimResult result = new Simulator(scenario, 1).Run();

            Assert.Equal(Enumerable.Range(1, scenario.Generals), result.OneTimeKeysUsed.Keys.Order());
            Assert.All(result.OneTimeKeysUsed, used => Assert.InRange(used.Value, 0, H10Keys - 1));
            output.WriteLine($"{name}: one-time keys used per general: {string.Join(", ", result.OneTimeKeysUsed.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}"))}");
            ran.Add(name);
        }

        Assert.Contains("sm-n4-m2", ran);
        Assert.Contains("arbitrary-link", ran);
        Assert.True(ran.Count >= ScenarioLoader.BuiltInNames().Count - 1, string.Join(", ", ran));
    }
}
