using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using NSec.Cryptography;

namespace Generals.Harness.Crypto;

/// <summary>The `ed25519` scheme for host-only kits (DESIGN 8), through NSec (libsodium). Stateless: no mark, no limit.</summary>
public sealed class Ed25519Scheme : ISignatureScheme
{
    /// <summary>The store record holding the private key: a format byte and the 32-byte seed, sealed (<see cref="SealedRecord"/>).</summary>
    public const string KeyRecord = "ed25519.key";

    /// <summary>Bytes of a public key.</summary>
    public const int PublicKeyBytes = 32;

    /// <summary>Bytes of a signature.</summary>
    public const int SignatureBytes = 64;

    internal const byte KeyFormat = 1;
    internal const int SeedBytes = 32;

    public SignatureScheme Id => SignatureScheme.Ed25519;

    public string Name => "ed25519";

    public string Parameters => "";

    public int EntropyBytes => SeedBytes;

    internal static SignatureAlgorithm Algorithm => SignatureAlgorithm.Ed25519;

    public byte[] GenerateKey(byte[] entropy, IStore store)
    {
        ArgumentNullException.ThrowIfNull(entropy);
        ArgumentNullException.ThrowIfNull(store);
        Check.That(entropy.Length == SeedBytes, "Ed25519 key entropy is 32 bytes");
        using Key key = Key.Import(Algorithm, entropy, KeyBlobFormat.RawPrivateKey);
        store.Write(KeyRecord, SealedRecord.Seal(KeyRecord, [KeyFormat, .. entropy]));
        store.Flush();
        return key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
    }

    public ISigner OpenSigner(IStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        RecordState state = SealedRecord.Read(store, KeyRecord, out byte[] payload);
        return new Ed25519Signer(state, payload);
    }

    public IVerifier CreateVerifier(PublicKeySet keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var ring = new Ed25519KeyRing();
        for (int i = 0; i < keys.Count; i++)
        {
            int id = keys.SignerAt(i);
            ring.Add(id, keys.Get(id));
        }

        return ring;
    }

    public bool IsPublicKey(byte[] publicKey) =>
        publicKey is { Length: PublicKeyBytes } && PublicKey.TryImport(Algorithm, publicKey, KeyBlobFormat.RawPublicKey, out _);
}
