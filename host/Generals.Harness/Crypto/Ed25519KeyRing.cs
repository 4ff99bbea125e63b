using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Core.Wire;
using NSec.Cryptography;

namespace Generals.Harness.Crypto;

/// <summary>
/// Verifies Ed25519 signatures against the kit's public keys by signer id; total, like every <see cref="IVerifier"/>. Holds
/// only the signers added (<see cref="IdTable"/>), not a slot for every possible id.
/// </summary>
public sealed class Ed25519KeyRing : IVerifier
{
    private readonly IdTable _keys = new();

    public SignatureScheme Scheme => SignatureScheme.Ed25519;

    /// <summary>How many signers have a key.</summary>
    public int Count => _keys.Count;

    /// <summary>Slots the ring's table holds (what it costs; see <see cref="IdTable.Capacity"/>).</summary>
    public int Capacity => _keys.Capacity;

    /// <summary>Sets a signer's key; false (and no change) when the id or the key is malformed.</summary>
    public bool Add(int signerId, byte[] publicKey)
    {
        if (signerId is < FrameLimits.HarnessId or > FrameLimits.GeneralIdMax || publicKey is not { Length: Ed25519Scheme.PublicKeyBytes }
            || !PublicKey.TryImport(Ed25519Scheme.Algorithm, publicKey, KeyBlobFormat.RawPublicKey, out PublicKey? key))
        {
            return false;
        }

        _keys.Set(signerId, key);
        return true;
    }

    public SignatureCheck Verify(int signerId, byte[] message, byte[] signature) =>
        Verify(signerId, message, 0, message?.Length ?? 0, signature, 0, signature?.Length ?? 0);

    public SignatureCheck Verify(int signerId, byte[] message, int messageOffset, int messageLength, byte[] signature, int signatureOffset, int signatureLength)
    {
        if (_keys.Get(signerId) is not PublicKey key)
        {
            return SignatureCheck.UnknownSigner;
        }

        if (!VerifierSegments.Valid(message, messageOffset, messageLength, signature, signatureOffset, signatureLength)
            || signatureLength != Ed25519Scheme.SignatureBytes)
        {
            return SignatureCheck.Malformed;
        }

        return Ed25519Scheme.Algorithm.Verify(key, message.AsSpan(messageOffset, messageLength), signature.AsSpan(signatureOffset, signatureLength))
            ? SignatureCheck.Valid : SignatureCheck.Invalid;
    }
}
