using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;
using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using NSubstitute;

namespace Generals.Harness.Tests.Runs;

/// <summary>
/// The harness key refusing to sign in the middle of a run (exhausted, or a damaged subtree found when the mark crosses
/// into it): the command is not sent and the run is unknown with that reason; the harness does not crash.
/// </summary>
public sealed class HarnessKeyFailureTests
{
    [Fact]
    public void SignedFrame_SignerRefuses_NullAndNothingEncoded()
    {
        ISigner harness = Substitute.For<ISigner>();
        harness.Scheme.Returns(SignatureScheme.Lms);
        harness.Sign(Arg.Any<byte[]>()).Returns((byte[])null!);

        byte[]? frame = ControlCommands.SignedFrame("lab", 1, 7, new ReportCountersCommand(), harness);

        Assert.Null(frame);
    }

    [Fact]
    public void RunSim_HarnessLmsKeyExhaustedByTheWorkload_UnknownNamingTheKeyNotAnInternalError()
    {
        // An H5 key signs 32 commands; the 40 below exhaust the harness key at the 33rd.
        string workload = string.Concat(Enumerable.Range(0, 40).Select(i => $"  - {{ at_ms: {i * 10}, node: 1, command: report-counters }}\n"));
        Scenario scenario = ScenarioLoader.Parse(
            "name: many-commands\ngenerals: 2\nduration_ms: 1000\nsettle_ms: 100\nsignature: lms\nlms: H5/W4\nworkload:\n" + workload + "checks: [no-reuse]\n", "many");

        RunOutcome run = ScenarioRunner.RunSim(scenario, 1);

        Assert.Equal(ExitCodes.Unknown, run.ExitCode);
        HistoryEvent first = run.History.First(e => e.Type == HistoryType.UnplannedFault);
        Assert.Equal(FrameLimits.HarnessId, first.General);
        Assert.Equal("the harness key cannot sign (KeyExhausted): report-counters to general 1 not sent", first.Detail);
        Assert.Equal(32, run.History.Count(e => e.Type == HistoryType.Control));
    }
}
