using Generals.Core.Protocols;

namespace Generals.Harness.Exercises;

/// <summary>
/// A student's <see cref="IOralRule"/> behind a guard: after it throws once it sends and decides nothing; a decision that is
/// not an order (nor NoOrder) is noted and taken as no decision.
/// </summary>
internal sealed class GuardedOralRule(IOralRule inner, ExerciseFaults faults) : IOralRule
{
    private readonly StudentGuard _guard = new(inner, faults);

    public void SendRound(IOralView view, int round) => _guard.Do(nameof(SendRound), () => inner.SendRound(view, round));

    public int Decide(IOralView view) => _guard.Ask(nameof(Decide),
        () => ExerciseAnswers.Decision(inner.Decide(view), $"{_guard.Name}.{nameof(Decide)}", faults), ProtocolCodes.NoOrder);
}
