using Generals.Harness.History;

namespace Generals.Harness.Checkers.Links;

/// <summary>
/// Authentication: nothing forged, altered or replayed reaches the application. A delivery whose claimed
/// sender never sent it (spoofing), whose content differs from what was sent (corruption), or that repeats an
/// earlier delivery (replay) is a violation. Rejections the generals counted are reported as figures. With nothing
/// delivered and nothing rejected it is unknown.
/// </summary>
public sealed class AuthenticationChecker : IChecker
{
    public string Name => "authentication";

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        var a = new LinkDeliveryAnalysis(history);
        List<string> witness = [.. a.Creations().Take(ReliableDeliveryChecker.WitnessMax), .. a.Duplications().Take(ReliableDeliveryChecker.WitnessMax)];
        var figures = new Dictionary<string, double>
        {
            ["delivered"] = a.Delivered.Count,
            ["forged-or-altered-delivered"] = a.Creations().Count(),
            ["replayed-delivered"] = a.Duplications().Count(),
            ["spoofed-frames"] = history.Count(e => e.Type == HistoryType.Spoof),
            ["corrupted-frames"] = history.Count(e => e.Type == HistoryType.Corrupt),
            ["replayed-frames"] = history.Count(e => e.Type == HistoryType.Replay),
        };
        foreach ((string reason, long count) in a.Rejections.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            figures["rejected." + reason] = count;
        }

        if (witness.Count > 0)
        {
            return CheckResult.Invalid(Name, witness, figures);
        }

        return a.Delivered.Count == 0 && a.Rejections.Count == 0
            ? new CheckResult(Name, Verdict.Unknown, figures, ["no message reached an application and no general rejected anything: authentication has nothing to judge"])
            : CheckResult.Valid(Name, figures);
    }
}
