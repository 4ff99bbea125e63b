using CsCheck;
using Generals.Core.Crypto;
using Generals.Harness.Crypto;

namespace Generals.Harness.Tests.Crypto;

public class SystemSha256Tests
{
    [Fact]
    public void Final_RandomInputsInRandomPieces_EqualsThePortableHash()
    {
        Gen.Select(Gen.Byte.Array[0, 2_000], Gen.Int[0, 2_000], (data, split) => (data, split)).Sample(t =>
        {
            int first = Math.Min(t.split, t.data.Length);
            ISha256 system = new SystemSha256();
            ISha256 portable = new Sha256();
            byte[] expected = new byte[32];
            byte[] actual = new byte[32];

            portable.Update(t.data, 0, t.data.Length);
            portable.Final(expected, 0);
            system.Update(t.data, 0, first);
            system.Update(t.data, first, t.data.Length - first);
            system.Final(actual, 0);

            Assert.Equal(expected, actual);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(t.data), actual);
        }, iter: 3_000);
    }

    [Fact]
    public void Reset_AfterPartialInput_ForgetsIt()
    {
        ISha256 hash = new SystemSha256();
        hash.Update([1, 2, 3], 0, 3);
        hash.Reset();

        byte[] digest = Sha256.Hash(hash, [], 0, 0);

        Assert.Equal(System.Security.Cryptography.SHA256.HashData([]), digest);
    }

    [Fact]
    public void LmsKeys_HostHashAndPortableHash_AreTheSameKey()
    {
        LmsPrivateKey key = Core.Tests.Crypto.LmsTestKeys.Key(LmsParameterSet.H5, LmOtsParameterSet.W4, 8);

        byte[] host = new LmsKeyGenerator(SystemSha256.Create).Generate(key, new Core.Tests.Crypto.MemoryStore());
        byte[] portable = new LmsKeyGenerator(Sha256.Create).Generate(key, new Core.Tests.Crypto.MemoryStore());

        Assert.Equal(portable, host);
    }
}
