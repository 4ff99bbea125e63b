using Generals.Core.Protocols;

namespace Generals.Harness.Exercises;

/// <summary>
/// A student's <see cref="IOralRule"/> behind a guard: after it throws once it sends and decides nothing; a decision that is
/// not an order (nor NoOrder) is noted and taken as no decision.
/// </summary>
internal sealed class GuardedOralRule(IOralRule inner, ExerciseFaults faults) : IOralRule
{
    private bool _failed;

    public void SendRound(IOralView view, int round)
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
            faults.Threw($"{inner.GetType().Name}.{nameof(SendRound)}", e);
        }
    }

    public int Decide(IOralView view)
    {
        if (_failed)
        {
            return ProtocolCodes.NoOrder;
        }

        try
        {
            return ExerciseAnswers.Decision(inner.Decide(view), $"{inner.GetType().Name}.{nameof(Decide)}", faults);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failed = true;
            faults.Threw($"{inner.GetType().Name}.{nameof(Decide)}", e);
            return ProtocolCodes.NoOrder;
        }
    }
}
