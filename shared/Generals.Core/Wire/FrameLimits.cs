namespace Generals.Core.Wire
{
    /// <summary>Every limit of wire format version 1 (docs/wire-format.md), with why each number is what it is.</summary>
    public static class FrameLimits
    {
        /// <summary>The only version this codec reads and writes.</summary>
        public const byte Version = 1;

        /// <summary>Kit names are short topic segments: 16 bytes keeps a frame header under 40 bytes.</summary>
        public const int KitBytesMax = 16;

        /// <summary>General ids are one byte; 0 is the harness.</summary>
        public const int HarnessId = 0;

        /// <summary>The highest id a General may have.</summary>
        public const int GeneralIdMax = 254;

        /// <summary>Destination meaning every General.</summary>
        public const int Broadcast = 255;

        /// <summary>Payload limit: an SM(m) order with three LMS H10/W4 signatures (3 x 2508 bytes) fits.</summary>
        public const int PayloadBytesMax = 10240;

        /// <summary>Signature limit: the largest LMS signature we support (H15/W1, 9004 bytes) fits.</summary>
        public const int SignatureBytesMax = 9216;

        /// <summary>
        /// Bytes of one authenticator entry (<see cref="SignatureScheme.HmacSha256Vector"/>): the receiver's id and its 32-byte
        /// tag. A block of <see cref="SignatureBytesMax"/> holds 279 entries, more than the 254 generals a kit can have.
        /// </summary>
        public const int AuthenticatorEntryBytes = 33;

        /// <summary>Fixed header bytes besides the kit name: version, kind, flags, kit length, from, to,
        /// incarnation, sequence, instance, round, payload length.</summary>
        public const int HeaderFixedBytes = 22;

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
