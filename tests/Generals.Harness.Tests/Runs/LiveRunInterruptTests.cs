using Generals.Core.Runtime;
using Generals.Harness.Crypto;
using Generals.Harness.History;
using Generals.Harness.Network;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;
using Generals.Harness.Worlds;
using Generals.Harness.Worlds.Emu;
using NSubstitute;

namespace Generals.Harness.Tests.Runs;

/// <summary>
/// A SIGINT or SIGTERM mid-run is judged an interruption whatever order its callbacks run in. Cancellation callbacks run
/// last-registered first: the world's wait, registered after the run's own callback, ends first, and on a loaded machine
/// the run could reach its stop (the world marked stopping) before the signal's thread came to the run's callback, which
/// then took the run for ended: the CI judged a run interrupted by SIGTERM invalid, exit 1.
/// </summary>
public class LiveRunInterruptTests
{
    [Fact]
    public async Task RunAsync_SignalsCallbackReachedOnlyAfterTheRunStopped_StillJudgedInterrupted()
    {
        Scenario scenario = ScenarioLoader.Parse("name: t\ngenerals: 3\nduration_ms: 60000\n", "test");
        using var cancel = new CancellationTokenSource();
        using var stopped = new ManualResetEventSlim();
        using var waiting = new ManualResetEventSlim();
        int stopping = 0;
        HistoryRecorder? history = null;
        ILiveWorld world = Substitute.For<ILiveWorld>();
        world.Name.Returns("emu");
        world.StartAsync().Returns(true);
        world.Timing.Returns(WorldTiming.Exact);
        world.Refuses(Arg.Any<Scenario>()).Returns((string?)null);
        world.StopAsync().Returns(Task.FromResult(new Dictionary<string, long>()));
        world.When(w => w.MarkStopping()).Do(_ =>
        {
            Interlocked.Exchange(ref stopping, 1);
            stopped.Set();
        });

        // As EmuGenerals: an interruption is recorded unless the run was stopping already (its history then whole).
        world.When(w => w.Interrupt()).Do(_ =>
        {
            if (Interlocked.Exchange(ref stopping, 1) == 0)
            {
                history!.Record(new HistoryEvent { TimeMs = 5, Type = HistoryType.Interrupted, Detail = "SIGTERM" });
            }
        });
        world.RunUntilAsync(Arg.Any<long>()).Returns(_ =>
        {
            var wait = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            // Registered after the run's callback, so it runs first; it holds the signal's thread until the run has stopped.
            cancel.Token.Register(() =>
            {
                wait.TrySetCanceled();
                stopped.Wait(TimeSpan.FromSeconds(10));
            });
            waiting.Set();
            return wait.Task;
        });
        var run = new LiveRun(scenario, 1, cancel.Token, new HarnessClock(), (nemesis, recorder) =>
        {
            history = recorder;
            world.HarnessNetwork.Returns(new HarnessNetwork(3, nemesis, recorder, world, new TelemetryAuthenticator("lab", TelemetryKeyRing.FromSeed(1, 3))));
            return world;
        });

        Task<RunOutcome> outcome = run.RunAsync();
        Assert.True(waiting.Wait(TimeSpan.FromSeconds(10)), "the run reached its wait");
        cancel.Cancel();

        RunOutcome result = await outcome.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Contains(result.History, e => e.Type == HistoryType.Interrupted);
        Assert.StartsWith("interrupted", result.VerdictReason, StringComparison.Ordinal);
    }
}
