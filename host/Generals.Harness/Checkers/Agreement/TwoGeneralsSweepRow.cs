namespace Generals.Harness.Checkers.Agreement;

/// <summary>One cell of the Two Generals sweep: a strategy at a loss rate with a number of messengers, and how its runs ended.</summary>
public sealed record TwoGeneralsSweepRow(
    string Strategy,
    int LossPercent,
    int Messengers,
    int Runs,
    int BothAttack,
    int BothRetreat,
    int CommanderAlone,
    int OtherAlone,
    int Undecided)
{
    /// <summary>Runs where one general attacked alone.</summary>
    public int Defeats => CommanderAlone + OtherAlone;

    /// <summary>Defeats over runs (0 when there were none).</summary>
    public double DefeatRate => Runs == 0 ? 0 : (double)Defeats / Runs;
}
