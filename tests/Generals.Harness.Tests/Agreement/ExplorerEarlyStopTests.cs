using Generals.Harness.Checkers;
using Generals.Harness.Explore;
using Generals.Harness.History;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Tests.Agreement;

public class ExplorerEarlyStopTests
{
    public static TheoryData<string, int?> Searches() => new()
    {
        { "om-n3-m1", null },
        { "om-n4-m1", 2 },
        { "sm-n4-m1", 2 },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public void Explore_StopAtFirstViolation_FindsTheSameWitnessAsRunsToTheEnd(string name, int? traitors)
    {
        Scenario scenario = name == "sm-n4-m1" ? ExploreScenarios.SmN4M1() : ScenarioLoader.Load(name);

        ExploreResult stopped = Explorer.Explore(scenario, new ExploreOptions { Seed = 5, Traitors = traitors, Workers = 1 });
        ExploreResult whole = Explorer.Explore(scenario, new ExploreOptions { Seed = 5, Traitors = traitors, Workers = 1, StopAtFirstViolation = false });

        ExploreWitness early = Assert.IsType<ExploreWitness>(stopped.Witness);
        ExploreWitness full = Assert.IsType<ExploreWitness>(whole.Witness);
        Assert.Equal(whole.Runs, stopped.Runs);
        Assert.Equal(full.FoundAtRun, early.FoundAtRun);
        Assert.Equal(full.ShrinkRuns, early.ShrinkRuns);
        Assert.Equal(full.Traitors, early.Traitors);
        Assert.Equal(full.Seed, early.Seed);
        Assert.Equal(full.Trace, early.Trace);
        Assert.Equal(full.Run.History.Count, early.Run.History.Count);
        Assert.Equal(full.Run.Checks.Select(c => (c.Name, c.Verdict, string.Join("|", c.Witness))), early.Run.Checks.Select(c => (c.Name, c.Verdict, string.Join("|", c.Witness))));
        Assert.True(stopped.ProtocolMessages <= whole.ProtocolMessages);
    }

    [Fact]
    public void Explore_StopAtFirstViolationWhereNothingFails_RunsEveryRunToTheEnd()
    {
        Scenario scenario = ScenarioLoader.Load("sm-n3-m1");

        ExploreResult stopped = Explorer.Explore(scenario, new ExploreOptions { Seed = 5, Workers = 1 });
        ExploreResult whole = Explorer.Explore(scenario, new ExploreOptions { Seed = 5, Workers = 1, StopAtFirstViolation = false });

        Assert.Null(stopped.Witness);
        Assert.Null(whole.Witness);
        Assert.Equal(whole.Runs, stopped.Runs);
        Assert.Equal(whole.ProtocolMessages, stopped.ProtocolMessages);
    }

    [Fact]
    public void RunSim_JudgesSeeIc2FailMidRun_StopsWithFewerEventsAndTheSameVerdict()
    {
        Scenario scenario = ScenarioLoader.Load("om-n3-m1");
        var judges = new RunJudges(CheckerCatalog.For(scenario), scenario.Informative);

        RunOutcome stopped = ScenarioRunner.RunSim(scenario, 3, new SimOptions { StopAfter = judges.Observe });
        RunOutcome whole = ScenarioRunner.RunSim(scenario, 3);

        Assert.Equal("ic2", judges.Violated);
        Assert.True(stopped.History.Count < whole.History.Count, $"{stopped.History.Count} events, {whole.History.Count} in the whole run");
        Assert.True(stopped.History[^1].TimeMs < whole.History[^1].TimeMs);
        Assert.Equal(Verdict.Invalid, stopped.Checks.Single(c => c.Name == "ic2").Verdict);
        Assert.Equal(whole.Verdict, stopped.Verdict);
    }

    [Fact]
    public void RunSim_StopAtFirstViolation_ChecksAreTheLiveJudgesResultsForTheStoppedHistory()
    {
        Scenario scenario = ScenarioLoader.Load("om-n3-m1");

        RunOutcome stopped = ScenarioRunner.RunSim(scenario, 3, stopAtFirstViolation: true);
        RunOutcome whole = ScenarioRunner.RunSim(scenario, 3);

        Assert.True(stopped.History.Count < whole.History.Count);
        Assert.Equal(
            CheckerCatalog.For(scenario).Select(c => c.Check(stopped.History)).Select(c => (c.Name, c.Verdict, string.Join("|", c.Witness))),
            stopped.Checks.Select(c => (c.Name, c.Verdict, string.Join("|", c.Witness))));
        Assert.Equal(Verdict.Invalid, stopped.Verdict);
    }

    [Fact]
    public void Run_StopAfterSaysStopAtTheFirstDecision_EndsTheHistoryAtThatTime()
    {
        Scenario scenario = ScenarioLoader.Load("om-n4-m1");

        IReadOnlyList<HistoryEvent> history = new Simulator(scenario, 1, new SimOptions { StopAfter = e => e.Type == HistoryType.Decide }).Run().History;

        HistoryEvent decision = history.First(e => e.Type == HistoryType.Decide);
        Assert.Equal(HistoryType.End, history[^1].Type);
        Assert.Equal(decision.TimeMs, history[^1].TimeMs);
        Assert.All(history, e => Assert.True(e.TimeMs <= decision.TimeMs));
    }

    [Fact]
    public void RunJudges_InformativeCheckFails_DoesNotStopTheRun()
    {
        Scenario scenario = ScenarioLoader.Load("om-n3-m1");
        var judges = new RunJudges(CheckerCatalog.For(scenario), ["ic2"]);

        RunOutcome run = ScenarioRunner.RunSim(scenario, 3, new SimOptions { StopAfter = judges.Observe });

        Assert.Null(judges.Violated);
        Assert.Equal(scenario.DurationMs + scenario.SettleMs, run.History[^1].TimeMs);
    }
}
