using Generals.Core.Node;

namespace Generals.Harness.Scenarios;

/// <summary>
/// What a scenario sets for its generals (its `link:` section and the run's seed), read in this one place for every world:
/// the simulator hands the profile to <see cref="NodeSettingsFactory"/>, an emulated run passes its entries to
/// `generals node --set`, which reads them back with <see cref="NodeProfileText"/> into the same factory.
/// </summary>
public static class ScenarioNodeProfile
{
    /// <summary>The profile of every general of a run of <paramref name="scenario"/> with <paramref name="seed"/>.</summary>
    public static NodeProfile For(Scenario scenario, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new NodeProfile
        {
            Reliable = scenario.Link.Reliable,
            Authenticated = scenario.Link.Authenticated,
            DurableSend = scenario.Link.Durable,
            RetransmitInitialMs = scenario.Link.RetransmitInitialMs,
            RetransmitMaxMs = scenario.Link.RetransmitMaxMs,
            Seed = seed,
        };
    }

    /// <summary>The ids of the scenario's generals, 1..n: the kit every general's peers are drawn from.</summary>
    public static int[] Generals(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. Enumerable.Range(1, scenario.Generals)];
    }
}
