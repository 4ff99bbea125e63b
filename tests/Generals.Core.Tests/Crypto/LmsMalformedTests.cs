using CsCheck;
using Generals.Core.Crypto;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Crypto;

/// <summary>Malformed signatures and keys get a typed rejection; nothing escapes as an exception.</summary>
public class LmsMalformedTests
{
    private static readonly (byte[] Message, byte[] Signature, byte[] PublicKey) Sample = MakeSample();

    [Fact]
    public void Verify_RandomBytes_NeverThrowsNeverValid()
    {
        LmsKeyRing ring = LmsTestKeys.Ring(1, Sample.PublicKey);

        Gen.Byte.Array[0, 3000].Sample(bytes =>
        {
            SignatureCheck check = ring.Verify(1, Sample.Message, bytes);
            Assert.True(check is SignatureCheck.Malformed or SignatureCheck.WrongScheme or SignatureCheck.Invalid, check.ToString());
        }, iter: 2_000);
    }

    [Fact]
    public void Verify_TruncatedOrExtendedSignature_IsMalformed()
    {
        LmsKeyRing ring = LmsTestKeys.Ring(1, Sample.PublicKey);

        Gen.Int[0, Sample.Signature.Length * 2].Where(length => length != Sample.Signature.Length).Sample(length =>
        {
            byte[] resized = new byte[length];
            Array.Copy(Sample.Signature, resized, Math.Min(length, Sample.Signature.Length));
            Assert.Equal(SignatureCheck.Malformed, ring.Verify(1, Sample.Message, resized));
        }, iter: 500);
    }

    [Theory]
    [InlineData(4, 9u, SignatureCheck.Malformed)] // LM-OTS type RFC 8554 does not define
    [InlineData(4, 1u, SignatureCheck.WrongScheme)] // a real LM-OTS type, not the key's
    [InlineData(4 + 4 + 32 + (67 * 32), 42u, SignatureCheck.Malformed)] // unknown LMS type
    [InlineData(4 + 4 + 32 + (67 * 32), 6u, SignatureCheck.WrongScheme)] // H10, while the key is H5
    [InlineData(0, 32u, SignatureCheck.Malformed)] // q beyond the tree
    [InlineData(0, 0xFFFFFFFFu, SignatureCheck.Malformed)]
    public void Verify_FieldRewritten_GivesTypedRejection(int offset, uint value, SignatureCheck expected)
    {
        LmsKeyRing ring = LmsTestKeys.Ring(1, Sample.PublicKey);
        byte[] signature = (byte[])Sample.Signature.Clone();
        signature[offset] = (byte)(value >> 24);
        signature[offset + 1] = (byte)(value >> 16);
        signature[offset + 2] = (byte)(value >> 8);
        signature[offset + 3] = (byte)value;

        Assert.Equal(expected, ring.Verify(1, Sample.Message, signature));
    }

    [Fact]
    public void Verify_KeyClaimingAnotherTreeHeight_IsWrongScheme()
    {
        // RFC 8554 5.4.2 step 2c: the signature's LMS type must be the key's, even when the path would lead to the root.
        byte[] key = (byte[])Sample.PublicKey.Clone();
        key[3] = (byte)LmsParameterSet.H15.TypeCode;

        Assert.Equal(SignatureCheck.WrongScheme, LmsTestKeys.Ring(1, key).Verify(1, Sample.Message, Sample.Signature));
    }

    [Fact]
    public void Verify_UnknownOrOutOfRangeSigner_IsUnknownSigner()
    {
        LmsKeyRing ring = LmsTestKeys.Ring(1, Sample.PublicKey);

        Assert.Equal(SignatureCheck.UnknownSigner, ring.Verify(2, Sample.Message, Sample.Signature));
        Assert.Equal(SignatureCheck.UnknownSigner, ring.Verify(-1, Sample.Message, Sample.Signature));
        Assert.Equal(SignatureCheck.UnknownSigner, ring.Verify(255, Sample.Message, Sample.Signature));
    }

    [Fact]
    public void Verify_NullMessageOrSignature_IsMalformed()
    {
        LmsKeyRing ring = LmsTestKeys.Ring(1, Sample.PublicKey);

        Assert.Equal(SignatureCheck.Malformed, ring.Verify(1, null!, Sample.Signature));
        Assert.Equal(SignatureCheck.Malformed, ring.Verify(1, Sample.Message, null!));
    }

    [Fact]
    public void Add_MalformedPublicKeys_AreRefusedWithoutThrowing()
    {
        var ring = new LmsKeyRing(Sha256.Create);

        Gen.Byte.Array[0, 100].Sample(bytes => Assert.False(ring.Add(1, bytes) && bytes.Length != 56), iter: 1_000);
        Assert.False(ring.Add(1, null!));
        Assert.False(ring.Add(1, Sample.PublicKey[..55]));
        Assert.False(ring.Add(FrameLimits.GeneralIdMax + 1, Sample.PublicKey));
        byte[] unknownType = (byte[])Sample.PublicKey.Clone();
        unknownType[3] = 8; // H20: RFC 8554 defines it, the kit does not support it
        Assert.False(ring.Add(1, unknownType));
    }

    [Fact]
    public void TryParse_MalformedPrivateKeyRecord_IsNull()
    {
        Gen.Byte.Array[0, 80].Sample(bytes => Assert.True(LmsPrivateKey.TryParse(bytes) == null || bytes.Length == LmsPrivateKey.EncodedBytes), iter: 1_000);
        Assert.Null(LmsPrivateKey.TryParse(null!));
    }

    private static (byte[], byte[], byte[]) MakeSample()
    {
        (MemoryStore store, byte[] publicKey) = LmsTestKeys.Fresh(LmsParameterSet.H5, LmOtsParameterSet.W4);
        byte[] message = [1, 2, 3];
        byte[] signature = new LmsSigner(store, Sha256.Create).Sign(message);
        return (message, signature, publicKey);
    }
}
