namespace Generals.Bench.Soak;

/// <summary>Reads the capture file <see cref="SoakCapture"/> wrote: [u8 channel][u8 node][i64 ms][i32 length][bytes], repeated.</summary>
public static class SoakCaptureFile
{
    /// <summary>The largest payload the broker lets through (its packet limit); a longer record means a torn or foreign file.</summary>
    private const int PayloadBytesMax = 64 << 10;

    public static IEnumerable<CapturedFrame> Read(string path)
    {
        using var reader = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16));
        long length = reader.BaseStream.Length;
        while (reader.BaseStream.Position < length)
        {
            var channel = (CaptureChannel)reader.ReadByte();
            int node = reader.ReadByte();
            long unixMs = reader.ReadInt64();
            int size = reader.ReadInt32();
            if (size < 0 || size > PayloadBytesMax)
            {
                throw new InvalidDataException($"{path}: a record of {size} bytes at {reader.BaseStream.Position}: not a capture file");
            }

            yield return new CapturedFrame(channel, node, unixMs, reader.ReadBytes(size));
        }
    }
}
