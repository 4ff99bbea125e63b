using System.Security.Cryptography;
using CsCheck;
using Generals.Core.Crypto;

namespace Generals.Core.Tests.Crypto;

public class HmacSha256Tests
{
    // RFC 4231 section 4: test cases 1 to 7 for HMAC-SHA-256 (key, data, tag; case 5's tag is truncated to 128 bits).
    public static TheoryData<string, string, string> Rfc4231 => new()
    {
        { "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "4869205468657265", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7" },
        { "4a656665", "7768617420646f2079612077616e7420666f72206e6f7468696e673f", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843" },
        { new string('a', 40), string.Concat(Enumerable.Repeat("dd", 50)), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe" },
        { "0102030405060708090a0b0c0d0e0f10111213141516171819", string.Concat(Enumerable.Repeat("cd", 50)), "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b" },
        { "0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c", "546573742057697468205472756e636174696f6e", "a3b6167473100ee06e0c796c2955552b" },
        {
            string.Concat(Enumerable.Repeat("aa", 131)),
            "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579204669727374",
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        },
        {
            string.Concat(Enumerable.Repeat("aa", 131)),
            "5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b657920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c676f726974686d2e",
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        },
    };

    [Theory]
    [MemberData(nameof(Rfc4231))]
    public void Mac_Rfc4231Vectors_GivesPublishedTag(string key, string data, string tag)
    {
        byte[] mac = HmacSha256.Mac(Convert.FromHexString(key), Convert.FromHexString(data));

        Assert.Equal(tag, Convert.ToHexStringLower(mac)[..tag.Length]);
    }

    [Fact]
    public void Compute_AnyKeyAndMessage_EqualsSystemHmacSha256()
    {
        Gen.Select(Gen.Byte.Array[0, 200], Gen.Byte.Array[0, 400]).Sample((key, message) =>
        {
            byte[] expected = HMACSHA256.HashData(key, message);

            byte[] mac = HmacSha256.Mac(key, message);

            Assert.Equal(expected, mac);
        }, iter: 2_000);
    }

    [Fact]
    public void Compute_OneInstanceManyMessagesAtOffsets_EachEqualsSystemHmacSha256()
    {
        Gen.Select(Gen.Byte.Array[0, 100], Gen.Byte.Array[0, 300].Array[1, 8], Gen.Int[0, 16]).Sample((key, messages, pad) =>
        {
            var hmac = new HmacSha256(key);

            foreach (byte[] message in messages)
            {
                byte[] padded = new byte[pad + message.Length + pad];
                message.CopyTo(padded, pad);
                byte[] tag = new byte[pad + HmacSha256.TagBytes];
                hmac.Compute(padded, pad, message.Length, tag, pad);

                Assert.Equal(HMACSHA256.HashData(key, message), tag[pad..]);
            }
        }, iter: 500);
    }

    [Fact]
    public void Verify_AnyFlippedBitOrOtherLength_IsFalse()
    {
        Gen.Select(Gen.Byte.Array[1, 64], Gen.Byte.Array[0, 200], Gen.Int[0, (HmacSha256.TagBytes * 8) - 1]).Sample((key, message, bit) =>
        {
            var hmac = new HmacSha256(key);
            byte[] tag = hmac.Compute(message, 0, message.Length);
            byte[] flipped = (byte[])tag.Clone();
            flipped[bit / 8] ^= (byte)(1 << (bit % 8));

            Assert.True(hmac.Verify(message, 0, message.Length, tag, 0, tag.Length));
            Assert.False(hmac.Verify(message, 0, message.Length, flipped, 0, flipped.Length));
            Assert.False(hmac.Verify(message, 0, message.Length, tag, 0, tag.Length - 1));
            Assert.False(hmac.Verify(message, 0, message.Length, null!, 0, tag.Length));
        }, iter: 1_000);
    }
}
