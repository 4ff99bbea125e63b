using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Generals.Core.Crypto;
using Generals.Core.Node;
using Generals.Core.Wire;

namespace Generals.Bench;

/// <summary>
/// What sealing telemetry costs a general and checking it costs the harness: one telemetry event (a Decided report:
/// 59 bytes under the tag, 94 sealed) sealed and verified with Core's portable HMAC-SHA256, against
/// System.Security.Cryptography's HMACSHA256 over the same bytes. An LMS H10/W4 signature of the same event costs about 250 µs and one of the key's 1024 indices.
/// </summary>
[MemoryDiagnoser]
public class TelemetryMacBenchmarks
{
    private readonly byte[] _key = new byte[FrameMac.KeyBytes];
    private FrameMac _mac = null!;
    private Frame _event = null!;
    private byte[] _sealed = null!;
    private FrameLayout _layout;
    private byte[] _signedPart = null!;

    [GlobalSetup]
    public void Setup()
    {
        _key[0] = 7;
        _mac = new FrameMac(_key);
        _event = new Frame(FrameKind.Event, "lab", new FrameRoute(2, FrameLimits.HarnessId), new FrameStamp(3, 41, 0, 0),
            ValueRecord.Encode((int)TelemetryType.Decided, [1, 7, 1, 1]));
        _sealed = _mac.Seal(_event);
        FrameCodec.TryRead(_sealed, 0, _sealed.Length, out _layout);
        _signedPart = FrameCodec.EncodeSignedPart(_event, true);
    }

    [Benchmark]
    public byte[] SealEvent() => _mac.Seal(_event);

    [Benchmark]
    public bool VerifyEvent() => _mac.Verifies(_sealed, 0, _layout);

    [Benchmark(Baseline = true)]
    public byte[] SystemHmacSha256() => HMACSHA256.HashData(_key, _signedPart);
}
