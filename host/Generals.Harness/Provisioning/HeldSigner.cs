using Generals.Core.Crypto;
using Generals.Core.Wire;
using Generals.Harness.Crypto;

namespace Generals.Harness.Provisioning;

/// <summary>
/// A signer over its private state file, holding that file's lock for as long as it lives (a `generals node`
/// holds it until it exits, the harness for the run): no second process can sign with the same key meanwhile.
/// </summary>
public sealed class HeldSigner : ISigner, IDisposable
{
    private readonly ISigner _signer;
    private readonly SecretFileStore _store;

    public HeldSigner(ISigner signer, SecretFileStore store)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(store);
        _signer = signer;
        _store = store;
    }

    /// <summary>The private state file.</summary>
    public string File => _store.Path;

    public SignatureScheme Scheme => _signer.Scheme;

    public SignError LastError => _signer.LastError;

    public long RemainingSignatures => _signer.RemainingSignatures;

    /// <summary>Why the key cannot sign at all (missing or damaged state), known at open; <see cref="SignError.None"/> otherwise.</summary>
    public SignError Failure => _signer switch
    {
        LmsSigner lms => lms.Failure,
        Ed25519Signer ed25519 => ed25519.Failure,
        _ => SignError.None,
    };

    public byte[] Sign(byte[] message) => _signer.Sign(message);

    /// <summary>Releases the key (and its lock).</summary>
    public void Dispose()
    {
        (_signer as IDisposable)?.Dispose();
        _store.Dispose();
    }
}
