using System.IO.Compression;
using System.Text;
using CsCheck;
using Generals.Core.Runtime;

namespace Generals.Core.Tests.Runtime;

public class SealedRecordTests
{
    private static readonly Gen<string> Names = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789/._-"].Array[1, SealedRecord.NameMax].Select(c => new string(c));

    [Fact]
    public void Open_SealedPayload_GivesItBackValid()
    {
        Gen.Select(Names, Gen.Byte.Array[0, 300]).Sample((name, payload) =>
        {
            RecordState state = SealedRecord.Open(name, SealedRecord.Seal(name, payload), out byte[] opened);

            Assert.Equal(RecordState.Valid, state);
            Assert.Equal(payload, opened);
        });
    }

    [Fact]
    public void Seal_KnownRecord_HasTheDocumentedLayout()
    {
        // docs/storage.md: [u8 1][payload][u32 CRC-32 LE of (u8 name length, name, version, payload)].
        byte[] sealedRecord = SealedRecord.Seal("node/incarnation", [7, 0, 0, 0]);

        byte[] covered = [16, .. Encoding.ASCII.GetBytes("node/incarnation"), 1, 7, 0, 0, 0];
        Assert.Equal([1, 7, 0, 0, 0, .. BitConverter.GetBytes(Crc32.Compute(covered))], sealedRecord);
    }

    [Fact]
    public void Seal_VectorsOfDocsStorage_GiveTheDocumentedBytesAndOpenBack()
    {
        string[] lines = File.ReadAllLines(RepoPaths.Combine("docs", "storage.md"));
        int start = Array.IndexOf(lines, "```vectors");
        Assert.True(start >= 0, "docs/storage.md has a ```vectors block");
        int count = 0;
        for (int i = start + 1; lines[i] != "```"; i++)
        {
            string[] parts = lines[i].Split('|', StringSplitOptions.TrimEntries);
            byte[] payload = parts[1] == "-" ? [] : Convert.FromHexString(parts[1]);

            Assert.Equal(parts[2], Convert.ToHexStringLower(SealedRecord.Seal(parts[0], payload)));
            Assert.Equal(RecordState.Valid, SealedRecord.Open(parts[0], Convert.FromHexString(parts[2]), out byte[] opened));
            Assert.Equal(payload, opened);
            count++;
        }

        Assert.True(count >= 5);
    }

    [Fact]
    public void Open_OneToThreeFlippedBits_IsNeverValid()
    {
        // CRC-32 has Hamming distance 4 up to about 11 KB: every 1-, 2- or 3-bit error is caught.
        Gen.Select(Names, Gen.Byte.Array[0, 2100], Gen.Int[1, 3], Gen.Int.Array[3]).Sample((name, payload, flips, positions) =>
        {
            byte[] record = SealedRecord.Seal(name, payload);
            var bits = new HashSet<int>();
            for (int i = 0; i < flips; i++)
            {
                bits.Add((int)((uint)positions[i] % (uint)(record.Length * 8)));
            }

            foreach (int bit in bits)
            {
                record[bit / 8] ^= (byte)(1 << (bit % 8));
            }

            Assert.NotEqual(RecordState.Valid, SealedRecord.Open(name, record, out byte[] opened));
            Assert.Null(opened);
        });
    }

    [Fact]
    public void Open_RandomBytes_ValidOnlyWhenAnIndependentCrcAgrees()
    {
        // Half the cases are sealed records with random damage, half plain noise; the verdict must be exactly the
        // one an independent CRC (gzip's) and the layout give, never "valid" by accident.
        Gen<byte[]> records = Gen.OneOf(
            Gen.Byte.Array[0, 64],
            Gen.Select(Gen.Byte.Array[0, 64], Gen.Int[0, 70], Gen.Byte, (payload, at, value) =>
            {
                byte[] record = SealedRecord.Seal("lms.mark", payload);
                if (at < record.Length)
                {
                    record[at] = value;
                }

                return record;
            }));
        records.Sample(record =>
        {
            RecordState state = SealedRecord.Open("lms.mark", record, out byte[] payload);

            RecordState expected = record.Length < SealedRecord.OverheadBytes ? RecordState.Damaged
                : ReferenceCrc([8, .. "lms.mark"u8, .. record[..^4]]) != BitConverter.ToUInt32(record, record.Length - 4) ? RecordState.Damaged
                : record[0] != SealedRecord.Version ? RecordState.Unsupported
                : RecordState.Valid;
            Assert.Equal(expected, state);
            Assert.Equal(state == RecordState.Valid, payload != null);
        }, iter: 2000);
    }

    [Fact]
    public void Open_RecordOfAnotherName_IsDamaged()
    {
        byte[] record = SealedRecord.Seal("link/rx/2", [1, 2, 3]);

        Assert.Equal(RecordState.Damaged, SealedRecord.Open("link/rx/3", record, out _));
    }

    [Fact]
    public void Open_MissingShortAndNewerVersion_AreToldApart()
    {
        byte[] newer = SealedRecord.Seal("detector", [5]);
        newer[0] = 2;
        uint crc = Crc32.Compute([8, .. "detector"u8, 2, 5]);
        BitConverter.GetBytes(crc).CopyTo(newer, newer.Length - 4);

        Assert.Equal(RecordState.Missing, SealedRecord.Open("detector", null!, out _));
        Assert.Equal(RecordState.Damaged, SealedRecord.Open("detector", [1, 2, 3, 4], out _));
        Assert.Equal(RecordState.Damaged, SealedRecord.Open("detector", [], out _));
        Assert.Equal(RecordState.Unsupported, SealedRecord.Open("detector", newer, out _));
    }

    private static uint ReferenceCrc(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        byte[] compressed = buffer.ToArray();
        return BitConverter.ToUInt32(compressed, compressed.Length - 8);
    }
}
