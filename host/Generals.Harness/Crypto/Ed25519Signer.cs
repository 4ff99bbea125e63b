using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using NSec.Cryptography;

namespace Generals.Harness.Crypto;

/// <summary>
/// An Ed25519 private key as an <see cref="ISigner"/>; without a key record it fails with <see cref="SignError.NoKey"/>,
/// with a damaged one (seal or format) with <see cref="SignError.KeyDamaged"/>.
/// </summary>
public sealed class Ed25519Signer : ISigner, IDisposable
{
    private readonly Key? _key;

    /// <summary>Opens the key record as <see cref="SealedRecord"/> read it: its state and, when valid, its payload.</summary>
    public Ed25519Signer(RecordState state, byte[]? payload)
    {
        if (state == RecordState.Valid && payload is { Length: 1 + Ed25519Scheme.SeedBytes } && payload[0] == Ed25519Scheme.KeyFormat)
        {
            _key = Key.Import(Ed25519Scheme.Algorithm, payload.AsSpan(1), KeyBlobFormat.RawPrivateKey);
        }

        Failure = _key != null ? SignError.None : state == RecordState.Missing ? SignError.NoKey : SignError.KeyDamaged;
    }

    /// <summary>Why this key cannot sign at all, or <see cref="SignError.None"/>.</summary>
    public SignError Failure { get; }

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
            LastError = Failure;
            return null!;
        }

        LastError = SignError.None;
        return Ed25519Scheme.Algorithm.Sign(_key, message);
    }

    public void Dispose() => _key?.Dispose();
}
