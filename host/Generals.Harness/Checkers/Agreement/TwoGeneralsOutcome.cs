namespace Generals.Harness.Checkers.Agreement;

/// <summary>How a Two Generals run ended. Attacking alone is a defeat.</summary>
public enum TwoGeneralsOutcome
{
    BothAttack,
    BothRetreat,

    /// <summary>A (the commander) attacked and B did not: defeat.</summary>
    CommanderAlone,

    /// <summary>B attacked and A did not: defeat.</summary>
    OtherAlone,

    /// <summary>One of them never decided.</summary>
    Undecided,
}
