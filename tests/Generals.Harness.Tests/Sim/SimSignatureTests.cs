using Generals.Harness.Runs;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Tests.Sim;

/// <summary>A simulated scenario runs the signature scheme it names, and the run says which; never silently another.</summary>
public class SimSignatureTests
{
    private const string SignedMessages = """
        name: sm-signed
        generals: 4
        duration_ms: 1000
        settle_ms: 500
        network: { delay: { distribution: uniform, min_ms: 1, max_ms: 20 } }
        workload:
          - { at_ms: 0, node: 4, command: set-traitor, args: [5, 0, 5] }
          - { at_ms: 0, node: 0, command: start-instance, args: [3, 1, 1, 1, 1, 100, 10] }
        checks: [ic1, ic2, forgeries-rejected]
        """;

    [Fact]
    public void RunSim_LmsScenario_FramesCarryLmsSignaturesAndTheRunSaysSo()
    {
        Scenario scenario = ScenarioLoader.Parse(SignedMessages + "\nsignature: lms\nlms: H5/W4\n", "test");

        RunOutcome run = ScenarioRunner.RunSim(scenario, 11);

        Assert.True(run.Counts["frames-signed-lms"] > 0);
        Assert.DoesNotContain("frames-signed-ideal", run.Counts.Keys);
        Assert.StartsWith("lms H5/W4 (keys derived from the seed", run.Signature, StringComparison.Ordinal);
        Assert.Contains("\"signature\": \"lms H5/W4", RunFolder.ResultsJson(run), StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, VerdictTable.Render(run));
    }

    [Fact]
    public void RunSim_Ed25519AuthenticatedLink_LinkFramesSealedAndOnlyTheControlCommandSigned()
    {
        Scenario scenario = ScenarioLoader.Parse("""
            name: ed-link
            generals: 2
            duration_ms: 2000
            signature: ed25519
            link: { reliable: true, authenticated: true }
            network: { loss: 0.2 }
            workload:
              - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 50, interval_ms: 20, first_id: 1 }
            checks: [reliable-delivery, authentication]
            """, "test");

        RunOutcome run = ScenarioRunner.RunSim(scenario, 2);

        Assert.Equal(run.Counts["frames-sent"], run.Counts["frames-signed-hmacsha256"]);
        Assert.Equal(1, run.Counts["frames-signed-ed25519"]);
        Assert.Equal(["frames-signed-ed25519", "frames-signed-hmacsha256"],
            run.Counts.Keys.Where(k => k.StartsWith("frames-signed-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.StartsWith("ed25519 (keys derived from the seed", run.Signature, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 0, VerdictTable.Render(run));
    }

    [Fact]
    public void RunSim_SameSeedWithLms_ReplaysTheSameHistory()
    {
        Scenario scenario = ScenarioLoader.Parse(SignedMessages + "\nsignature: lms\nlms: H5/W4\n", "test");

        string first = string.Join('\n', ScenarioRunner.RunSim(scenario, 4).History);
        string second = string.Join('\n', ScenarioRunner.RunSim(scenario, 4).History);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Parse_SweepWithLms_RefusedWithTheReason()
    {
        string yaml = ScenarioLoader.BuiltInText("two-generals")! + "\nsignature: lms\n";

        ScenarioException error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "sweep.yaml"));

        Assert.Contains("LMS keys are made for each", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }
}
