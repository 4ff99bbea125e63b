using CsCheck;
using Generals.Core.Crypto;
using Generals.Core.Tests.Crypto;
using Generals.Core.Wire;
using Generals.Harness.Crypto;

namespace Generals.Harness.Tests.Crypto;

public class Ed25519SchemeTests
{
    private static readonly byte[] Message = [1, 2, 3, 4];

    [Fact]
    public void Sign_KeyFromStore_VerifiesUnderItsPublicKeyOnly()
    {
        var scheme = new Ed25519Scheme();
        (ISigner signer, PublicKeySet keys) = Provision(scheme, signerId: 2, otherId: 3);
        IVerifier verifier = scheme.CreateVerifier(keys);

        byte[] signature = signer.Sign(Message);

        Assert.Equal(SignatureScheme.Ed25519, signer.Scheme);
        Assert.Equal(Ed25519Scheme.SignatureBytes, signature.Length);
        Assert.Equal(SignatureCheck.Valid, verifier.Verify(2, Message, signature));
        Assert.Equal(SignatureCheck.Invalid, verifier.Verify(3, Message, signature));
        Assert.Equal(long.MaxValue, signer.RemainingSignatures);
    }

    [Fact]
    public void CreateVerifier_HighestSignerId_VerifiesItAndHoldsOnlyTheKitsKeys()
    {
        var scheme = new Ed25519Scheme();
        (ISigner signer, PublicKeySet keys) = Provision(scheme, signerId: FrameLimits.GeneralIdMax, otherId: 1);
        var ring = (Ed25519KeyRing)scheme.CreateVerifier(keys);

        byte[] signature = signer.Sign(Message);

        Assert.Equal(SignatureCheck.Valid, ring.Verify(FrameLimits.GeneralIdMax, Message, signature));
        Assert.Equal(SignatureCheck.UnknownSigner, ring.Verify(FrameLimits.GeneralIdMax + 1, Message, signature));
        Assert.Equal(2, ring.Count);
        Assert.InRange(ring.Capacity, 2, 8);
    }

    [Fact]
    public void Verify_AnyFlippedBit_IsRejected()
    {
        var scheme = new Ed25519Scheme();
        (ISigner signer, PublicKeySet keys) = Provision(scheme, 1, 4);
        byte[] signature = signer.Sign(Message);
        byte[] publicKey = keys.Get(1);

        Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[0, 7], (part, position, bit) => (part, position, bit)).Sample(t =>
        {
            byte[] m = (byte[])Message.Clone();
            byte[] s = (byte[])signature.Clone();
            byte[] k = (byte[])publicKey.Clone();
            byte[] target = t.part switch { 0 => m, 1 => s, _ => k };
            target[t.position % target.Length] ^= (byte)(1 << t.bit);
            var ring = new Ed25519KeyRing();

            SignatureCheck check = ring.Add(1, k) ? ring.Verify(1, m, s) : SignatureCheck.UnknownSigner;

            Assert.NotEqual(SignatureCheck.Valid, check);
        }, iter: 500);
    }

    [Fact]
    public void Verify_MalformedInput_IsTypedNeverThrown()
    {
        var scheme = new Ed25519Scheme();
        (ISigner signer, PublicKeySet keys) = Provision(scheme, 1, 4);
        IVerifier verifier = scheme.CreateVerifier(keys);

        Gen.Byte.Array[0, 200].Sample(bytes =>
            Assert.True(verifier.Verify(1, Message, bytes) is SignatureCheck.Malformed or SignatureCheck.Invalid), iter: 1_000);
        Assert.Equal(SignatureCheck.Malformed, verifier.Verify(1, null!, signer.Sign(Message)));
        Assert.Equal(SignatureCheck.UnknownSigner, verifier.Verify(9, Message, signer.Sign(Message)));
        Assert.Equal(SignatureCheck.UnknownSigner, verifier.Verify(-3, Message, signer.Sign(Message)));
        Assert.False(new Ed25519KeyRing().Add(1, new byte[31]));
        Assert.False(scheme.IsPublicKey(new byte[33]));
    }

    [Fact]
    public void Sign_EmptyStore_FailsWithNoKey()
    {
        ISigner signer = new Ed25519Scheme().OpenSigner(new MemoryStore());

        Assert.Null(signer.Sign(Message));
        Assert.Equal(SignError.NoKey, signer.LastError);
    }

    [Fact]
    public void GenerateKey_SameEntropy_SameKeyAsNSecDerivesIt()
    {
        var scheme = new Ed25519Scheme();
        byte[] seed = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

        byte[] first = scheme.GenerateKey(seed, new MemoryStore());
        byte[] second = scheme.GenerateKey(seed, new MemoryStore());

        Assert.Equal(first, second);
        Assert.True(scheme.IsPublicKey(first));
    }

    private static (ISigner Signer, PublicKeySet Keys) Provision(Ed25519Scheme scheme, int signerId, int otherId)
    {
        var store = new MemoryStore();
        var keys = new PublicKeySet();
        keys.Set(signerId, scheme.GenerateKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), store));
        keys.Set(otherId, scheme.GenerateKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), new MemoryStore()));
        return (scheme.OpenSigner(store), keys);
    }
}
