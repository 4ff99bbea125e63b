using Generals.Core.Crypto;

namespace Generals.Core.Tests.Crypto;

/// <summary>Deterministic LMS keys for tests, generated once per parameter set (key generation is the slow part).</summary>
internal static class LmsTestKeys
{
    private static readonly Dictionary<string, (MemoryStore Store, byte[] PublicKey)> Cache = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>A fresh store holding a key of the given parameters (a copy of the cached one) and its public key.</summary>
    public static (MemoryStore Store, byte[] PublicKey) Fresh(LmsParameterSet parameters, LmOtsParameterSet ots, int seed = 1)
    {
        string name = $"{parameters.Name}/{ots.Name}/{seed}";
        lock (Gate)
        {
            if (!Cache.TryGetValue(name, out (MemoryStore Store, byte[] PublicKey) entry))
            {
                var store = new MemoryStore();
                byte[] publicKey = new LmsKeyGenerator(Sha256.Create).Generate(Key(parameters, ots, seed), store);
                entry = (store, publicKey);
                Cache[name] = entry;
            }

            return (entry.Store.Copy(), entry.PublicKey);
        }
    }

    public static LmsPrivateKey Key(LmsParameterSet parameters, LmOtsParameterSet ots, int seed)
    {
        var random = new Random(seed);
        byte[] identifier = new byte[16];
        byte[] secret = new byte[32];
        random.NextBytes(identifier);
        random.NextBytes(secret);
        return new LmsPrivateKey(parameters, ots, identifier, secret);
    }

    public static LmsKeyRing Ring(int signerId, byte[] publicKey)
    {
        var ring = new LmsKeyRing(Sha256.Create);
        Assert.True(ring.Add(signerId, publicKey));
        return ring;
    }
}
