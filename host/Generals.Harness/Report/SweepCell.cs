using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Generals.Harness.Report;

/// <summary>One row of results.json's Two Generals table as the outcome map reads it (snake_case names, as RunFolder writes them).</summary>
public sealed record SweepCell(string Strategy, int LossPercent, int Messengers, int Runs, int BothAttack, int BothRetreat, int CommanderAlone, int OtherAlone, int Undecided)
{
    /// <summary>Runs in which one general attacked alone.</summary>
    public int Defeats => CommanderAlone + OtherAlone;

    /// <summary>Defeats over runs (0 for a cell without runs).</summary>
    public double DefeatShare => Runs == 0 ? 0 : (double)Defeats / Runs;

    /// <summary>The cell's hover text: every outcome counted.</summary>
    public string Title =>
        $"{Strategy}, loss {LossPercent}%, {Messengers} messengers: {Runs} runs, {BothAttack} both attack, {BothRetreat} both retreat, "
        + $"{Defeats} one alone (A {CommanderAlone}, B {OtherAlone}), {Undecided} undecided";

    /// <summary>Reads one row; false for a row without a strategy name or with a count that is not a whole number.</summary>
    public static bool TryRead(JsonElement row, [NotNullWhen(true)] out SweepCell? cell)
    {
        cell = null;
        if (row.ValueKind != JsonValueKind.Object || !row.TryGetProperty("strategy", out JsonElement strategy) || strategy.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        string[] names = ["loss_percent", "messengers", "runs", "both_attack", "both_retreat", "commander_alone", "other_alone", "undecided"];
        var numbers = new int[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            if (!row.TryGetProperty(names[i], out JsonElement value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out numbers[i]))
            {
                return false;
            }
        }

        cell = new SweepCell(strategy.GetString()!, numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[5], numbers[6], numbers[7]);
        return true;
    }
}
