using Generals.Core.Protocols;

namespace Generals.Harness.Exercises;

/// <summary>Checks of what a student's class answers, before Core (which asserts them as its own invariants) sees them.</summary>
internal static class ExerciseAnswers
{
    /// <summary>An order or NoOrder as answered; anything else noted and taken as NoOrder (no decision).</summary>
    public static int Decision(int answer, string where, ExerciseFaults faults)
    {
        if (answer == ProtocolCodes.NoOrder || ProtocolCodes.IsOrder(answer))
        {
            return answer;
        }

        faults.Note(where, $"returned {answer}, which is no order (Attack = 1, Retreat = 0, NoOrder = -1): taken as no decision");
        return ProtocolCodes.NoOrder;
    }
}
