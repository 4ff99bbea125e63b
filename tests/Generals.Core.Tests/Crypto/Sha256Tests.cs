using System.Text;
using CsCheck;
using Generals.Core.Crypto;
using Generals.Core.Wire;

namespace Generals.Core.Tests.Crypto;

public class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    [InlineData(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
    public void Hash_FipsExamples_GivesPublishedDigest(string text, string expected)
    {
        byte[] data = Encoding.ASCII.GetBytes(text);

        byte[] digest = Sha256.Hash(new Sha256(), data, 0, data.Length);

        Assert.Equal(expected, Hex.Encode(digest));
    }

    [Fact]
    public void Update_MillionAInPieces_GivesPublishedDigest()
    {
        var hash = new Sha256();
        byte[] piece = Encoding.ASCII.GetBytes(new string('a', 1000));

        for (int i = 0; i < 1000; i++)
        {
            hash.Update(piece, 0, piece.Length);
        }

        byte[] digest = new byte[32];
        hash.Final(digest, 0);
        Assert.Equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Hex.Encode(digest));
    }

    [Fact]
    public void Update_AnySplitOfTheInput_GivesTheOneShotDigest()
    {
        Gen.Select(Gen.Byte.Array[0, 300], Gen.Int[0, 300], Gen.Int[0, 300], (data, a, b) => (data, a, b)).Sample(t =>
        {
            int first = Math.Min(t.a, t.data.Length);
            int second = Math.Min(t.b, t.data.Length - first);
            var hash = new Sha256();
            byte[] expected = Sha256.Hash(new Sha256(), t.data, 0, t.data.Length);

            hash.Update(t.data, 0, first);
            hash.Update(t.data, first, second);
            hash.Update(t.data, first + second, t.data.Length - first - second);
            byte[] digest = new byte[32];
            hash.Final(digest, 0);

            Assert.Equal(expected, digest);
        }, iter: 2_000);
    }

    [Fact]
    public void Final_ThenNewMessage_StartsFromScratch()
    {
        var hash = new Sha256();
        byte[] abc = Encoding.ASCII.GetBytes("abc");
        hash.Update(abc, 0, 3);
        hash.Final(new byte[32], 0);

        byte[] digest = Sha256.Hash(hash, abc, 0, 3);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hex.Encode(digest));
    }
}
