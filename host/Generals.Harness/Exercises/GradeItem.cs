using Generals.Harness.Scenarios;

namespace Generals.Harness.Exercises;

/// <summary>
/// One graded check of a lab: the check <see cref="Check"/> of a run of <see cref="Scenario"/> (a built-in, possibly changed
/// by <see cref="Variant"/>) in <see cref="World"/> with <see cref="Seed"/>, worth <see cref="Points"/>. With
/// <see cref="Requires"/> the points count only when that other item of the lab passed too (accuracy is free to a detector
/// that never suspects; an explorer finds no violation in a protocol that never decides).
/// </summary>
public sealed record GradeItem(GradeWorld World, string Scenario, ulong Seed, string Check, int Points)
{
    /// <summary>The name of the explorer's check: no traitor behaviour it tried broke a counted check.</summary>
    public const string NoViolation = "no-violation";

    /// <summary>A label for the changed scenario (null: the built-in as it is).</summary>
    public string? VariantName { get; init; }

    /// <summary>Changes the built-in before it runs (null: none).</summary>
    public Action<Scenario>? Variant { get; init; }

    /// <summary>The <see cref="Id"/> of the item whose pass this item's points need, or null.</summary>
    public string? Requires { get; init; }

    /// <summary>What the run is called: the world, the scenario (or its variant) and the seed.</summary>
    public string Run => $"{World.ToString().ToLowerInvariant()} {VariantName ?? Scenario}" + (World == GradeWorld.Explore ? "" : $" seed {Seed}");

    /// <summary>The item's name in the output and the JUnit file.</summary>
    public string Id => $"{Run}: {Check}";
}
