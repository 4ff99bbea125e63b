using Generals.Core.Crypto;

namespace Generals.Harness.Costs;

/// <summary>
/// The board cost report of one simulated run (docs/costs.md): per general and per round, SHA-256 compressions, signatures
/// made and verified, bytes allocated in Core, frames and bytes sent, and the board time the compressions take at
/// <see cref="CompressionMicroseconds"/> each.
/// </summary>
public sealed class CostReport
{
    /// <summary>The board time per SHA-256 compression when none is given (docs/costs.md says where it comes from).</summary>
    public const double DefaultCompressionMicroseconds = 1000;

    public required string Scenario { get; init; }

    public required ulong Seed { get; init; }

    /// <summary>The signature scheme that ran, as the simulator describes it.</summary>
    public required string Signature { get; init; }

    /// <summary>What the report changed to measure a board (the scheme), or "".</summary>
    public string Note { get; init; } = "";

    public required double CompressionMicroseconds { get; init; }

    public required IReadOnlyList<CostRound> Rounds { get; init; }

    /// <summary>One line per general, in id order.</summary>
    public required IReadOnlyList<GeneralCosts> Generals { get; init; }

    /// <summary>The board time of <paramref name="compressions"/> in milliseconds.</summary>
    public double BoardMs(long compressions) => compressions * CompressionMicroseconds / 1000.0;

    /// <summary>The report of what <paramref name="meter"/> measured in a run.</summary>
    public static CostReport From(CostMeter meter, string scenario, ulong seed, string signature, string note, double compressionMicroseconds)
    {
        ArgumentNullException.ThrowIfNull(meter);
        var generals = new List<GeneralCosts>();
        foreach (int id in meter.Generals)
        {
            var rounds = Enumerable.Range(0, meter.Rounds.Count).Select(r => meter.Of(id, r)).ToList();
            CostFigures between = meter.Of(id, CostMeter.BetweenRounds);
            var total = new CostFigures();
            total.Add(between);
            rounds.ForEach(total.Add);
            (long used, long capacity) = KeyBudget(meter.SignerOf(id));
            generals.Add(new GeneralCosts(id, total, rounds, between) { KeyUsed = used, KeyCapacity = capacity });
        }

        return new CostReport
        {
            Scenario = scenario,
            Seed = seed,
            Signature = signature,
            Note = note,
            CompressionMicroseconds = compressionMicroseconds,
            Rounds = meter.Rounds,
            Generals = generals,
        };
    }

    // A stateful key's budget from its latest signer: what it holds and what is left (a restart's signer reads the durable mark).
    private static (long Used, long Capacity) KeyBudget(ISigner? signer)
    {
        if (signer is LmsSigner lms && lms.Key != null)
        {
            long capacity = lms.Key.Parameters.Leaves;
            return (capacity - lms.RemainingSignatures, capacity);
        }

        return (-1, -1);
    }
}
