using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// A kit's signature scheme (DESIGN 8): makes keys at provisioning, opens a General's signer over the store that
    /// holds its private state (and, for stateful schemes, its one-time key mark), and builds the verifier of the kit's
    /// public keys. `lms` lives in Core; `ed25519` (NSec) on the host; `ideal` in the simulator.
    /// </summary>
    public interface ISignatureScheme
    {
        /// <summary>The scheme id on the wire.</summary>
        SignatureScheme Id { get; }

        /// <summary>The name in nf.config and key files ("lms", "ed25519", "ideal").</summary>
        string Name { get; }

        /// <summary>The parameter set keys are generated with ("H10/W4"), or "" when the scheme has none.</summary>
        string Parameters { get; }

        /// <summary>Bytes of fresh randomness <see cref="GenerateKey"/> needs.</summary>
        int EntropyBytes { get; }

        /// <summary>
        /// Makes a key pair from <paramref name="entropy"/> (exactly <see cref="EntropyBytes"/> bytes from a secure source),
        /// writes the private state into <paramref name="store"/> and flushes it, and returns the public key.
        /// </summary>
        byte[] GenerateKey(byte[] entropy, IStore store);

        /// <summary>The signer over the private state in <paramref name="store"/>; it fails with <see cref="SignError.NoKey"/> when there is none.</summary>
        ISigner OpenSigner(IStore store);

        /// <summary>The verifier of <paramref name="keys"/>; keys that do not parse are left out (their signer is unknown).</summary>
        IVerifier CreateVerifier(PublicKeySet keys);

        /// <summary>True when <paramref name="publicKey"/> is a well-formed public key of this scheme.</summary>
        bool IsPublicKey(byte[] publicKey);
    }
}
