using System.Globalization;
using System.Text;

namespace Generals.Harness.Checkers.Agreement;

/// <summary>
/// The outcome table of the two-generals scenario: for each strategy, loss rate and number of messengers, how
/// many runs ended with both attacking, both retreating, or one alone. Rows come out ordered by strategy (in the
/// order first added), loss and messengers; <see cref="Rows"/> is what results.json holds.
/// </summary>
public sealed class TwoGeneralsSweep
{
    private readonly Dictionary<(string Strategy, int Loss, int Messengers), int[]> _cells = [];
    private readonly List<string> _strategies = [];

    /// <summary>Counts one run's outcome in its cell.</summary>
    public void Add(string strategy, int lossPercent, int messengers, TwoGeneralsOutcome outcome)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lossPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lossPercent, 100);
        if (!_strategies.Contains(strategy))
        {
            _strategies.Add(strategy);
        }

        var key = (strategy, lossPercent, messengers);
        if (!_cells.TryGetValue(key, out int[]? counts))
        {
            counts = new int[Enum.GetValues<TwoGeneralsOutcome>().Length];
            _cells[key] = counts;
        }

        counts[(int)outcome]++;
    }

    /// <summary>Every cell, ordered.</summary>
    public IReadOnlyList<TwoGeneralsSweepRow> Rows => _cells
        .OrderBy(c => _strategies.IndexOf(c.Key.Strategy)).ThenBy(c => c.Key.Loss).ThenBy(c => c.Key.Messengers)
        .Select(c => new TwoGeneralsSweepRow(c.Key.Strategy, c.Key.Loss, c.Key.Messengers, c.Value.Sum(),
            c.Value[(int)TwoGeneralsOutcome.BothAttack], c.Value[(int)TwoGeneralsOutcome.BothRetreat],
            c.Value[(int)TwoGeneralsOutcome.CommanderAlone], c.Value[(int)TwoGeneralsOutcome.OtherAlone],
            c.Value[(int)TwoGeneralsOutcome.Undecided]))
        .ToList();

    /// <summary>The table as plain text, one line per cell.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{"strategy",-22} {"loss",5} {"msgs",5} {"runs",5} {"both-attack",12} {"both-retreat",13} {"A-alone",8} {"B-alone",8} {"defeat",7}\n");
        foreach (TwoGeneralsSweepRow row in Rows)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{row.Strategy,-22} {row.LossPercent,4}% {row.Messengers,5} {row.Runs,5} {row.BothAttack,12} {row.BothRetreat,13} "
                + $"{row.CommanderAlone,8} {row.OtherAlone,8} {row.DefeatRate,7:P0}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The table as one matrix per strategy: a row per loss rate, a column per number of messengers, each cell
    /// "both attack / both retreat / defeats" (a cell a strategy cannot run, fewer messengers than acks, shows "-").
    /// </summary>
    public string ToMatrixText()
    {
        IReadOnlyList<TwoGeneralsSweepRow> rows = Rows;
        int[] messengers = rows.Select(r => r.Messengers).Distinct().Order().ToArray();
        var text = new StringBuilder();
        foreach (IGrouping<string, TwoGeneralsSweepRow> strategy in rows.GroupBy(r => r.Strategy))
        {
            int runs = strategy.Max(r => r.Runs);
            text.Append(CultureInfo.InvariantCulture, $"{strategy.Key}: both attack / both retreat / defeats, of {runs} runs per cell\n");
            text.Append("loss \\ msgs");
            foreach (int m in messengers)
            {
                text.Append(CultureInfo.InvariantCulture, $" {m,9}");
            }

            text.Append('\n');
            foreach (IGrouping<int, TwoGeneralsSweepRow> loss in strategy.GroupBy(r => r.LossPercent).OrderBy(g => g.Key))
            {
                text.Append(CultureInfo.InvariantCulture, $"{loss.Key,9}% ");
                foreach (int m in messengers)
                {
                    TwoGeneralsSweepRow? cell = loss.FirstOrDefault(r => r.Messengers == m);
                    string shown = cell is null ? "-" : $"{cell.BothAttack}/{cell.BothRetreat}/{cell.Defeats}";
                    text.Append(CultureInfo.InvariantCulture, $" {shown,9}");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
