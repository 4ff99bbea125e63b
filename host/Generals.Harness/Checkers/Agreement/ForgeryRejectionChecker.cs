using Generals.Core.Node;
using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// Every protocol message a forging traitor got delivered to a general that does not forge in that instance was
/// rejected and counted as a protocol violation there (SM's altered orders, lacked or misattributed signatures), and
/// at least one forgery was tried. A message is judged by the role its sender had in the message's instance (its
/// set-traitor in force when the instance started; <paramref name="roles"/>): a general that forges in one instance
/// and is loyal in the next sends forgeries only in the first. A restart in between without a standing set-traitor
/// makes the general loyal again, as the generals do.
/// </summary>
public sealed class ForgeryRejectionChecker(IReadOnlyList<ForgerRole> roles) : IChecker
{
    public string Name => "forgeries-rejected";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        if (roles.Count == 0)
        {
            return CheckResult.Unknown(Name, "no instance has a general set to forge: nothing to judge");
        }

        var restarts = history.Where(e => e.Type == HistoryType.Restart).ToList();
        long planStartMs = PlanClock.StartMs(history);
        HashSet<(long Instance, int General)> forgers = roles
            .Where(r => r.Standing || !restarts.Any(e => e.General == r.General && e.TimeMs > planStartMs + r.SetAtMs && e.TimeMs <= planStartMs + r.StartedAtMs))
            .Select(r => (r.Instance, r.General)).ToHashSet();
        var delivered = history
            .Where(e => e.Type == HistoryType.Deliver && e.Kind == FrameKind.Protocol
                && forgers.Contains((e.Instance, e.From)) && !forgers.Contains((e.Instance, e.To)))
            .GroupBy(e => (e.Instance, Forger: e.From, Receiver: e.To))
            .ToDictionary(g => g.Key, g => g.Count());
        var rejected = history
            .Where(e => e.Type == HistoryType.Reject && e.Rejection == RejectReason.ProtocolViolation && forgers.Contains((e.Instance, e.From)))
            .GroupBy(e => (e.Instance, Forger: e.From, Receiver: e.General))
            .ToDictionary(g => g.Key, g => g.Count());
        var figures = new Dictionary<string, double>
        {
            ["forging-roles"] = forgers.Count,
            ["forgeries-delivered"] = delivered.Values.Sum(),
            ["forgeries-rejected"] = rejected.Where(r => delivered.ContainsKey(r.Key)).Sum(r => Math.Min(r.Value, delivered[r.Key])),
        };
        if (delivered.Count == 0)
        {
            return new CheckResult(Name, Verdict.Unknown, figures, ["no forged message reached a general that does not forge"]);
        }

        var witness = delivered
            .Where(pair => rejected.GetValueOrDefault(pair.Key) < pair.Value)
            .OrderBy(pair => pair.Key.Instance).ThenBy(pair => pair.Key.Receiver)
            .Select(pair => $"instance {pair.Key.Instance}: general {pair.Key.Receiver} received {pair.Value} messages from forger {pair.Key.Forger} "
                + $"but rejected {rejected.GetValueOrDefault(pair.Key)}")
            .ToList();
        return witness.Count == 0 ? CheckResult.Valid(Name, figures) : CheckResult.Invalid(Name, witness, figures);
    }
}
