using Generals.Core.Crypto;

namespace Generals.Core.Tests.Crypto;

/// <summary>H15 without generating 32768 one-time keys: crafted signatures exercise the verifier's H15 path.</summary>
public class LmsTallTreeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Verify_CraftedH15Signature_IsValidAndAnyFlipIsNot(int seed)
    {
        byte[] message = [1, 5];
        (byte[] publicKey, byte[] signature) = LmsCraftedSignatures.Craft(LmsParameterSet.H15, LmOtsParameterSet.W1, message, seed);
        LmsKeyRing ring = LmsTestKeys.Ring(7, publicKey);

        Assert.Equal(9004, signature.Length);
        Assert.Equal(SignatureCheck.Valid, ring.Verify(7, message, signature));
        var random = new Random(seed);
        for (int i = 0; i < 50; i++)
        {
            byte[] altered = (byte[])signature.Clone();
            altered[random.Next(altered.Length)] ^= (byte)(1 << random.Next(8));
            Assert.NotEqual(SignatureCheck.Valid, ring.Verify(7, message, altered));
        }
    }

    [Fact]
    public void Verify_H15SignatureUnderH10Key_IsWrongScheme()
    {
        byte[] message = [3];
        (_, byte[] signature) = LmsCraftedSignatures.Craft(LmsParameterSet.H15, LmOtsParameterSet.W4, message, 3);
        (byte[] publicKey, _) = LmsCraftedSignatures.Craft(LmsParameterSet.H10, LmOtsParameterSet.W4, message, 4);

        Assert.Equal(SignatureCheck.WrongScheme, LmsTestKeys.Ring(1, publicKey).Verify(1, message, signature));
    }
}
