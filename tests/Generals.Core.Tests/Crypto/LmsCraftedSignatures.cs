using Generals.Core.Crypto;

namespace Generals.Core.Tests.Crypto;

/// <summary>
/// Valid LMS signatures for trees too big to generate in a test (H15: 32768 one-time keys): a real one-time signature
/// at index q, random authentication path nodes, and the public key whose root those nodes lead to.
/// </summary>
internal static class LmsCraftedSignatures
{
    public static (byte[] PublicKey, byte[] Signature) Craft(LmsParameterSet parameters, LmOtsParameterSet ots, byte[] message, int seed)
    {
        var random = new Random(seed);
        LmsPrivateKey key = LmsTestKeys.Key(parameters, ots, seed);
        uint q = (uint)random.Next(parameters.Leaves);
        var hasher = new LmsHasher(Sha256.Create);
        byte[] signature = new byte[parameters.SignatureBytes(ots)];
        LmsHasher.WriteUInt32BigEndian(signature, 0, q);
        hasher.OtsSign(ots, key.Identifier, q, key.Seed, message, signature, 4);
        int typeAt = 4 + ots.SignatureBytes;
        LmsHasher.WriteUInt32BigEndian(signature, typeAt, parameters.TypeCode);
        random.NextBytes(signature.AsSpan(typeAt + 4));

        byte[] node = new byte[32];
        hasher.OtsPublicKey(ots, key.Identifier, q, key.Seed, node, 0);
        uint r = (uint)parameters.Leaves + q;
        hasher.Leaf(key.Identifier, r, node, 0, node, 0);
        for (int level = 0; level < parameters.Height; level++)
        {
            int sibling = typeAt + 4 + (32 * level);
            if ((r & 1) == 1)
            {
                hasher.Interior(key.Identifier, r >> 1, signature, sibling, node, 0, node, 0);
            }
            else
            {
                hasher.Interior(key.Identifier, r >> 1, node, 0, signature, sibling, node, 0);
            }

            r >>= 1;
        }

        return (LmsPublicKey.Encode(parameters, ots, key.Identifier, node), signature);
    }
}
