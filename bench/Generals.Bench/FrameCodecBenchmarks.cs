using BenchmarkDotNet.Attributes;
using Generals.Core.Wire;

namespace Generals.Bench;

/// <summary>Encode and decode of a 100-byte frame (target: at least 2 million decodes a second on one core).</summary>
[MemoryDiagnoser]
public class FrameCodecBenchmarks
{
    private Frame _frame = null!;
    private byte[] _bytes = null!;
    private byte[] _buffer = null!;

    [GlobalSetup]
    public void Setup()
    {
        // 22 header bytes + 3 kit bytes + 75 payload bytes = 100 bytes on the wire.
        _frame = new Frame(FrameKind.Protocol, "lab", new FrameRoute(1, 2), new FrameStamp(3, 17, 42, 1), new byte[75]);
        _bytes = FrameCodec.Encode(_frame);
        _buffer = new byte[FrameLimits.FrameBytesMax];
        if (_bytes.Length != 100)
        {
            throw new InvalidOperationException("benchmark frame must be 100 bytes");
        }
    }

    [Benchmark]
    public Frame Decode100()
    {
        FrameCodec.TryDecode(_bytes, out Frame frame);
        return frame;
    }

    [Benchmark]
    public byte[] Encode100() => FrameCodec.Encode(_frame);

    [Benchmark]
    public int EncodeInto100() => FrameCodec.EncodeInto(_frame, _buffer, 0);
}
