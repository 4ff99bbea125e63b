namespace Generals.Harness.Explore;

/// <summary>A general the explorer makes a traitor, and how it behaves.</summary>
public sealed record TraitorChoice(int General, TraitorBehaviour Behaviour)
{
    public override string ToString() => $"traitor {General}: {Behaviour.Describe()}";
}
