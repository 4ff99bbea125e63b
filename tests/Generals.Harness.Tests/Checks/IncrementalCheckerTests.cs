using Generals.Harness.Checkers;
using Generals.Harness.History;
using Generals.Harness.Monitor;
using Generals.Harness.Runs;
using Generals.Harness.Scenarios;
using Generals.Harness.Worlds.Sim;

namespace Generals.Harness.Tests.Checks;

public class IncrementalCheckerTests
{
    private static readonly ulong[] Seeds = [1, 2, 3];

    public static TheoryData<string> BuiltIns()
    {
        var names = new TheoryData<string>();
        foreach (string name in ScenarioLoader.BuiltInNames().Where(n => ScenarioLoader.Load(n).Sweep == null))
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Start_BuiltInSimHistoryFedEventByEvent_ResultEqualsCheckOfTheFinishedHistory(string name)
    {
        Scenario scenario = ScenarioLoader.Load(name);
        foreach (ulong seed in Seeds)
        {
            IReadOnlyList<HistoryEvent> history = HarnessMonitor.AddTo(scenario, new Simulator(scenario, seed).Run().History);
            foreach (IChecker checker in CheckerCatalog.For(scenario))
            {
                IIncrementalChecker judge = checker.Start();
                foreach (HistoryEvent e in history)
                {
                    judge.Observe(e);
                }

                CheckResult incremental = judge.Result();
                CheckResult batch = checker.Check(history);

                string what = $"{name} seed {seed} {checker.Name}";
                Assert.True(batch.Verdict == incremental.Verdict, what);
                Assert.True(batch.Witness.SequenceEqual(incremental.Witness), what);
                Assert.True(batch.Figures.OrderBy(f => f.Key).SequenceEqual(incremental.Figures.OrderBy(f => f.Key)), what);
            }
        }
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Settled_BuiltInSimHistory_OnlyWhenTheFinishedHistoryIsInvalid(string name)
    {
        Scenario scenario = ScenarioLoader.Load(name);
        foreach (ulong seed in Seeds)
        {
            IReadOnlyList<HistoryEvent> history = HarnessMonitor.AddTo(scenario, new Simulator(scenario, seed).Run().History);
            foreach (IChecker checker in CheckerCatalog.For(scenario))
            {
                IIncrementalChecker judge = checker.Start();
                bool settled = false;
                foreach (HistoryEvent e in history)
                {
                    judge.Observe(e);
                    settled |= judge.Settled == Verdict.Invalid;
                }

                Assert.True(!settled || checker.Check(history).Verdict == Verdict.Invalid, $"{name} seed {seed} {checker.Name} settled but is not invalid");
            }
        }
    }

    [Fact]
    public void Settled_OmN3M1_SettlesIc2AtTheDisobeyingDecisionLongBeforeTheEnd()
    {
        Scenario scenario = ScenarioLoader.Load("om-n3-m1");
        IReadOnlyList<HistoryEvent> history = new Simulator(scenario, 1).Run().History;
        IIncrementalChecker judge = CheckerCatalog.For(scenario).Single(c => c.Name == "ic2").Start();

        HistoryEvent settledAt = history.First(e =>
        {
            judge.Observe(e);
            return judge.Settled == Verdict.Invalid;
        });

        Assert.Equal(HistoryType.Decide, settledAt.Type);
        Assert.True(settledAt.TimeMs < scenario.DurationMs, $"settled at {settledAt.TimeMs} ms");
    }

    [Fact]
    public void Start_CheckerWithoutIncrementalForm_BuffersAndNeverSettles()
    {
        IChecker checker = new CountingChecker();
        IIncrementalChecker judge = checker.Start();

        judge.Observe(new HistoryEvent { TimeMs = 0, Type = HistoryType.Start });
        judge.Observe(new HistoryEvent { TimeMs = 5, Type = HistoryType.End });

        Assert.Null(judge.Settled);
        Assert.Equal(2, judge.Result().Figures["events"]);
    }

    private sealed class CountingChecker : IChecker
    {
        public string Name => "counting";

        public CheckResult Check(IReadOnlyList<HistoryEvent> history) =>
            new(Name, Verdict.Invalid, new Dictionary<string, double> { ["events"] = history.Count }, ["always"]);
    }
}
