using Generals.Core.Protocols;

namespace Generals.Harness.Exercises;

/// <summary>
/// A student's <see cref="ISignedRule"/> behind a guard: after it throws once it sends, accepts and decides nothing; a
/// decision that is not an order (nor NoOrder) is noted and taken as no decision.
/// </summary>
internal sealed class GuardedSignedRule(ISignedRule inner, ExerciseFaults faults) : ISignedRule
{
    private readonly StudentGuard _guard = new(inner, faults);

    public void SendRound(ISignedView view, int round) => _guard.Do(nameof(SendRound), () => inner.SendRound(view, round));

    public int Receive(ISignedView view, SignedChain chain, int sender, int round) =>
        _guard.Ask(nameof(Receive), () => inner.Receive(view, chain, sender, round), ProtocolViolation.BadChain);

    public int Decide(ISignedView view) => _guard.Ask(nameof(Decide),
        () => ExerciseAnswers.Decision(inner.Decide(view), $"{_guard.Name}.{nameof(Decide)}", faults), ProtocolCodes.NoOrder);
}
