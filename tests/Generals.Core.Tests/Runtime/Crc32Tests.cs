using System.IO.Compression;
using System.Text;
using CsCheck;
using Generals.Core.Runtime;

namespace Generals.Core.Tests.Runtime;

public class Crc32Tests
{
    [Theory]
    [InlineData("", 0x00000000u)]
    [InlineData("123456789", 0xCBF43926u)] // the "check" value of CRC-32/ISO-HDLC in the CRC catalogue
    [InlineData("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Compute_PublishedCheckValues_Match(string text, uint expected)
    {
        Assert.Equal(expected, Crc32.Compute(Encoding.ASCII.GetBytes(text)));
    }

    [Fact]
    public void Compute_AnyBytes_EqualsTheCrcGzipWritesInItsTrailer()
    {
        // An independent implementation to compare with: gzip's trailer holds the CRC-32 of the data (RFC 1952;
        // .NET writes nothing at all for no data, so at least one byte).
        Gen.Byte.Array[1, 3000].Sample(bytes =>
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(bytes);
            }

            byte[] compressed = buffer.ToArray();
            Assert.Equal(BitConverter.ToUInt32(compressed, compressed.Length - 8), Crc32.Compute(bytes));
        }, iter: 300);
    }

    [Fact]
    public void Update_InPieces_EqualsComputeOfTheWhole()
    {
        Gen.Select(Gen.Byte.Array[0, 500], Gen.Int[0, 500]).Sample((bytes, cut) =>
        {
            int at = Math.Min(cut, bytes.Length);
            uint running = Crc32.Update(Crc32.Initial, bytes, 0, at);
            running = Crc32.Update(running, bytes, at, bytes.Length - at);
            Assert.Equal(Crc32.Compute(bytes), Crc32.Finish(running));
        });
    }
}
