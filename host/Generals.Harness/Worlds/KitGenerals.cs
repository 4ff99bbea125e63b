using System.Globalization;
using Generals.Core.Config;
using Generals.Harness.Scenarios;

namespace Generals.Harness.Worlds;

/// <summary>
/// The one rule the emulated and lab worlds share on a plan's size: a general is a board section of the kit's nf.config,
/// and a file holds at most <see cref="NfConfigParser.BoardsMax"/>; more generals run only in the simulator.
/// </summary>
public static class KitGenerals
{
    /// <summary>Why <paramref name="kit"/> ("an emulated", "a lab") cannot hold the plan's generals, or null.</summary>
    public static string? Refusal(Scenario scenario, string kit)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Generals <= NfConfigParser.BoardsMax
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"generals: {scenario.Generals}: {kit} kit's nf.config holds at most {NfConfigParser.BoardsMax} boards, one per general; run it with --mode sim (up to {ScenarioValidator.GeneralsMax} generals)");
    }
}
