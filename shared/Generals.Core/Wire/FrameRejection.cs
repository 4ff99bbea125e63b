namespace Generals.Core.Wire
{
    /// <summary>Why the decoder refused a byte string. <see cref="None"/> means it decoded. Numbers are stable.</summary>
    public enum FrameRejection
    {
        /// <summary>Not rejected: a valid frame.</summary>
        None = 0,

        /// <summary>No bytes at all.</summary>
        Empty = 1,

        /// <summary>Longer than <see cref="FrameLimits.FrameBytesMax"/>.</summary>
        TooLong = 2,

        /// <summary>Ends before a field it announced.</summary>
        Truncated = 3,

        /// <summary>A version other than <see cref="FrameLimits.Version"/>.</summary>
        UnsupportedVersion = 4,

        /// <summary>A kind outside <see cref="FrameKind"/>.</summary>
        UnknownKind = 5,

        /// <summary>A flag bit that the format reserves is set.</summary>
        ReservedFlags = 6,

        /// <summary>Kit name length outside 1..<see cref="FrameLimits.KitBytesMax"/>.</summary>
        BadKitLength = 7,

        /// <summary>Kit name has a byte outside [a-z0-9-].</summary>
        BadKitCharacter = 8,

        /// <summary>The sender is the broadcast address.</summary>
        BadSender = 9,

        /// <summary>Payload longer than <see cref="FrameLimits.PayloadBytesMax"/>.</summary>
        PayloadTooLong = 10,

        /// <summary>The signed flag is set but the scheme is not one of <see cref="SignatureScheme"/>.</summary>
        UnknownScheme = 11,

        /// <summary>Signature length 0 or above <see cref="FrameLimits.SignatureBytesMax"/>, or an authenticator that is not whole entries.</summary>
        BadSignatureLength = 12,

        /// <summary>Bytes left over after the last field.</summary>
        TrailingBytes = 13,
    }
}
