namespace Generals.Harness.Provisioning;

/// <summary>One line of the kit key file: a signer's scheme, parameters ("" for none) and public key.</summary>
public sealed record KitKeyEntry(int SignerId, string Scheme, string Parameters, byte[] PublicKey);
