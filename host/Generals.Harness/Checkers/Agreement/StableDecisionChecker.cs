using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// No general changes its decision: every decision it reports for an instance (a rebooted general reports its
/// persisted decision again) carries the same order. Without any decision it is unknown; when no general reported a
/// decision twice, it is valid and says so (nothing changed, but no recovery was tested). Incremental: a changed
/// decision is final the moment it is reported.
/// </summary>
public sealed class StableDecisionChecker : IChecker
{
    public string Name => "decision-stable";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history) => IncrementalChecks.Judge(Start(), history);

    public IIncrementalChecker Start() => new Judge(Name);

    private sealed class Judge(string name) : IIncrementalChecker
    {
        // Per (general, instance, protocol) in order of first report: the first decision, how many followed, the first that differed.
        private readonly Dictionary<(int General, long Instance, int Protocol), Reports> _reports = [];

        public string Name => name;

        public Verdict? Settled { get; private set; }

        public void Observe(HistoryEvent e)
        {
            if (e.Type != HistoryType.Decide)
            {
                return;
            }

            if (!_reports.TryGetValue((e.General, e.Instance, e.Protocol), out Reports? reports))
            {
                _reports[(e.General, e.Instance, e.Protocol)] = new Reports(e);
                return;
            }

            reports.Repeated++;
            if (reports.Changed == null && e.Value != reports.First.Value)
            {
                reports.Changed = e;
                Settled = Verdict.Invalid;
            }
        }

        public CheckResult Result()
        {
            var witness = new List<string>();
            foreach (((int general, long instance, int _), Reports reports) in _reports)
            {
                if (reports.Changed is { } changed)
                {
                    HistoryEvent first = reports.First;
                    witness.Add($"instance {instance}: general {general} decided {AgreementHistory.Order(first.Value)} "
                        + $"at {first.TimeMs} ms (incarnation {first.Incarnation}) and {AgreementHistory.Order(changed.Value)} "
                        + $"at {changed.TimeMs} ms (incarnation {changed.Incarnation})");
                }
            }

            long repeated = _reports.Values.Sum(r => r.Repeated);
            var figures = new Dictionary<string, double> { ["decisions"] = _reports.Count, ["repeated-reports"] = repeated };
            if (witness.Count > 0)
            {
                return CheckResult.Invalid(Name, witness, figures);
            }

            if (_reports.Count == 0)
            {
                return new CheckResult(Name, Verdict.Unknown, figures, ["no general reported a decision: nothing to compare"]);
            }

            return repeated > 0 ? CheckResult.Valid(Name, figures)
                : new CheckResult(Name, Verdict.Valid, figures,
                    ["no general reported a decision twice (none restarted after deciding): each decision stood, but no recovery was put to the test"]);
        }
    }

    private sealed class Reports(HistoryEvent first)
    {
        public HistoryEvent First { get; } = first;

        public long Repeated { get; set; }

        public HistoryEvent? Changed { get; set; }
    }
}
