namespace Generals.Harness.Provisioning;

/// <summary>One signer in `generals keys status`: its key and what its private state says.</summary>
public sealed record KeyStatusRow(int SignerId, string Scheme, string Parameters, long? Remaining, string State);
