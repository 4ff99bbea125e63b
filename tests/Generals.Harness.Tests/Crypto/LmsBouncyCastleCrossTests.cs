using CsCheck;
using Generals.Core.Crypto;
using Generals.Core.Tests.Crypto;
using Org.BouncyCastle.Pqc.Crypto.Lms;
using OurLmsSigner = Generals.Core.Crypto.LmsSigner;

namespace Generals.Harness.Tests.Crypto;

/// <summary>Our LMS against BouncyCastle's independent implementation: same keys, same signatures, mutual verification.</summary>
public class LmsBouncyCastleCrossTests
{
    private const int KeySeed = 21;
    private static readonly string[] ParameterSets = ["H5/W1", "H5/W2", "H5/W4", "H5/W8", "H10/W4"];

    // BouncyCastle builds a whole tree per key (2 s for H10/W4): the tests of this class share one key per set.
    // Tests of a class run one at a time, and Generate only reads the public key, so the shared signing state stays in step.
    private static readonly Dictionary<string, LmsPrivateKeyParameters> TheirKeys = new(StringComparer.Ordinal);

    public static TheoryData<string> Sets => [.. ParameterSets];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Generate_SameSeedAsBouncyCastle_SamePublicKey(string name)
    {
        (LmsParameterSet parameters, LmOtsParameterSet ots) = Parse(name);
        LmsPrivateKey key = LmsTestKeys.Key(parameters, ots, KeySeed);

        byte[] ours = new LmsKeyGenerator(Sha256.Create).Generate(key, new MemoryStore());

        Assert.Equal(TheirKey(key).GetPublicKey().GetEncoded(), ours);
    }

    [Fact]
    public void Sign_RandomMessagesAndSets_VerifiesUnderBouncyCastleAndMatchesItsBytes()
    {
        // Both derive the randomizer C from the seed as RFC 8554 Appendix A suggests, so the same key at the same index
        // gives the same bytes: a check of every field we write, not only of verifiability.
        var keys = ParameterSets.Select(name => Parse(name)).Select(p => Pair(p.Item1, p.Item2, KeySeed)).ToArray();

        Gen.Select(Gen.Int[0, keys.Length - 1], Gen.Byte.Array[0, 500], (which, message) => (which, message)).Sample(t =>
        {
            (OurLmsSigner ours, LmsPrivateKeyParameters theirs, byte[] publicKey) = keys[t.which];
            if (ours.RemainingSignatures == 0)
            {
                return;
            }

            byte[] signature = ours.Sign(t.message);

            Assert.True(BouncyCastleLms.Verify(publicKey, t.message, signature));
            Assert.Equal(BouncyCastleLms.Sign(theirs, t.message), signature);
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void Verify_BouncyCastleSignaturesOfRandomMessagesAndSets_AreValidHere()
    {
        var keys = ParameterSets.Select(name => Parse(name)).Select(p => BouncyCastleKey(p.Item1, p.Item2)).ToArray();

        Gen.Select(Gen.Int[0, keys.Length - 1], Gen.Byte.Array[0, 500], (which, message) => (which, message)).Sample(t =>
        {
            (LmsPrivateKeyParameters theirs, LmsKeyRing ring) = keys[t.which];
            if (theirs.GetUsagesRemaining() == 0)
            {
                return;
            }

            byte[] signature = BouncyCastleLms.Sign(theirs, t.message);

            Assert.Equal(SignatureCheck.Valid, ring.Verify(9, t.message, signature));
            byte[] altered = (byte[])signature.Clone();
            altered[t.message.Length % altered.Length] ^= 0x40;
            Assert.NotEqual(SignatureCheck.Valid, ring.Verify(9, t.message, altered));
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void Verify_AlteredOurSignatures_RejectedByBothImplementations()
    {
        (OurLmsSigner ours, _, byte[] publicKey) = Pair(LmsParameterSet.H5, LmOtsParameterSet.W8, 31);
        byte[] message = [4, 4, 4];
        byte[] signature = ours.Sign(message);
        LmsKeyRing ring = LmsTestKeys.Ring(2, publicKey);

        Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Int[0, 7], (part, position, bit) => (part, position, bit)).Sample(t =>
        {
            byte[] m = (byte[])message.Clone();
            byte[] s = (byte[])signature.Clone();
            byte[] k = (byte[])publicKey.Clone();
            byte[] target = t.part switch { 0 => m, 1 => s, _ => k };
            target[t.position % target.Length] ^= (byte)(1 << t.bit);

            var altered = new LmsKeyRing(Sha256.Create);
            bool oursAccepts = altered.Add(2, k) && altered.Verify(2, m, s) == SignatureCheck.Valid;

            Assert.False(oursAccepts);

            // BouncyCastle 2.7.0 skips RFC 8554 5.4.2 step 2c (the signature's LMS type must equal the key's): with the
            // key's type rewritten from H5 to H15 it still accepts. We reject that (WrongScheme); compare the rest.
            bool keyTypeField = t.part == 2 && t.position % k.Length < 4;
            Assert.True(keyTypeField || !BouncyCastleLms.Verify(k, m, s));
        }, iter: 150, threads: 1);

        Assert.Equal(SignatureCheck.Valid, ring.Verify(2, message, signature));
    }

    [Fact]
    public void Verify_CraftedH15Signature_BouncyCastleAgrees()
    {
        byte[] message = [8, 6];
        (byte[] publicKey, byte[] signature) = LmsCraftedSignatures.Craft(LmsParameterSet.H15, LmOtsParameterSet.W2, message, 5);

        Assert.True(BouncyCastleLms.Verify(publicKey, message, signature));
        Assert.Equal(SignatureCheck.Valid, LmsTestKeys.Ring(1, publicKey).Verify(1, message, signature));
        signature[^1] ^= 1;
        Assert.False(BouncyCastleLms.Verify(publicKey, message, signature));
        Assert.Equal(SignatureCheck.Invalid, LmsTestKeys.Ring(1, publicKey).Verify(1, message, signature));
    }

    private static (LmsParameterSet, LmOtsParameterSet) Parse(string name)
    {
        Assert.True(LmsScheme.TryParseParameters(name, out LmsParameterSet parameters, out LmOtsParameterSet ots));
        return (parameters, ots);
    }

    private static (OurLmsSigner, LmsPrivateKeyParameters, byte[]) Pair(LmsParameterSet parameters, LmOtsParameterSet ots, int seed)
    {
        LmsPrivateKey key = LmsTestKeys.Key(parameters, ots, seed);
        var store = new MemoryStore();
        byte[] publicKey = new LmsKeyGenerator(Sha256.Create).Generate(key, store);
        return (new OurLmsSigner(store, Sha256.Create), seed == KeySeed ? TheirKey(key) : BouncyCastleLms.PrivateKey(key), publicKey);
    }

    private static LmsPrivateKeyParameters TheirKey(LmsPrivateKey key)
    {
        string name = $"{key.Parameters.Name}/{key.Ots.Name}";
        if (!TheirKeys.TryGetValue(name, out LmsPrivateKeyParameters? theirs))
        {
            theirs = BouncyCastleLms.PrivateKey(key);
            TheirKeys[name] = theirs;
        }

        return theirs;
    }

    private static (LmsPrivateKeyParameters, LmsKeyRing) BouncyCastleKey(LmsParameterSet parameters, LmOtsParameterSet ots)
    {
        var generator = new LmsKeyPairGenerator();
        generator.Init(new LmsKeyGenerationParameters(
            new LmsParameters(BouncyCastleLms.Tree(parameters), BouncyCastleLms.Ots(ots)), new Org.BouncyCastle.Security.SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var ring = new LmsKeyRing(Sha256.Create);
        Assert.True(ring.Add(9, ((LmsPublicKeyParameters)pair.Public).GetEncoded()));
        return ((LmsPrivateKeyParameters)pair.Private, ring);
    }
}
