using Generals.Core.Node;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Checkers.Links;

/// <summary>
/// A stream the workload asks for: general <see cref="From"/> sends <see cref="Count"/> messages with ids
/// <see cref="FirstId"/>... to <see cref="To"/>, starting at <see cref="AtMs"/>. The link checker compares what was
/// asked with what was sent, so that messages never sent are named, not silently left out.
/// </summary>
public sealed record StreamPlan(int From, int To, long FirstId, long Count, long AtMs)
{
    /// <summary>True when <paramref name="id"/> is one of this stream's ids.</summary>
    public bool Holds(long id) => id >= FirstId && id - FirstId < Count;

    /// <summary>Every send-stream entry of the scenario's workload, one per sending general.</summary>
    public static IReadOnlyList<StreamPlan> Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var plans = new List<StreamPlan>();
        foreach ((WorkloadSpec work, SendStreamCommand command) in ControlCommands.InWorkload<SendStreamCommand>(scenario))
        {
            IEnumerable<int> senders = work.Node == 0 ? Enumerable.Range(1, scenario.Generals) : [work.Node];
            foreach (int sender in senders)
            {
                plans.Add(new StreamPlan(sender, (int)command.To, command.FirstMessageId, command.Count, work.AtMs));
            }
        }

        return plans;
    }
}
