using Generals.Core.Crypto;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Crypto;

/// <summary>RFC 8554 Appendix F: both HSS vectors verify through our LMS, and our key generation rebuilds their keys.</summary>
public class LmsRfcVectorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void VerifyHss_RfcVector_IsValid(int testCase)
    {
        (byte[] publicKey, byte[] message, byte[] signature) = Vector(testCase);

        Assert.Equal(SignatureCheck.Valid, HssVerify(publicKey, message, signature));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void VerifyHss_RfcVectorWithAnyLevelFlipped_IsNotValid(int testCase)
    {
        (byte[] publicKey, byte[] message, byte[] signature) = Vector(testCase);
        var random = new Random(testCase);

        for (int i = 0; i < 40; i++)
        {
            byte[] altered = (byte[])signature.Clone();
            altered[random.Next(altered.Length)] ^= (byte)(1 << random.Next(8));
            Assert.NotEqual(SignatureCheck.Valid, HssVerify(publicKey, message, altered));
        }
    }

    [Fact]
    public void Generate_Case2BottomSeed_RebuildsTheRfcSecondLevelKey()
    {
        var key = new LmsPrivateKey(
            LmsParameterSet.H5, LmOtsParameterSet.W8, Hex.TryDecode(Rfc8554Vectors.Case2BottomIdentifier), Hex.TryDecode(Rfc8554Vectors.Case2BottomSeed));

        byte[] publicKey = new LmsKeyGenerator(Sha256.Create).Generate(key, new MemoryStore());

        Assert.Equal(
            "0000000500000004215f83b7ccb9acbcd08db97b0d04dc2ba1cd035833e0e90059603f26e07ad2aad152338e7a5e5984bcd5f7bb4eba40b7",
            Hex.Encode(publicKey));
    }

    [Fact]
    public void Generate_Case2TopSeed_RebuildsTheRfcTopLevelKey()
    {
        var key = new LmsPrivateKey(
            LmsParameterSet.H10, LmOtsParameterSet.W4, Hex.TryDecode(Rfc8554Vectors.Case2TopIdentifier), Hex.TryDecode(Rfc8554Vectors.Case2TopSeed));

        byte[] publicKey = new LmsKeyGenerator(Sha256.Create).Generate(key, new MemoryStore());

        Assert.Equal(Rfc8554Vectors.Case2PublicKey[8..], Hex.Encode(publicKey));
    }

    [Fact]
    public void Sign_Case2BottomKeyAtQ4_PathMatchesTheRfcSignature()
    {
        // The RFC's second-level signature uses one-time key 4; our signer, moved to index 4, must give the same
        // authentication path (the randomizer C, and so the chains, are the signer's choice).
        var store = new MemoryStore();
        var key = new LmsPrivateKey(
            LmsParameterSet.H5, LmOtsParameterSet.W8, Hex.TryDecode(Rfc8554Vectors.Case2BottomIdentifier), Hex.TryDecode(Rfc8554Vectors.Case2BottomSeed));
        byte[] publicKey = new LmsKeyGenerator(Sha256.Create).Generate(key, store);
        LmsMark.Write(store, 4);
        var signer = new LmsSigner(store, Sha256.Create);
        byte[] message = Hex.TryDecode(Rfc8554Vectors.Case2Message);

        byte[] signature = signer.Sign(message);

        byte[] rfc = RfcBottomSignature(2);
        Assert.Equal(rfc.Length, signature.Length);
        Assert.Equal(rfc[..4], signature[..4]);
        int pathAt = signature.Length - (5 * 32);
        Assert.Equal(rfc[pathAt..], signature[pathAt..]);
        Assert.Equal(SignatureCheck.Valid, LmsTestKeys.Ring(1, publicKey).Verify(1, message, signature));
    }

    private static (byte[] PublicKey, byte[] Message, byte[] Signature) Vector(int testCase) => testCase == 1
        ? (Hex.TryDecode(Rfc8554Vectors.Case1PublicKey), Hex.TryDecode(Rfc8554Vectors.Case1Message), Hex.TryDecode(Rfc8554Vectors.Case1Signature))
        : (Hex.TryDecode(Rfc8554Vectors.Case2PublicKey), Hex.TryDecode(Rfc8554Vectors.Case2Message), Hex.TryDecode(Rfc8554Vectors.Case2Signature));

    private static byte[] RfcBottomSignature(int testCase)
    {
        (byte[] publicKey, _, byte[] signature) = Vector(testCase);
        LmsPublicKey top = LmsPublicKey.TryParse(publicKey[4..])!;
        int topLength = top.Parameters.SignatureBytes(top.Ots);
        return signature[(4 + topLength + LmsPublicKey.EncodedBytes)..];
    }

    /// <summary>HSS verification (RFC 8554 6.3) over our LMS, for any number of levels.</summary>
    private static SignatureCheck HssVerify(byte[] publicKey, byte[] message, byte[] signature)
    {
        var ring = new LmsKeyRing(Sha256.Create);
        int levels = (int)ReadBigEndian(publicKey, 0);
        int signedKeys = (int)ReadBigEndian(signature, 0);
        Assert.Equal(levels - 1, signedKeys);
        LmsPublicKey? key = LmsPublicKey.TryParse(publicKey[4..]);
        Assert.NotNull(key);
        int at = 4;
        for (int level = 0; level < signedKeys; level++)
        {
            int length = key.Parameters.SignatureBytes(key.Ots);
            byte[] levelSignature = signature[at..(at + length)];
            byte[] nextKey = signature[(at + length)..(at + length + LmsPublicKey.EncodedBytes)];
            SignatureCheck check = ring.VerifyWith(key, nextKey, levelSignature);
            if (check != SignatureCheck.Valid)
            {
                return check;
            }

            key = LmsPublicKey.TryParse(nextKey);
            if (key == null)
            {
                return SignatureCheck.Malformed;
            }

            at += length + LmsPublicKey.EncodedBytes;
        }

        return ring.VerifyWith(key, message, signature[at..]);
    }

    private static uint ReadBigEndian(byte[] bytes, int offset) =>
        ((uint)bytes[offset] << 24) | ((uint)bytes[offset + 1] << 16) | ((uint)bytes[offset + 2] << 8) | bytes[offset + 3];
}
