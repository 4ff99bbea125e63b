using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// One General's private signing key with its state. Stateful schemes (LMS) reserve one-time key
    /// indices in the store before a signature is returned, so a power cut can never cause a reuse.
    /// </summary>
    public interface ISigner
    {
        /// <summary>The scheme this key belongs to.</summary>
        SignatureScheme Scheme { get; }

        /// <summary>The signature of <paramref name="message"/>, or null when the key cannot sign (see <see cref="LastError"/>).</summary>
        byte[] Sign(byte[] message);

        /// <summary>Why the last <see cref="Sign"/> returned null; <see cref="SignError.None"/> after a success.</summary>
        SignError LastError { get; }

        /// <summary>Signatures left before the key is exhausted (long.MaxValue for stateless schemes).</summary>
        long RemainingSignatures { get; }
    }

    /// <summary>Why signing failed. Numbers are reported in telemetry (<c>SignFailed</c>): never renumber.</summary>
    public enum SignError
    {
        /// <summary>Signed.</summary>
        None = 0,

        /// <summary>Every one-time key of a stateful key has been used or reserved.</summary>
        KeyExhausted = 1,

        /// <summary>The reservation could not be recorded, so no signature may leave.</summary>
        ReservationFailed = 2,

        /// <summary>This General has no signing key.</summary>
        NoKey = 3,

        /// <summary>The private key record is there but damaged (checksum or format): nothing is signed with it.</summary>
        KeyDamaged = 4,

        /// <summary>A record of the stored Merkle tree is missing, damaged or inconsistent: a signature would not verify.</summary>
        TreeDamaged = 5,

        /// <summary>Every copy of the reservation mark is damaged: nobody knows which one-time keys were used, so none is.</summary>
        MarkDamaged = 6,
    }
}
