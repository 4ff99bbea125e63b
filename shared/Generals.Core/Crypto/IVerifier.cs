using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>Checks signatures against the kit's public keys, by signer id (0 is the harness).</summary>
    public interface IVerifier
    {
        /// <summary>The scheme the kit uses.</summary>
        SignatureScheme Scheme { get; }

        /// <summary>Whether <paramref name="signature"/> is <paramref name="signerId"/>'s over <paramref name="message"/>.
        /// Never throws: malformed signatures and unknown signers are typed results.</summary>
        SignatureCheck Verify(int signerId, byte[] message, byte[] signature);

        /// <summary>
        /// Whether the <paramref name="signatureLength"/> bytes of <paramref name="signature"/> from <paramref name="signatureOffset"/>
        /// are <paramref name="signerId"/>'s signature over the <paramref name="messageLength"/> bytes of <paramref name="message"/>
        /// from <paramref name="messageOffset"/>: both read where they lie (a received frame, a reused buffer), nothing copied.
        /// Never throws: segments outside their arrays, malformed signatures and unknown signers are typed results.
        /// </summary>
        SignatureCheck Verify(int signerId, byte[] message, int messageOffset, int messageLength, byte[] signature, int signatureOffset, int signatureLength);
    }

    /// <summary>What every <see cref="IVerifier"/> checks first about the segments it is given.</summary>
    public static class VerifierSegments
    {
        /// <summary>True when both segments are non-null and lie within their arrays.</summary>
        public static bool Valid(byte[] message, int messageOffset, int messageLength, byte[] signature, int signatureOffset, int signatureLength)
        {
            return message != null && signature != null && messageOffset >= 0 && messageLength >= 0 && messageLength <= message.Length - messageOffset
                && signatureOffset >= 0 && signatureLength >= 0 && signatureLength <= signature.Length - signatureOffset;
        }
    }

    /// <summary>The outcome of a verification. Numbers are stable.</summary>
    public enum SignatureCheck
    {
        /// <summary>The signature is the signer's over the message.</summary>
        Valid = 0,

        /// <summary>Well-formed, but not a signature of this message by this signer.</summary>
        Invalid = 1,

        /// <summary>The signature bytes do not parse for the scheme.</summary>
        Malformed = 2,

        /// <summary>No public key is known for the signer id.</summary>
        UnknownSigner = 3,

        /// <summary>The signature names a different scheme or parameter set than the key.</summary>
        WrongScheme = 4,
    }
}
