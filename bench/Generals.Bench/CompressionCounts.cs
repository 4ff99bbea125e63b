using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Bench;

/// <summary>
/// What a signature and a link seal cost in SHA-256 compressions, the unit a board's time follows from (docs/signatures.md,
/// "A board's signature budget"): counted, not timed, so the figures are exact and the same on every machine.
/// Run: dotnet run -c Release --project bench/Generals.Bench -- compressions
/// </summary>
public static class CompressionCounts
{
    private const int Signatures = 64;

    public static void Run(TextWriter output)
    {
        LmsScheme.TryParseParameters("H10/W4", out LmsParameterSet parameters, out LmOtsParameterSet ots);
        var scheme = new LmsScheme(parameters, ots, () => new CountingSha256());
        var store = new MemoryStore();
        var keys = new PublicKeySet();
        CountingSha256.Blocks = 0;
        keys.Set(1, scheme.GenerateKey([.. Enumerable.Range(0, scheme.EntropyBytes).Select(i => (byte)i)], store));
        output.WriteLine($"LMS H10/W4 key generation: {CountingSha256.Blocks:N0} compressions");
        ISigner signer = scheme.OpenSigner(store);
        IVerifier verifier = scheme.CreateVerifier(keys);
        byte[] message = new byte[100];
        long signing = 0, verifying = 0;
        for (int i = 0; i < Signatures; i++)
        {
            message[0] = (byte)i;
            CountingSha256.Blocks = 0;
            byte[] signature = signer.Sign(message);
            signing += CountingSha256.Blocks;
            CountingSha256.Blocks = 0;
            verifier.Verify(1, message, signature);
            verifying += CountingSha256.Blocks;
        }

        output.WriteLine($"LMS H10/W4 signature of 100 bytes: {signing / (double)Signatures:N0} compressions on average over {Signatures}");
        output.WriteLine($"LMS H10/W4 verification: {verifying / (double)Signatures:N0} compressions on average");
        foreach (int payload in new[] { 4, 100 })
        {
            var frame = new Frame(FrameKind.Data, "lab", new FrameRoute(1, 2), new FrameStamp(1, 1, 0, 0), new byte[payload]);
            int signed = FrameCodec.SignedLength(frame);
            output.WriteLine($"link seal of a frame with a {payload}-byte payload ({signed} bytes under the tag): {HmacCompressions(signed)} compressions");
        }
    }

    // HMAC-SHA256 with the key's two pad blocks hashed once per key (Crypto/HmacSha256): the inner hash of the message after
    // the pad block, then the outer hash of the 32-byte inner digest after its pad block.
    private static long HmacCompressions(int messageBytes) => Blocks(64 + messageBytes) - 1 + Blocks(64 + 32) - 1;

    private static long Blocks(long bytes) => (bytes + 9 + 63) / 64;

    private sealed class CountingSha256 : ISha256
    {
        private readonly Sha256 _hash = new();
        private long _bytes;

        public static long Blocks { get; set; }

        public void Reset()
        {
            _hash.Reset();
            _bytes = 0;
        }

        public void Update(byte[] data, int offset, int count)
        {
            _hash.Update(data, offset, count);
            _bytes += count;
        }

        public void Final(byte[] output, int offset)
        {
            _hash.Final(output, offset);
            Blocks += CompressionCounts.Blocks(_bytes);
        }
    }

    private sealed class MemoryStore : IStore
    {
        private readonly Dictionary<string, byte[]> _records = new(StringComparer.Ordinal);

        public byte[] Read(string name) => _records.TryGetValue(name, out byte[]? record) ? record : null!;

        public void Write(string name, byte[] record) => _records[name] = record;

        public void Flush()
        {
        }
    }
}
