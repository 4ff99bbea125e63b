using System.Globalization;
using Generals.Harness.Runs;

namespace Generals.Harness.Costs;

/// <summary>One line per costed scenario (`generals costs`, `demo --costs`): the most one general spent.</summary>
public static class CostSummary
{
    /// <summary>What the columns are, and the table's header.</summary>
    public static string Header(ulong seed, double compressionMicroseconds) =>
        Invariant($"seed: {seed}; board time at {compressionMicroseconds:0.#} µs per SHA-256 compression (--compression-us; docs/costs.md)\n")
        + "the most one general spent; key used: one-time keys of the key's capacity; alloc/round: in the worst OM/SM round\n"
        + Invariant($"{"scenario",-32} {"verdict",-7} {"compressions",12} {"signed",7} {"verified",8} {"key used",13} {"alloc/run",10} {"alloc/round",11} {"board time",10}\n");

    /// <summary>The line of one costed run.</summary>
    public static string Line(CostedOutcome costed)
    {
        ArgumentNullException.ThrowIfNull(costed);
        string name = costed.Run.Scenario.Name;
        string verdict = costed.Run.ExitCode == ExitCodes.AsExpected ? "ok" : "FAIL";
        if (costed.Costs is not { } report)
        {
            return $"{name,-32} {verdict,-7} {costed.NotCosted}";
        }

        var worst = new CostFigures();
        var worstRound = new CostFigures();
        long keyUsed = -1, capacity = -1;
        foreach (GeneralCosts g in report.Generals)
        {
            worst.Max(g.Total);
            worstRound.Max(g.WorstRound);
            keyUsed = Math.Max(keyUsed, g.KeyUsed);
            capacity = Math.Max(capacity, g.KeyCapacity);
        }

        string key = capacity < 0 ? "-" : Invariant($"{keyUsed:N0} of {capacity:N0}");
        string round = report.Rounds.Count == 0 ? "-" : Kilobytes(worstRound.AllocatedBytes);
        double seconds = report.BoardMs(worst.Compressions) / 1000;
        return Invariant(
            $"{name,-32} {verdict,-7} {worst.Compressions,12:N0} {worst.SignaturesMade,7:N0} {worst.SignaturesVerified,8:N0} {key,13} {Kilobytes(worst.AllocatedBytes),10} {round,11} {seconds,8:0.0} s");
    }

    private static string Kilobytes(long bytes) => Invariant($"{bytes / 1024.0:0.0} KB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
