using Generals.Harness.Plan;
using Generals.Harness.Scenarios;
using Generals.Harness.Timing;

namespace Generals.Harness.Tests.Timing;

/// <summary>What a plan's timing asks of a world, read from the plan alone.</summary>
public sealed class PlanTimingTests
{
    [Fact]
    public void Needs_OmCrashRecovery_RoundSlackAndGeneral2BackBeforeRound1()
    {
        Scenario scenario = ScenarioLoader.Load("om-crash-recovery");

        IReadOnlyList<TimingNeed> needs = PlanTiming.Needs(scenario);

        TimingNeed round = Assert.Single(needs, n => n.Kind == TimingNeedKind.Round);
        Assert.Equal(500 - 20, round.SlackMs);
        // Restarted at 200 + 20 = 220 ms; round 1 of the instance (start 0 + delay 10, rounds of 500 ms) sends at 510 ms.
        TimingNeed restart = Assert.Single(needs, n => n.Kind == TimingNeedKind.Restart);
        Assert.Equal((2, 220L, 510L, 290L), (restart.General, restart.BackMs, restart.NeededMs, restart.SlackMs));
    }

    [Fact]
    public void Needs_RestartAfterTheInstanceEnded_NoRestartNeed()
    {
        Scenario scenario = ScenarioLoader.Load("om-crash-recovery");
        scenario.Faults.RemoveAt(0);

        Assert.DoesNotContain(PlanTiming.Needs(scenario), n => n.Kind == TimingNeedKind.Restart);
    }

    [Theory]
    [InlineData(TimingModel.Asynchronous)]
    [InlineData(TimingModel.PartiallySynchronous)]
    public void Needs_PlanThatPromisesNoSynchrony_None(TimingModel model)
    {
        Scenario scenario = ScenarioLoader.Load("om-n7-m2");
        scenario.Timing.Model = model;

        Assert.Empty(PlanTiming.Needs(scenario));
    }

    [Fact]
    public void Needs_AgreementOnlyInformative_None()
    {
        Scenario scenario = ScenarioLoader.Load("om-crash-recovery");
        scenario.Checks = ["decision-stable"];
        scenario.Informative = ["ic1", "ic2"];

        Assert.Empty(PlanTiming.Needs(scenario));
    }

    [Fact]
    public void Needs_DelaysLongerThanTheRound_NoRoundNeed()
    {
        Scenario scenario = ScenarioLoader.Load("om-n7-m2");
        scenario.Network.Delay = new DelaySpec { Distribution = DelayDistributionKind.Uniform, MinMs = 1, MaxMs = 150 };

        Assert.Empty(PlanTiming.Needs(scenario));
    }

    [Fact]
    public void MaxDelayMs_UniformWithReordering_MaxPlusReorder()
    {
        var scenario = new Scenario { Network = { Delay = new DelaySpec { Distribution = DelayDistributionKind.Uniform, MinMs = 1, MaxMs = 20 }, Reorder = 0.1, ReorderMs = 30 } };

        Assert.Equal(50, PlanTiming.MaxDelayMs(scenario));
    }
}
