using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// Seals and checks frames with HMAC-SHA256 under one symmetric key from provisioning (docs/signatures.md). The
    /// tag covers what a signature covers (the header, with the signed flag set, and the payload) and travels in the
    /// signature block as <see cref="SignatureScheme.HmacSha256"/>. A General's telemetry key seals its events and
    /// status; the same seal under a per-pair key is meant for links. Freshness is the caller's: the frame's stamp is
    /// under the tag, so a receiver refuses a counter it has already passed.
    /// </summary>
    public sealed class FrameMac
    {
        /// <summary>Bytes of a key: the hash's output, so a key derived or drawn at random is full strength.</summary>
        public const int KeyBytes = 32;

        /// <summary>Bytes of the tag a sealed frame carries: the full HMAC-SHA256 output, never truncated.</summary>
        public const int TagBytes = HmacSha256.TagBytes;

        private readonly HmacSha256 _mac;

        /// <summary>A seal under <paramref name="key"/> (exactly <see cref="KeyBytes"/> bytes).</summary>
        public FrameMac(byte[] key)
            : this(key, null)
        {
        }

        /// <summary>A seal under <paramref name="key"/> whose compressions <paramref name="counter"/> counts (null: not counted).</summary>
        public FrameMac(byte[] key, Sha256Counter counter)
        {
            Check.NotNull(key, "key");
            Check.That(key.Length == KeyBytes, "a frame MAC key is 32 bytes");
            _mac = new HmacSha256(key, counter);
        }

        private FrameMac(HmacSha256 mac)
        {
            _mac = mac;
        }

        /// <summary>The same seal (same key, same tags) with its compressions from now on counted by <paramref name="counter"/>.</summary>
        public FrameMac CountedBy(Sha256Counter counter)
        {
            return new FrameMac(_mac.CountedBy(counter));
        }

        /// <summary>The encoded <paramref name="frame"/> (unsigned) with its tag attached.</summary>
        public byte[] Seal(Frame frame)
        {
            Check.NotNull(frame, "frame");
            Check.That(!frame.IsSigned, "a frame is sealed once, unsigned");
            byte[] bytes = FrameCodec.EncodeForSignature(frame, SignatureScheme.HmacSha256, TagBytes);
            int signedLength = FrameCodec.SignedLength(frame);
            _mac.Compute(bytes, 0, signedLength, bytes, signedLength + FrameLimits.SignatureHeaderBytes);
            return bytes;
        }

        /// <summary>Writes the tag of the <paramref name="signedLength"/> bytes <paramref name="bytes"/> starts with at <paramref name="tagOffset"/>.</summary>
        internal void Tag(byte[] bytes, int signedLength, int tagOffset)
        {
            _mac.Compute(bytes, 0, signedLength, bytes, tagOffset);
        }

        /// <summary>True when the tag at <paramref name="tagOffset"/> is this key's over the <paramref name="signedLength"/> bytes at <paramref name="offset"/>.</summary>
        internal bool VerifiesTag(byte[] bytes, int offset, int signedLength, int tagOffset)
        {
            return _mac.Verify(bytes, offset, signedLength, bytes, tagOffset, TagBytes);
        }

        /// <summary>
        /// True when the frame read at <paramref name="offset"/> into <paramref name="layout"/> (by <see cref="FrameCodec.TryRead"/>)
        /// carries a valid HMAC-SHA256 tag under this key. An unsigned frame, another scheme or another tag length is false.
        /// </summary>
        public bool Verifies(byte[] bytes, int offset, FrameLayout layout)
        {
            Check.NotNull(bytes, "bytes");
            if (layout.Scheme != SignatureScheme.HmacSha256)
            {
                return false;
            }

            return _mac.Verify(bytes, offset, layout.SignedLength, bytes, layout.SignatureOffset, layout.SignatureLength);
        }
    }
}
