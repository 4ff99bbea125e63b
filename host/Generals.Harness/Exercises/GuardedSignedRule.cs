using Generals.Core.Protocols;

namespace Generals.Harness.Exercises;

/// <summary>
/// A student's <see cref="ISignedRule"/> behind a guard: after it throws once it sends, accepts and decides nothing; a
/// decision that is not an order (nor NoOrder) is noted and taken as no decision.
/// </summary>
internal sealed class GuardedSignedRule(ISignedRule inner, ExerciseFaults faults) : ISignedRule
{
    private bool _failed;

    private string Name => inner.GetType().Name;

    public void SendRound(ISignedView view, int round)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            inner.SendRound(view, round);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failed = true;
            faults.Threw($"{Name}.{nameof(SendRound)}", e);
        }
    }

    public int Receive(ISignedView view, SignedChain chain, int sender, int round)
    {
        if (_failed)
        {
            return ProtocolViolation.BadChain;
        }

        try
        {
            return inner.Receive(view, chain, sender, round);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failed = true;
            faults.Threw($"{Name}.{nameof(Receive)}", e);
            return ProtocolViolation.BadChain;
        }
    }

    public int Decide(ISignedView view)
    {
        if (_failed)
        {
            return ProtocolCodes.NoOrder;
        }

        try
        {
            return ExerciseAnswers.Decision(inner.Decide(view), $"{Name}.{nameof(Decide)}", faults);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failed = true;
            faults.Threw($"{Name}.{nameof(Decide)}", e);
            return ProtocolCodes.NoOrder;
        }
    }
}
