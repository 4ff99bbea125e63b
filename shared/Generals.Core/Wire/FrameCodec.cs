using Generals.Core.Runtime;

namespace Generals.Core.Wire
{
    /// <summary>
    /// Encodes and decodes wire format v2 (docs/wire-format.md). The decoder is total: for any byte string
    /// it returns a frame or a typed <see cref="FrameRejection"/>, never throws on input, and never allocates
    /// more than the input it was given (itself at most <see cref="FrameLimits.FrameBytesMax"/>).
    /// </summary>
    public static class FrameCodec
    {
        private const int KitLengthOffset = 3;
        private const int KitOffset = 4;

        // The header's fields after the kit name: from, to, incarnation, sequence, instance, round, payload length.
        private const int AfterKitBytes = FrameLimits.HeaderFixedBytes - KitOffset;

        // The kit name of the last frame decoded. A node hears its own kit almost always, so handing back this
        // string instead of building a new one saves two of a decode's six allocations (char[] and string).
        // One entry is enough and bounds the memory; reading or swapping a reference is atomic, so decoders on
        // other threads at worst miss and build their own string.
        private static string recentKit = string.Empty;

        /// <summary>Bytes the encoded frame takes.</summary>
        public static int EncodedLength(Frame frame)
        {
            Check.NotNull(frame, "frame");
            int length = SignedLength(frame);
            if (frame.IsSigned)
            {
                length += FrameLimits.SignatureHeaderBytes + frame.Signature.Length;
            }

            return length;
        }

        /// <summary>Bytes a signature covers: the header and payload, as encoded.</summary>
        public static int SignedLength(Frame frame)
        {
            return FrameLimits.HeaderFixedBytes + frame.Kit.Length + frame.PayloadLength;
        }

        /// <summary>The encoded frame.</summary>
        public static byte[] Encode(Frame frame)
        {
            byte[] buffer = new byte[EncodedLength(frame)];
            EncodeInto(frame, buffer, 0);
            return buffer;
        }

        /// <summary>The bytes a signature of this frame covers (header and payload, with the signed flag as it
        /// will be sent). Sign these, then attach the signature with <see cref="Frame.WithSignature"/>.</summary>
        public static byte[] EncodeSignedPart(Frame frame, bool willBeSigned)
        {
            byte[] buffer = new byte[SignedLength(frame)];
            WriteHeaderAndPayload(frame, buffer, 0, willBeSigned);
            return buffer;
        }

        /// <summary>
        /// The unsigned <paramref name="frame"/> encoded as signed with <paramref name="scheme"/>, its signature block's
        /// <paramref name="signatureBytes"/> left zero at <see cref="SignedLength"/> + <see cref="FrameLimits.SignatureHeaderBytes"/>
        /// for the caller to fill (a MAC computed over the bytes before it): one array, no second frame.
        /// </summary>
        public static byte[] EncodeForSignature(Frame frame, SignatureScheme scheme, int signatureBytes)
        {
            Check.NotNull(frame, "frame");
            Check.That(!frame.IsSigned, "a frame is signed once");
            Check.That(scheme != SignatureScheme.None && signatureBytes >= 1 && signatureBytes <= FrameLimits.SignatureBytesMax, "a signature block");
            int signedLength = SignedLength(frame);
            int length = signedLength + FrameLimits.SignatureHeaderBytes + signatureBytes;
            Check.That(length <= FrameLimits.FrameBytesMax, "encoded frame within limit");
            byte[] buffer = new byte[length];
            int at = WriteHeaderAndPayload(frame, buffer, 0, true);
            buffer[at] = (byte)scheme;
            Bytes.WriteUInt16(buffer, at + 1, signatureBytes);
            return buffer;
        }

        /// <summary>Writes the frame at <paramref name="offset"/>; returns the bytes written.</summary>
        public static int EncodeInto(Frame frame, byte[] buffer, int offset)
        {
            int length = EncodedLength(frame);
            Check.That(length <= FrameLimits.FrameBytesMax, "encoded frame within limit");
            Check.That(buffer.Length - offset >= length, "buffer holds the frame");
            int at = WriteHeaderAndPayload(frame, buffer, offset, frame.IsSigned);
            if (frame.IsSigned)
            {
                buffer[at] = (byte)frame.Scheme;
                Bytes.WriteUInt16(buffer, at + 1, frame.Signature.Length);
                System.Array.Copy(frame.Signature, 0, buffer, at + 3, frame.Signature.Length);
                at += FrameLimits.SignatureHeaderBytes + frame.Signature.Length;
            }

            Check.That(at - offset == length, "wrote exactly the encoded length");
            return length;
        }

        /// <summary>
        /// Offset of the sender's two bytes, read from the header's kit length alone (so also in a frame whose other bytes were
        /// corrupted), or -1 when the header is too short or its kit length out of range.
        /// </summary>
        public static int SenderOffset(byte[] bytes)
        {
            if (bytes == null || bytes.Length <= KitLengthOffset)
            {
                return -1;
            }

            int kitLength = bytes[KitLengthOffset];
            if (kitLength < 1 || kitLength > FrameLimits.KitBytesMax || bytes.Length < KitOffset + kitLength + FrameLimits.IdBytes)
            {
                return -1;
            }

            return KitOffset + kitLength;
        }

        /// <summary>
        /// Rewrites the sender id of the encoded frame <paramref name="bytes"/> in place (a spoofing nemesis; a signature, if
        /// any, stays and no longer matches). False, and nothing written, when <see cref="SenderOffset"/> finds no sender field.
        /// </summary>
        public static bool TrySetSender(byte[] bytes, int sender)
        {
            Check.InRange(sender, FrameLimits.HarnessId, FrameLimits.GeneralIdMax, "sender");
            int at = SenderOffset(bytes);
            if (at < 0)
            {
                return false;
            }

            Bytes.WriteUInt16(bytes, at, sender);
            return true;
        }

        /// <summary>Decodes a whole byte array. Returns <see cref="FrameRejection.None"/> and the frame, or the reason.</summary>
        public static FrameRejection TryDecode(byte[] bytes, out Frame frame)
        {
            if (bytes == null)
            {
                frame = null;
                return FrameRejection.Empty;
            }

            return TryDecode(bytes, 0, bytes.Length, out frame);
        }

        /// <summary>
        /// Validates <paramref name="count"/> bytes at <paramref name="offset"/> exactly as <see cref="TryDecode(byte[], int, int, out Frame)"/>
        /// does and reads where every field lies, allocating nothing (the harness routes frames with it).
        /// </summary>
        public static FrameRejection TryRead(byte[] bytes, int offset, int count, out FrameLayout layout)
        {
            layout = new FrameLayout();
            if (bytes == null || count <= 0 || offset < 0 || offset > bytes.Length || count > bytes.Length - offset)
            {
                return count > 0 && bytes != null ? FrameRejection.Truncated : FrameRejection.Empty;
            }

            if (count > FrameLimits.FrameBytesMax)
            {
                return FrameRejection.TooLong;
            }

            if (bytes[offset] != FrameLimits.Version)
            {
                return FrameRejection.UnsupportedVersion;
            }

            if (count < KitOffset)
            {
                return FrameRejection.Truncated;
            }

            int kind = bytes[offset + 1];
            if (kind < (int)FrameKind.Data || kind > (int)FrameKind.Event)
            {
                return FrameRejection.UnknownKind;
            }

            int flags = bytes[offset + 2];
            if ((flags & ~FrameLimits.FlagSigned) != 0)
            {
                return FrameRejection.ReservedFlags;
            }

            int kitLength = bytes[offset + KitLengthOffset];
            if (kitLength < 1 || kitLength > FrameLimits.KitBytesMax)
            {
                return FrameRejection.BadKitLength;
            }

            int headerLength = FrameLimits.HeaderFixedBytes + kitLength;
            if (count < headerLength)
            {
                return FrameRejection.Truncated;
            }

            for (int i = 0; i < kitLength; i++)
            {
                if (!KitName.IsValidByte(bytes[offset + KitOffset + i]))
                {
                    return FrameRejection.BadKitCharacter;
                }
            }

            int at = offset + KitOffset + kitLength;
            int from = Bytes.ReadUInt16(bytes, at);
            int to = Bytes.ReadUInt16(bytes, at + 2);
            if (from == FrameLimits.Broadcast)
            {
                return FrameRejection.BadSender;
            }

            uint incarnation = Bytes.ReadUInt32(bytes, at + 4);
            uint sequence = Bytes.ReadUInt32(bytes, at + 8);
            uint instance = Bytes.ReadUInt32(bytes, at + 12);
            int round = Bytes.ReadUInt16(bytes, at + 16);
            int payloadLength = Bytes.ReadUInt16(bytes, at + 18);
            at += AfterKitBytes;
            if (payloadLength > FrameLimits.PayloadBytesMax)
            {
                return FrameRejection.PayloadTooLong;
            }

            int end = offset + count;
            if (end - at < payloadLength)
            {
                return FrameRejection.Truncated;
            }

            int payloadAt = at;
            at += payloadLength;
            SignatureScheme scheme = SignatureScheme.None;
            int signatureAt = 0;
            int signatureLength = 0;
            if ((flags & FrameLimits.FlagSigned) != 0)
            {
                if (end - at < FrameLimits.SignatureHeaderBytes)
                {
                    return FrameRejection.Truncated;
                }

                int schemeByte = bytes[at];
                if (schemeByte < (int)SignatureScheme.Ideal || schemeByte > (int)SignatureScheme.HmacSha256Vector)
                {
                    return FrameRejection.UnknownScheme;
                }

                signatureLength = Bytes.ReadUInt16(bytes, at + 1);
                if (signatureLength < 1 || signatureLength > FrameLimits.SignatureBytesMax
                    || (schemeByte == (int)SignatureScheme.HmacSha256Vector && signatureLength % FrameLimits.AuthenticatorEntryBytes != 0))
                {
                    return FrameRejection.BadSignatureLength;
                }

                at += FrameLimits.SignatureHeaderBytes;
                if (end - at < signatureLength)
                {
                    return FrameRejection.Truncated;
                }

                scheme = (SignatureScheme)schemeByte;
                signatureAt = at;
                at += signatureLength;
            }

            if (at != end)
            {
                return FrameRejection.TrailingBytes;
            }

            layout.Kind = (FrameKind)kind;
            layout.KitOffset = offset + KitOffset;
            layout.KitLength = kitLength;
            layout.From = from;
            layout.To = to;
            layout.Incarnation = incarnation;
            layout.Sequence = sequence;
            layout.Instance = instance;
            layout.Round = round;
            layout.PayloadOffset = payloadAt;
            layout.PayloadLength = payloadLength;
            layout.Scheme = scheme;
            layout.SignatureOffset = signatureAt;
            layout.SignatureLength = signatureLength;
            layout.SignedLength = payloadAt + payloadLength - offset;
            return FrameRejection.None;
        }

        /// <summary>Decodes <paramref name="count"/> bytes at <paramref name="offset"/>. Never throws for any content.</summary>
        public static FrameRejection TryDecode(byte[] bytes, int offset, int count, out Frame frame)
        {
            frame = null;
            FrameLayout layout;
            FrameRejection rejection = TryRead(bytes, offset, count, out layout);
            if (rejection != FrameRejection.None)
            {
                return rejection;
            }

            string kit = ReadKit(bytes, layout.KitOffset, layout.KitLength);
            Frame decoded = new Frame(layout.Kind, kit, new FrameRoute(layout.From, layout.To),
                new FrameStamp(layout.Incarnation, layout.Sequence, layout.Instance, layout.Round),
                Bytes.Slice(bytes, layout.PayloadOffset, layout.PayloadLength));
            if (layout.Scheme != SignatureScheme.None)
            {
                decoded = decoded.WithSignature(layout.Scheme, Bytes.Slice(bytes, layout.SignatureOffset, layout.SignatureLength));
            }

            frame = decoded;
            return FrameRejection.None;
        }

        /// <summary>True when the frame read into <paramref name="layout"/> names kit <paramref name="kit"/> (compared where it lies, nothing allocated).</summary>
        public static bool HasKit(byte[] bytes, FrameLayout layout, string kit)
        {
            Check.NotNull(kit, "kit");
            return SameKit(kit, bytes, layout.KitOffset, layout.KitLength);
        }

        private static int WriteHeaderAndPayload(Frame frame, byte[] buffer, int offset, bool signed)
        {
            int kitLength = frame.Kit.Length;
            buffer[offset] = FrameLimits.Version;
            buffer[offset + 1] = (byte)frame.Kind;
            buffer[offset + 2] = signed ? FrameLimits.FlagSigned : (byte)0;
            buffer[offset + KitLengthOffset] = (byte)kitLength;
            for (int i = 0; i < kitLength; i++)
            {
                buffer[offset + KitOffset + i] = (byte)frame.Kit[i];
            }

            int at = offset + KitOffset + kitLength;
            Bytes.WriteUInt16(buffer, at, frame.Route.From);
            Bytes.WriteUInt16(buffer, at + 2, frame.Route.To);
            Bytes.WriteUInt32(buffer, at + 4, frame.Stamp.Incarnation);
            Bytes.WriteUInt32(buffer, at + 8, frame.Stamp.Sequence);
            Bytes.WriteUInt32(buffer, at + 12, frame.Stamp.Instance);
            Bytes.WriteUInt16(buffer, at + 16, frame.Stamp.Round);
            Bytes.WriteUInt16(buffer, at + 18, frame.PayloadLength);
            at += AfterKitBytes;
            if (frame.Writer != null)
            {
                frame.Writer.WritePayload(buffer, at);
            }
            else
            {
                System.Array.Copy(frame.PayloadSource, frame.PayloadOffset, buffer, at, frame.PayloadLength);
            }

            return at + frame.PayloadLength;
        }

        private static string ReadKit(byte[] bytes, int offset, int length)
        {
            string recent = recentKit;
            if (SameKit(recent, bytes, offset, length))
            {
                return recent;
            }

            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)bytes[offset + i];
            }

            string kit = new string(chars);
            recentKit = kit;
            return kit;
        }

        private static bool SameKit(string kit, byte[] bytes, int offset, int length)
        {
            if (kit.Length != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (kit[i] != (char)bytes[offset + i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
