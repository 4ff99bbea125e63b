using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// Seals one frame for several receivers with an authenticator, as Castro and Liskov's PBFT does: a vector of entries,
    /// each a receiver's id and an HMAC-SHA256 tag under the key that receiver's link shares with the sender, all over the
    /// bytes a single seal covers (<see cref="FrameMac"/>: the header, addressed to <see cref="FrameLimits.Broadcast"/>, and
    /// the payload). The frame travels as <see cref="SignatureScheme.HmacSha256Vector"/>: published, and held by the sender
    /// until it leaves, once instead of once per receiver (an SM(2) relay of two LMS signatures is 4.9 KB). A receiver checks
    /// its own entry only; the others are under keys it does not hold, so it can neither use nor forge them. The stamp is
    /// under every tag, so each receiver's replay window refuses the frame a second time.
    /// </summary>
    public static class FrameAuthenticator
    {
        /// <summary>
        /// The most receivers one authenticator names: as many entries as a signature block holds (271). A kit may have more
        /// generals than that, so a General sends to more receivers as several frames (Node/General.SendToEach).
        /// </summary>
        public const int ReceiversMax = FrameLimits.SignatureBytesMax / FrameLimits.AuthenticatorEntryBytes;

        /// <summary>
        /// The encoded <paramref name="frame"/> (unsigned, to <see cref="FrameLimits.Broadcast"/>) with an entry for each of the
        /// first <paramref name="count"/> ids of <paramref name="receivers"/> (distinct, each sharing a key in <paramref name="keys"/>).
        /// </summary>
        public static byte[] Seal(Frame frame, int[] receivers, int count, LinkKeys keys)
        {
            return Seal(frame, receivers, 0, count, keys);
        }

        /// <summary>
        /// The encoded <paramref name="frame"/> (unsigned, to <see cref="FrameLimits.Broadcast"/>) with an entry for each of the
        /// <paramref name="count"/> ids of <paramref name="receivers"/> from index <paramref name="first"/> (at most
        /// <see cref="ReceiversMax"/>, distinct, each sharing a key in <paramref name="keys"/>).
        /// </summary>
        public static byte[] Seal(Frame frame, int[] receivers, int first, int count, LinkKeys keys)
        {
            Check.NotNull(frame, "frame");
            Check.NotNull(receivers, "receivers");
            Check.NotNull(keys, "keys");
            Check.That(frame.Route.IsBroadcast, "an authenticated frame for several receivers is addressed to all");
            Check.InRange(count, 1, ReceiversMax, "count");
            Check.That(first >= 0 && count <= receivers.Length - first, "count within receivers");
            byte[] bytes = FrameCodec.EncodeForSignature(frame, SignatureScheme.HmacSha256Vector, count * FrameLimits.AuthenticatorEntryBytes);
            int signedLength = FrameCodec.SignedLength(frame);
            int at = signedLength + FrameLimits.SignatureHeaderBytes;
            for (int i = first; i < first + count; i++)
            {
                int receiver = receivers[i];
                FrameMac mac = keys.MacFor(receiver);
                Check.That(mac != null, "every receiver shares a link key");
                for (int earlier = first; earlier < i; earlier++)
                {
                    Check.That(receivers[earlier] != receiver, "receivers are distinct");
                }

                Bytes.WriteUInt16(bytes, at, receiver);
                mac.Tag(bytes, signedLength, at + FrameLimits.IdBytes);
                at += FrameLimits.AuthenticatorEntryBytes;
            }

            return bytes;
        }

        /// <summary>Entries in the authenticator of the frame read into <paramref name="layout"/>; 0 for any other scheme.</summary>
        public static int Entries(FrameLayout layout)
        {
            return layout.Scheme == SignatureScheme.HmacSha256Vector ? layout.SignatureLength / FrameLimits.AuthenticatorEntryBytes : 0;
        }

        /// <summary>
        /// The receiver id that entry <paramref name="index"/> (0 .. <see cref="Entries"/> - 1) of the frame read into
        /// <paramref name="layout"/> names, as the bytes say (a forged frame may name any id, or one twice).
        /// </summary>
        public static int ReceiverAt(byte[] bytes, FrameLayout layout, int index)
        {
            Check.NotNull(bytes, "bytes");
            Check.InRange(index, 0, Entries(layout) - 1, "index");
            return Bytes.ReadUInt16(bytes, layout.SignatureOffset + index * FrameLimits.AuthenticatorEntryBytes);
        }

        /// <summary>
        /// True when the authenticator of the frame read into <paramref name="layout"/> names <paramref name="receiver"/> (the
        /// network routes such a frame to the receivers it names only). False for any other scheme.
        /// </summary>
        public static bool Lists(byte[] bytes, FrameLayout layout, int receiver)
        {
            return EntryOf(bytes, layout, receiver) >= 0;
        }

        /// <summary>
        /// True when the frame read at <paramref name="offset"/> into <paramref name="layout"/> carries an authenticator whose
        /// entry for <paramref name="receiver"/> is a valid tag under <paramref name="mac"/> (the key of the link with the sender).
        /// </summary>
        public static bool Verifies(byte[] bytes, int offset, FrameLayout layout, int receiver, FrameMac mac)
        {
            Check.NotNull(bytes, "bytes");
            Check.NotNull(mac, "mac");
            int entry = EntryOf(bytes, layout, receiver);
            return entry >= 0 && mac.VerifiesTag(bytes, offset, layout.SignedLength, entry + FrameLimits.IdBytes);
        }

        // The offset of the receiver's entry, or -1: the codec has checked the block is whole entries.
        private static int EntryOf(byte[] bytes, FrameLayout layout, int receiver)
        {
            if (layout.Scheme != SignatureScheme.HmacSha256Vector)
            {
                return -1;
            }

            int end = layout.SignatureOffset + layout.SignatureLength;
            for (int at = layout.SignatureOffset; at < end; at += FrameLimits.AuthenticatorEntryBytes)
            {
                if (Bytes.ReadUInt16(bytes, at) == receiver)
                {
                    return at;
                }
            }

            return -1;
        }
    }
}
