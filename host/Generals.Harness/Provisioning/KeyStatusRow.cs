namespace Generals.Harness.Provisioning;

/// <summary>
/// One signer in `generals keys status`: its key, what its private state says (<see cref="State"/>, "ok" or what is
/// wrong in plain words), whether that is healthy, and who holds the key right now (null: nobody).
/// </summary>
public sealed record KeyStatusRow(int SignerId, string Scheme, string Parameters, long? Remaining, string State)
{
    /// <summary>True when the key can sign and nothing in its state is damaged.</summary>
    public bool Ok { get; init; }

    /// <summary>The process holding the key's lock ("process 1234"), or null when nobody does.</summary>
    public string? Holder { get; init; }
}
