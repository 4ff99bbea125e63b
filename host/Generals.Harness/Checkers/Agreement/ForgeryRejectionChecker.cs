using Generals.Core.Node;
using Generals.Core.Wire;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// Every protocol message a forging traitor got delivered to a loyal general was rejected and counted as a
/// protocol violation there (SM's altered orders, lacked or misattributed signatures, replayed chains), and at
/// least one forgery was tried. <paramref name="forgers"/> are the generals whose every message is a forgery.
/// </summary>
public sealed class ForgeryRejectionChecker(IReadOnlySet<int> forgers) : IChecker
{
    public string Name => "forgeries-rejected";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var delivered = history
            .Where(e => e.Type == HistoryTypes.Deliver && e.Kind == (int)FrameKind.Protocol && forgers.Contains(e.Node) && !forgers.Contains(e.Peer))
            .GroupBy(e => (Forger: e.Node, Receiver: e.Peer))
            .ToDictionary(g => g.Key, g => g.Count());
        var rejected = history
            .Where(e => e.Type == HistoryTypes.Reject && e.Value == (long)RejectReason.ProtocolViolation && forgers.Contains(e.Peer))
            .GroupBy(e => (Forger: e.Peer, Receiver: e.Node))
            .ToDictionary(g => g.Key, g => g.Count());
        var figures = new Dictionary<string, double>
        {
            ["forgeries-delivered"] = delivered.Values.Sum(),
            ["forgeries-rejected"] = rejected.Values.Sum(),
        };
        if (delivered.Count == 0)
        {
            return CheckResult.Unknown(Name, "no forged message reached a loyal general");
        }

        var witness = delivered
            .Where(pair => rejected.GetValueOrDefault(pair.Key) < pair.Value)
            .Select(pair => $"general {pair.Key.Receiver} received {pair.Value} messages from forger {pair.Key.Forger} "
                + $"but rejected {rejected.GetValueOrDefault(pair.Key)}")
            .ToList();
        return witness.Count == 0 ? CheckResult.Valid(Name, figures) : CheckResult.Invalid(Name, witness, figures);
    }
}
