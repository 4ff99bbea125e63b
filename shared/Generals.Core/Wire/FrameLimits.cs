namespace Generals.Core.Wire
{
    /// <summary>Every limit of wire format version 2 (docs/wire-format.md), with why each number is what it is.</summary>
    public static class FrameLimits
    {
        /// <summary>The only version this codec reads and writes: 2, whose ids are two bytes (version 1's were one byte).</summary>
        public const byte Version = 2;

        /// <summary>Kit names are short topic segments: 16 bytes keeps a frame header at most 40 bytes.</summary>
        public const int KitBytesMax = 16;

        /// <summary>General ids are two bytes (u16) on the wire; 0 is the harness.</summary>
        public const int HarnessId = 0;

        /// <summary>
        /// The highest id a General may have: the largest two-byte value but one, which is <see cref="Broadcast"/>. Two bytes
        /// because the simulator runs 10,000 generals (issue 16), which one byte (254) could not name.
        /// </summary>
        public const int GeneralIdMax = 65534;

        /// <summary>Destination meaning every General: the largest two-byte value, never a sender.</summary>
        public const int Broadcast = 65535;

        /// <summary>Bytes of a General id in the header and in an authenticator entry (u16, little-endian).</summary>
        public const int IdBytes = 2;

        /// <summary>Payload limit: an SM(m) order with three LMS H10/W4 signatures (3 x 2508 bytes) fits.</summary>
        public const int PayloadBytesMax = 10240;

        /// <summary>Signature limit: the largest LMS signature we support (H15/W1, 9004 bytes) fits.</summary>
        public const int SignatureBytesMax = 9216;

        /// <summary>
        /// Bytes of one authenticator entry (<see cref="SignatureScheme.HmacSha256Vector"/>): the receiver's two-byte id and its
        /// 32-byte tag. A block of <see cref="SignatureBytesMax"/> holds 271 entries, fewer than a kit's generals can be, so a
        /// General sends to more receivers as several authenticator frames (Crypto/FrameAuthenticator.ReceiversMax).
        /// </summary>
        public const int AuthenticatorEntryBytes = IdBytes + 32;

        /// <summary>Fixed header bytes besides the kit name: version, kind, flags, kit length (1 each), from, to (2 each),
        /// incarnation, sequence, instance (4 each), round, payload length (2 each).</summary>
        public const int HeaderFixedBytes = 4 + 2 * IdBytes + 12 + 4;

        /// <summary>Scheme byte and 16-bit signature length.</summary>
        public const int SignatureHeaderBytes = 3;

        /// <summary>Hard limit on an encoded frame; the decoder refuses anything longer before reading it.</summary>
        public const int FrameBytesMax = 20480;

        /// <summary>Flag bit 0: a signature block follows the payload.</summary>
        public const byte FlagSigned = 0x01;

        /// <summary>The highest round number (16 bits on the wire).</summary>
        public const int RoundMax = 65535;
    }
}
