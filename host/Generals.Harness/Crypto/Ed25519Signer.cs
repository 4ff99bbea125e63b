using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using NSec.Cryptography;

namespace Generals.Harness.Crypto;

/// <summary>An Ed25519 private key as an <see cref="ISigner"/>; without a well-formed key record it fails with <see cref="SignError.NoKey"/>.</summary>
public sealed class Ed25519Signer : ISigner, IDisposable
{
    private readonly Key? _key;

    /// <summary>Opens the key in <paramref name="record"/> (see <see cref="Ed25519Scheme.KeyRecord"/>), or none when it is missing or malformed.</summary>
    public Ed25519Signer(byte[]? record)
    {
        if (record is { Length: 1 + Ed25519Scheme.SeedBytes } && record[0] == Ed25519Scheme.KeyFormat)
        {
            _key = Key.Import(Ed25519Scheme.Algorithm, record.AsSpan(1), KeyBlobFormat.RawPrivateKey);
        }
    }

    public SignatureScheme Scheme => SignatureScheme.Ed25519;

    public SignError LastError { get; private set; }

    public long RemainingSignatures => _key == null ? 0 : long.MaxValue;

    /// <summary>The public key, or null without a key.</summary>
    public byte[]? PublicKey => _key?.PublicKey.Export(KeyBlobFormat.RawPublicKey);

    public byte[] Sign(byte[] message)
    {
        Check.NotNull(message, "message");
        if (_key == null)
        {
            LastError = SignError.NoKey;
            return null!;
        }

        LastError = SignError.None;
        return Ed25519Scheme.Algorithm.Sign(_key, message);
    }

    public void Dispose() => _key?.Dispose();
}
