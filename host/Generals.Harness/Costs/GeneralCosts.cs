namespace Generals.Harness.Costs;

/// <summary>One general's line of a <see cref="CostReport"/>: its whole run, each round, and its key's budget.</summary>
public sealed record GeneralCosts(int Id, CostFigures Total, IReadOnlyList<CostFigures> Rounds, CostFigures BetweenRounds)
{
    /// <summary>One-time keys its stateful key has spent (signed, or lost with a reservation block at a power cut); -1 for a stateless key.</summary>
    public long KeyUsed { get; init; } = -1;

    /// <summary>One-time keys its key holds (1,024 for LMS H10); -1 for a stateless key.</summary>
    public long KeyCapacity { get; init; } = -1;

    /// <summary>The most it spent in one round (the figure a board's heap and time budget must hold), or nothing without rounds.</summary>
    public CostFigures WorstRound
    {
        get
        {
            var worst = new CostFigures();
            foreach (CostFigures round in Rounds)
            {
                worst.Max(round);
            }

            return worst;
        }
    }
}
