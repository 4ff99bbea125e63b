using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// For OM(m) runs where every general is loyal, the network carried exactly M(n, m) = sum over k = 1..m+1 of
/// (n-1)(n-2)...(n-k) protocol messages, round r carrying the (r+1)-factor product. Instances with a traitor,
/// or of another protocol, are not judged; with none left to judge, or an instance a general refused, it is unknown.
/// Incremental, counting sends as they come; it does not settle early (a refusal would make the count unknown).
/// </summary>
public sealed class OralMessageCountChecker(IReadOnlyList<AgreementInstance> instances) : IChecker
{
    public string Name => "om-message-count";

    /// <summary>(n-1)(n-2)...(n-round-1): what round <paramref name="round"/> of OM carries.</summary>
    public static long InRound(int generals, int round)
    {
        long product = 1;
        for (int k = 1; k <= round + 1; k++)
        {
            product *= Math.Max(0, generals - k);
        }

        return product;
    }

    /// <summary>M(n, m), the closed form.</summary>
    public static long ClosedForm(int generals, int m) => Enumerable.Range(0, m + 1).Sum(round => InRound(generals, round));

    public CheckResult Check(IReadOnlyList<HistoryEvent> history) => IncrementalChecks.Judge(Start(), history);

    public IIncrementalChecker Start() => new Judge(Name, instances);

    private sealed class Judge(string name, IReadOnlyList<AgreementInstance> instances) : IIncrementalChecker
    {
        private readonly AgreementTracker _tracker = new(instances);

        public string Name => name;

        public Verdict? Settled => null;

        public void Observe(HistoryEvent e) => _tracker.Observe(e);

        public CheckResult Result()
        {
            var witness = new List<string>();
            var unknown = new List<string>();
            long counted = 0;
            int judged = 0;
            foreach (AgreementInstance instance in instances.Where(i => i.Protocol == AgreementHistory.OralMessages && i.Traitors.Count == 0))
            {
                if ((_tracker.Refusal(instance) ?? _tracker.NotRun(instance)) is string refused)
                {
                    unknown.Add(refused);
                    continue;
                }

                judged++;
                int n = instance.Generals.Count;
                long sends = _tracker.ProtocolSends(instance.Instance);
                counted += sends;
                long expected = ClosedForm(n, instance.M);
                if (sends == expected)
                {
                    continue;
                }

                string perRound = string.Join(", ", Enumerable.Range(0, instance.M + 1)
                    .Select(r => $"round {r}: {_tracker.ProtocolSends(instance.Instance, r)} of {InRound(n, r)}"));
                witness.Add($"instance {instance.Instance}: {sends} messages, M({n},{instance.M}) = {expected} ({perRound})");
            }

            var figures = new Dictionary<string, double> { ["instances-judged"] = judged, ["messages"] = counted };
            if (witness.Count > 0)
            {
                return CheckResult.Invalid(Name, witness, figures);
            }

            if (judged == 0 && unknown.Count == 0)
            {
                unknown.Add("no OM instance without traitors: the closed form M(n, m) has nothing to count");
            }

            return unknown.Count > 0 ? new CheckResult(Name, Verdict.Unknown, figures, unknown) : CheckResult.Valid(Name, figures);
        }
    }
}
