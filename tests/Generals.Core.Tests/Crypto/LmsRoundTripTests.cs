using CsCheck;
using Generals.Core.Crypto;

namespace Generals.Core.Tests.Crypto;

public class LmsRoundTripTests
{
    public static TheoryData<string> ParameterSets => new() { "H5/W1", "H5/W2", "H5/W4", "H5/W8", "H10/W1", "H10/W4" };

    [Theory]
    [MemberData(nameof(ParameterSets))]
    public void Verify_SignaturesOfOurSigner_AreValidAndSized(string name)
    {
        Assert.True(LmsScheme.TryParseParameters(name, out LmsParameterSet parameters, out LmOtsParameterSet ots));
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(parameters, ots);
        var signer = new LmsSigner(store, Sha256.Create);
        LmsKeyRing ring = LmsTestKeys.Ring(3, publicKey);
        var random = new Random(7);

        for (int i = 0; i < 6; i++)
        {
            byte[] message = new byte[random.Next(0, 200)];
            random.NextBytes(message);
            byte[] signature = signer.Sign(message);

            Assert.Equal(parameters.SignatureBytes(ots), signature.Length);
            Assert.Equal(SignatureCheck.Valid, ring.Verify(3, message, signature));
        }
    }

    [Fact]
    public void SignatureBytes_H10W4_Is2508AsTheWireLimitsAssume()
    {
        Assert.Equal(2508, LmsParameterSet.H10.SignatureBytes(LmOtsParameterSet.W4));
        Assert.Equal(9004, LmsParameterSet.H15.SignatureBytes(LmOtsParameterSet.W1));
    }

    [Fact]
    public void Verify_AnyFlippedBitOfMessageSignatureOrKey_IsRejected()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W4);
        var signer = new LmsSigner(store, Sha256.Create);
        byte[][] messages = [.. Enumerable.Range(0, 4).Select(i => new byte[] { (byte)i, 1, 2, 3, 4, 5, 6, 7 })];
        byte[][] signatures = [.. messages.Select(signer.Sign)];
        LmsKeyRing ring = LmsTestKeys.Ring(1, publicKey);

        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[0, 7], (which, part, position, bit) => (which, part, position, bit))
            .Sample(t =>
            {
                byte[] message = (byte[])messages[t.which].Clone();
                byte[] signature = (byte[])signatures[t.which].Clone();
                byte[] key = (byte[])publicKey.Clone();
                byte[] target = t.part switch { 0 => message, 1 => signature, _ => key };
                target[t.position % target.Length] ^= (byte)(1 << t.bit);

                var altered = new LmsKeyRing(Sha256.Create);
                SignatureCheck check = altered.Add(1, key) ? altered.Verify(1, message, signature) : SignatureCheck.UnknownSigner;

                Assert.NotEqual(SignatureCheck.Valid, check);
            }, iter: 400);

        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(SignatureCheck.Valid, ring.Verify(1, messages[i], signatures[i])));
    }
}
