using Generals.Harness.Checkers;
using Generals.Harness.Checkers.Links;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Runs;

/// <summary>The checkers a scenario can name in its `checks` list, built with the scenario's parameters.</summary>
public static class CheckerCatalog
{
    private static readonly Dictionary<string, Func<Scenario, IChecker>> Factories = new(StringComparer.Ordinal)
    {
        ["reliable-delivery"] = _ => new ReliableDeliveryChecker(),
        ["authentication"] = _ => new AuthenticationChecker(),
    };

    /// <summary>Every checker name, sorted.</summary>
    public static IReadOnlyList<string> Names => Factories.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The checkers for a scenario; an unknown name is a scenario error.</summary>
    public static IReadOnlyList<IChecker> For(Scenario scenario) =>
        scenario.Checks.Select(name => Factories.TryGetValue(name, out Func<Scenario, IChecker>? make)
            ? make(scenario)
            : throw new ScenarioException($"{scenario.Name}: unknown check '{name}' (known: {string.Join(", ", Names)})")).ToList();
}
