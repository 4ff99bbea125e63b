using Generals.Core.Node;
using Generals.Core.Protocols;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Costs;

/// <summary>
/// One synchronous round of an OM(m) or SM(m) instance the scenario starts, in harness time: round r of an instance started
/// at t runs from t + delay + r * roundMs for roundMs (the generals' RoundSchedule; the simulator hands a command over at once).
/// </summary>
public sealed record CostRound(long Instance, int Round, long StartMs, long EndMs)
{
    /// <summary>The rounds of every OM and SM instance the scenario's workload starts, in time order.</summary>
    public static IReadOnlyList<CostRound> For(Scenario scenario)
    {
        var rounds = new List<CostRound>();
        foreach ((WorkloadSpec work, StartInstanceCommand start) in ControlCommands.InWorkload<StartInstanceCommand>(scenario))
        {
            bool rounded = start.Protocol is ProtocolCodes.OralMessages or ProtocolCodes.SignedMessages;
            if (!rounded || start.RoundMs <= 0 || rounds.Any(r => r.Instance == start.Instance))
            {
                continue;
            }

            long first = work.AtMs + start.StartDelayMs;
            for (int r = 0; r <= start.M; r++)
            {
                rounds.Add(new CostRound(start.Instance, r, first + (r * start.RoundMs), first + ((r + 1) * start.RoundMs)));
            }
        }

        return [.. rounds.OrderBy(r => r.StartMs)];
    }

    /// <summary>True when <paramref name="timeMs"/> falls in this round.</summary>
    public bool Holds(long timeMs) => timeMs >= StartMs && timeMs < EndMs;
}
