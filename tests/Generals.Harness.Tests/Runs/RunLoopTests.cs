using Generals.Core.Runtime;
using Generals.Core.Wire;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;
using Generals.Harness.Timing;
using Generals.Harness.Worlds;
using NSubstitute;

namespace Generals.Harness.Tests.Runs;

/// <summary>The run loop against a substitute world: what a scenario says reaches the world's seam, and the ground truth it writes.</summary>
public class RunLoopTests
{
    private readonly IWorld _world = Substitute.For<IWorld>();
    private readonly List<(long AtMs, long Order, Action Action)> _scheduled = [];
    private long _nowMs;

    public RunLoopTests()
    {
        _world.NowMs.Returns(_ => _nowMs);
        _world.StartAsync().Returns(true);
        _world.Timing.Returns(WorldTiming.Exact);
        _world.Refuses(Arg.Any<Scenario>()).Returns((string?)null);
        _world.RunUntilAsync(Arg.Any<long>()).Returns(Task.CompletedTask);
        _world.When(w => w.At(Arg.Any<long>(), Arg.Any<Action>())).Do(c => _scheduled.Add((c.Arg<long>(), _scheduled.Count, c.Arg<Action>())));
    }

    private (RunLoop Loop, HistoryRecorder History) Loop(string yaml)
    {
        Scenario scenario = ScenarioLoader.Parse("name: t\ngenerals: 3\nduration_ms: 2000\n" + yaml, "test");
        _world.HarnessSigner.Returns(SimSignatures.Create(scenario, 1, [new SimStore(), new SimStore(), new SimStore(), new SimStore()]).Harness);
        _world.ForgedSignature.Returns((SignatureScheme.Ideal, 16));
        var history = new HistoryRecorder(() => _nowMs);
        var network = new HarnessNetwork(3, new NetworkNemesis(scenario, new Prng(1)), history, _world, new TelemetryAuthenticator("lab", TelemetryKeyRing.FromSeed(1, 3)));
        return (new RunLoop(scenario, _world, network, history, new Prng(2)), history);
    }

    /// <summary>Runs what was scheduled in time order (ties in scheduling order), as a world does.</summary>
    private void RunScheduled(long untilMs)
    {
        while (_scheduled.Count > 0)
        {
            (long atMs, long order, Action action) = _scheduled.OrderBy(s => s.AtMs).ThenBy(s => s.Order).First();
            if (atMs > untilMs)
            {
                return;
            }

            _scheduled.Remove((atMs, order, action));
            _nowMs = atMs;
            action();
        }
    }

    [Fact]
    public async Task RunAsync_CrashStopAndCrashRecovery_PowerCutWithoutAndWithRestart()
    {
        (RunLoop loop, _) = Loop("faults:\n  - { node: 1, kind: crash-stop, at_ms: 100 }\n  - { node: 2, kind: crash-recovery, at_ms: 200, restart_after_ms: 300 }");

        await loop.RunAsync();
        RunScheduled(2000);

        _world.Received(1).PowerCut(1, -1);
        _world.Received(1).PowerCut(2, 300);
    }

    [Fact]
    public async Task RunAsync_FaultAtAGeneralThatIsDown_Skipped()
    {
        (RunLoop loop, HistoryRecorder history) = Loop("faults:\n  - { node: 2, kind: rogue, at_ms: 100, count: 1 }\n  - { node: 2, kind: pause, at_ms: 200, duration_ms: 50 }");
        _world.IsDown(2).Returns(true);

        await loop.RunAsync();
        RunScheduled(2000);

        _world.DidNotReceiveWithAnyArgs().Pause(default);
        _world.DidNotReceiveWithAnyArgs().SendControl(default, default!);
        Assert.DoesNotContain(history.Recorded(), e => e.Type is HistoryType.Rogue or HistoryType.Pause);
    }

    [Fact]
    public async Task RunAsync_Pause_PauseLineThenResumeLineWithTheBacklogThenAStep()
    {
        (RunLoop loop, HistoryRecorder history) = Loop("faults:\n  - { node: 2, kind: pause, at_ms: 200, duration_ms: 50 }");
        _world.Pause(2).Returns(true);
        _world.Resume(2).Returns(4);

        await loop.RunAsync();
        RunScheduled(2000);

        HistoryEvent pause = Assert.Single(history.Recorded(), e => e.Type == HistoryType.Pause);
        HistoryEvent resume = Assert.Single(history.Recorded(), e => e.Type == HistoryType.Resume);
        Assert.Equal((200L, 50L), (pause.TimeMs, pause.DurationMs));
        Assert.Equal((250L, 4L), (resume.TimeMs, resume.Backlog));
        _world.Received(1).Step(2);
    }

    [Fact]
    public async Task GeneralBack_StandingCommandWhoseTimePassed_SentToThatGeneralAgainOneMsLater()
    {
        (RunLoop loop, HistoryRecorder history) = Loop(
            "workload:\n  - { at_ms: 0, node: 0, command: start-detector, args: [1, 100, 300, 0], standing: true }\n"
            + "  - { at_ms: 1500, node: 0, command: start-detector, args: [1, 100, 300, 0], standing: true }");
        await loop.RunAsync();
        RunScheduled(600);
        _nowMs = 600;

        _world.GeneralBack += Raise.Event<Action<int>>(2);
        RunScheduled(601);

        Assert.Equal([1, 2, 3, 2], history.Recorded().Where(e => e.Type == HistoryType.Control).Select(e => e.General));
        Assert.Equal(601, history.Recorded().Last(e => e.Type == HistoryType.Control).TimeMs);
    }

    [Fact]
    public async Task RunAsync_StartLine_AtTheWorldsTimeWhenItIsReadyWithItsName()
    {
        _nowMs = 1234;
        _world.Name.Returns("lab");
        _world.Description.Returns("boards");
        (RunLoop loop, HistoryRecorder history) = Loop("");

        await loop.RunAsync();

        HistoryEvent start = history.Recorded()[0];
        Assert.Equal((HistoryType.Start, 1234L, "lab", "boards; timing: " + WorldTiming.Exact.Describe()), (start.Type, start.TimeMs, start.World, start.Detail));
        _world.Received(1).At(1234 + 2000, Arg.Any<Action>());
        await _world.Received(1).RunUntilAsync(1234 + 2000 + ScenarioLoader.Parse("name: t", "t").SettleMs);
    }

    [Fact]
    public async Task RunAsync_WorldsMeasuredTimingCannotHonourTheRounds_RefusedAfterStartBeforeTheStartLineWithTheScaleItWouldNeed()
    {
        _world.Name.Returns("lab");
        _world.Timing.Returns(new WorldTiming(4000, 20, 1, 1, "told"));
        (RunLoop loop, HistoryRecorder history) = Loop("""
            network: { delay: { distribution: constant, ms: 10 } }
            workload:
              - { at_ms: 0, node: 0, command: start-instance, args: [2, 1, 1, 1, 1, 100, 10] }
            checks: [ic1]
            """);

        ScenarioException refused = await Assert.ThrowsAsync<ScenarioException>(loop.RunAsync);

        Assert.StartsWith("the lab world cannot honour the timing of t: instance 1 (OM(1)) has rounds of 100 ms and delays up to 10 ms: 90 ms for the world, and this world needs 60 ms of it",
            refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, refused.NeededScale);
        Assert.DoesNotContain(history.Recorded(), e => e.Type == HistoryType.Start);
        _world.DidNotReceive().At(Arg.Any<long>(), Arg.Any<Action>());
    }

    [Fact]
    public async Task RunAsync_WorldRefusesThePlan_ScenarioExceptionWithTheReasonAndTheWorldNeverStarts()
    {
        (RunLoop loop, HistoryRecorder history) = Loop("faults:\n  - { node: 2, kind: pause, at_ms: 200, duration_ms: 50 }");
        _world.Name.Returns("lab");
        _world.Refuses(Arg.Any<Scenario>()).Returns("a board cannot be paused");

        ScenarioException refused = await Assert.ThrowsAsync<ScenarioException>(loop.RunAsync);

        Assert.Contains("a board cannot be paused", refused.Message, StringComparison.Ordinal);
        await _world.DidNotReceive().StartAsync();
        Assert.Empty(history.Recorded());
    }
}
