using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Generals.Core.Crypto;
using Generals.Core.Runtime;
using NSec.Cryptography;
using Org.BouncyCastle.Pqc.Crypto.Lms;
using BcLmsSigner = Org.BouncyCastle.Pqc.Crypto.Lms.LmsSigner;
using OurLmsSigner = Generals.Core.Crypto.LmsSigner;
using Sha256 = Generals.Core.Crypto.Sha256;

namespace Generals.Bench;

/// <summary>
/// One signature and one verification of a 100-byte message: our LMS H10/W4 (portable SHA-256, as on the board)
/// against BouncyCastle's LMS H10/W4 and NSec's Ed25519. Target: our verify within 1.5 times BouncyCastle's.
/// A key holds 1024 signatures, so the job pins 256 invocations per iteration and keys are renewed between iterations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8, invocationCount: InvocationsPerIteration)]
public class SignatureBenchmarks
{
    // 256 signatures take about 60 ms: enough for a stable iteration, and a key still lasts two iterations.
    private const int InvocationsPerIteration = 256;
    private const int RenewBelow = 2 * InvocationsPerIteration;

    private readonly byte[] _message = new byte[100];
    private BenchStore _store = null!;
    private OurLmsSigner _ours = null!;
    private LmsKeyRing _ourRing = null!;
    private byte[] _ourSignature = null!;
    private LmsPrivateKeyParameters _bcKey = null!;
    private BcLmsSigner _bcSigner = null!;
    private BcLmsSigner _bcVerifier = null!;
    private byte[] _bcSignature = null!;
    private Key _edKey = null!;
    private PublicKey _edPublic = null!;
    private byte[] _edSignature = null!;

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_message);
        var key = new LmsPrivateKey(LmsParameterSet.H10, LmOtsParameterSet.W4, new byte[16], Enumerable.Repeat((byte)7, 32).ToArray());
        _store = new BenchStore();
        byte[] publicKey = new LmsKeyGenerator(Sha256.Create).Generate(key, _store);
        _ours = new OurLmsSigner(_store, Sha256.Create);
        _ourRing = new LmsKeyRing(Sha256.Create);
        _ourRing.Add(1, publicKey);
        _ourSignature = _ours.Sign(_message);

        NewBouncyCastleKey();
        _bcVerifier = new BcLmsSigner();
        _bcVerifier.Init(false, _bcKey.GetPublicKey());
        _bcSignature = _bcSigner.GenerateSignature(_message);

        _edKey = Key.Create(SignatureAlgorithm.Ed25519);
        _edPublic = _edKey.PublicKey;
        _edSignature = SignatureAlgorithm.Ed25519.Sign(_edKey, _message);
        Check.That(_ourRing.Verify(1, _message, _ourSignature) == SignatureCheck.Valid, "our LMS verifies");
        Check.That(_bcVerifier.VerifySignature(_message, _bcSignature), "BouncyCastle LMS verifies");
    }

    [IterationSetup]
    public void RenewKeys()
    {
        if (_ours.RemainingSignatures < RenewBelow)
        {
            // Benchmark only: winding the mark back reuses one-time keys, which a real signer must never do.
            LmsMark.Write(_store, 0);
            _ours = new OurLmsSigner(_store, Sha256.Create);
        }

        if (_bcKey.GetUsagesRemaining() < RenewBelow)
        {
            NewBouncyCastleKey();
        }
    }

    [Benchmark]
    public byte[] OurLmsSign() => _ours.Sign(_message);

    [Benchmark]
    public SignatureCheck OurLmsVerify() => _ourRing.Verify(1, _message, _ourSignature);

    [Benchmark]
    public byte[] BouncyCastleLmsSign() => _bcSigner.GenerateSignature(_message);

    [Benchmark]
    public bool BouncyCastleLmsVerify() => _bcVerifier.VerifySignature(_message, _bcSignature);

    [Benchmark]
    public byte[] NSecEd25519Sign() => SignatureAlgorithm.Ed25519.Sign(_edKey, _message);

    [Benchmark]
    public bool NSecEd25519Verify() => SignatureAlgorithm.Ed25519.Verify(_edPublic, _message, _edSignature);

    [GlobalCleanup]
    public void Cleanup() => _edKey.Dispose();

    private void NewBouncyCastleKey()
    {
        _bcKey = Lms.GenerateKeys(LMSigParameters.lms_sha256_n32_h10, LMOtsParameters.sha256_n32_w4, 0, new byte[16], Enumerable.Repeat((byte)9, 32).ToArray());
        _bcSigner = new BcLmsSigner();
        _bcSigner.Init(true, _bcKey);
        _bcSigner.GenerateSignature(_message);
    }

    // Records in memory, durable at once: the signer's reservation costs what a dictionary write costs.
    private sealed class BenchStore : IStore
    {
        private readonly Dictionary<string, byte[]> _records = new(StringComparer.Ordinal);

        public byte[] Read(string name) => _records.TryGetValue(name, out byte[]? record) ? record : null!;

        public void Write(string name, byte[] record) => _records[name] = record;

        public void Flush()
        {
        }
    }
}
