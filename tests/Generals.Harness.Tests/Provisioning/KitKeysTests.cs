using Generals.Core.Crypto;
using Generals.Harness.Provisioning;

namespace Generals.Harness.Tests.Provisioning;

public class KitKeysTests
{
    [Fact]
    public void OpenSignerAndLoadVerifier_ProvisionedKit_HarnessSignatureVerifies()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, false);
        var errors = new List<string>();

        ISigner harness = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 0, errors)!;
        IVerifier verifier = KitKeys.LoadVerifier(kit.ConfigPath, errors)!;
        byte[] signature = harness.Sign([1, 2]);

        Assert.Empty(errors);
        Assert.Equal(SignatureCheck.Valid, verifier.Verify(0, [1, 2], signature));
        Assert.Equal(SignatureCheck.Invalid, verifier.Verify(1, [1, 2], signature));
    }

    [Fact]
    public void OpenSigner_UnprovisionedSigner_SaysWhy()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, false);
        var errors = new List<string>();

        Assert.Null(KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 9, errors));
        Assert.Contains("signer 9 has no private key", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadVerifier_KeyFileOfAnotherScheme_IsRefused()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, false);
        File.WriteAllText(kit.KeyFile, "0 ed25519 - " + new string('a', 64) + "\n");
        var errors = new List<string>();

        Assert.Null(KitKeys.LoadVerifier(kit.ConfigPath, errors));
        Assert.Contains("signer 0 has no valid lms public key", Assert.Single(errors), StringComparison.Ordinal);
    }
}
