namespace Generals.Core.Wire
{
    /// <summary>Where the fields of a valid encoded frame lie, as <see cref="FrameCodec.TryRead"/> finds them without allocating.</summary>
    public struct FrameLayout
    {
        /// <summary>What the frame carries.</summary>
        public FrameKind Kind;

        /// <summary>Offset of the kit name's bytes.</summary>
        public int KitOffset;

        /// <summary>Length of the kit name.</summary>
        public int KitLength;

        /// <summary>Sender id.</summary>
        public int From;

        /// <summary>Destination id (<see cref="FrameLimits.Broadcast"/>: broadcast).</summary>
        public int To;

        /// <summary>The sender's incarnation.</summary>
        public uint Incarnation;

        /// <summary>The sender's sequence number.</summary>
        public uint Sequence;

        /// <summary>Protocol instance.</summary>
        public uint Instance;

        /// <summary>Round within the instance.</summary>
        public int Round;

        /// <summary>Offset of the payload.</summary>
        public int PayloadOffset;

        /// <summary>Length of the payload.</summary>
        public int PayloadLength;

        /// <summary>The signature's scheme, or None.</summary>
        public SignatureScheme Scheme;

        /// <summary>Offset of the signature bytes (when signed).</summary>
        public int SignatureOffset;

        /// <summary>Length of the signature (0 when unsigned).</summary>
        public int SignatureLength;

        /// <summary>Bytes a signature or MAC covers, from the frame's first byte: the header and the payload.</summary>
        public int SignedLength;
    }
}
