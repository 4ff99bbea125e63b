namespace Generals.Harness.Provisioning;

/// <summary>What `generals provision` did: the keys made, where they went, or why nothing was made.</summary>
public sealed record ProvisionResult(bool Ok, IReadOnlyList<string> Messages, IReadOnlyList<KitKeyEntry> Keys)
{
    public static ProvisionResult Failed(IEnumerable<string> messages) => new(false, [.. messages], []);
}
