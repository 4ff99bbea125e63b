using Generals.Core.Protocols;
using Generals.Harness.History;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// The outcome of one Two Generals run between A (<paramref name="commander"/>) and B (<paramref name="other"/>):
/// both attack or both retreat is valid; one attacking alone is a defeat (invalid), with the messengers and
/// acknowledgements that got through as the witness; a missing decision is unknown.
/// </summary>
public sealed class TwoGeneralsOutcomeChecker(long instance, int commander, int other) : IChecker
{
    public string Name => "two-generals-outcome";

    /// <summary>The outcome from the first decision each of the two reported.</summary>
    public static TwoGeneralsOutcome Classify(IReadOnlyList<HistoryEvent> history, long instance, int commander, int other)
    {
        long? a = FirstDecision(history, instance, commander);
        long? b = FirstDecision(history, instance, other);
        if (a is null || b is null)
        {
            return TwoGeneralsOutcome.Undecided;
        }

        bool aAttacks = a == ProtocolCodes.Attack;
        bool bAttacks = b == ProtocolCodes.Attack;
        return (aAttacks, bAttacks) switch
        {
            (true, true) => TwoGeneralsOutcome.BothAttack,
            (false, false) => TwoGeneralsOutcome.BothRetreat,
            (true, false) => TwoGeneralsOutcome.CommanderAlone,
            _ => TwoGeneralsOutcome.OtherAlone,
        };
    }

    public CheckResult Check(IReadOnlyList<HistoryEvent> history)
    {
        TwoGeneralsOutcome outcome = Classify(history, instance, commander, other);
        var figures = new Dictionary<string, double> { ["outcome"] = (int)outcome };
        string traffic = Traffic(history);
        return outcome switch
        {
            TwoGeneralsOutcome.BothAttack or TwoGeneralsOutcome.BothRetreat => CheckResult.Valid(Name, figures),
            TwoGeneralsOutcome.CommanderAlone => CheckResult.Invalid(Name,
                [$"instance {instance}: A ({commander}) attacked alone, B ({other}) retreated: defeat; {traffic}"], figures),
            TwoGeneralsOutcome.OtherAlone => CheckResult.Invalid(Name,
                [$"instance {instance}: B ({other}) attacked alone, A ({commander}) retreated: defeat; {traffic}"], figures),
            _ => CheckResult.Unknown(Name, $"instance {instance}: A or B never decided; {traffic}"),
        };
    }

    private static long? FirstDecision(IReadOnlyList<HistoryEvent> history, long instance, int general) =>
        history.FirstOrDefault(e => e.Type == HistoryType.Decide && e.Instance == instance && e.General == general
            && e.Protocol == ProtocolCodes.TwoGenerals)?.Value;

    private string Traffic(IReadOnlyList<HistoryEvent> history)
    {
        int Count(HistoryType type, int from) => history.Count(e => e.Type == type && e.Instance == instance && e.From == from
            && e.Kind == Core.Wire.FrameKind.Protocol);
        return $"messengers sent {Count(HistoryType.Send, commander)}, delivered {Count(HistoryType.Deliver, commander)}; "
            + $"acknowledgements sent {Count(HistoryType.Send, other)}, delivered {Count(HistoryType.Deliver, other)}";
    }
}
