using Generals.Core.Runtime;

namespace Generals.Core.Wire
{
    /// <summary>
    /// One wire-format v2 frame: header, payload and an optional signature over header and payload.
    /// Immutable; the constructor refuses fields the format cannot carry (that would be our bug, not a peer's).
    /// </summary>
    public sealed class Frame
    {
        private static readonly byte[] NoBytes = new byte[0];

        // The payload as received: PayloadLength bytes of _payloadSource from _payloadOffset. _payload is that copied out,
        // made when first asked for (a frame read where it lies copies nothing until a module keeps its payload).
        private readonly byte[] _payloadSource;
        private readonly int _payloadOffset;
        private byte[] _payload;

        // A payload that writes itself into the encoded frame (an SM(m) chain), or null.
        private readonly IPayloadWriter _writer;

        /// <summary>Creates an unsigned frame; use <see cref="WithSignature"/> to attach a signature.</summary>
        public Frame(FrameKind kind, string kit, FrameRoute route, FrameStamp stamp, byte[] payload)
            : this(kind, kit, route, stamp, payload, SignatureScheme.None, null)
        {
        }

        /// <summary>
        /// An unsigned frame whose payload <paramref name="payload"/> writes itself into the bytes the frame is encoded into
        /// (one copy, where it is sent); <see cref="Payload"/> makes an array of it only when asked.
        /// </summary>
        public Frame(FrameKind kind, string kit, FrameRoute route, FrameStamp stamp, IPayloadWriter payload)
            : this(kind, kit, route, stamp, PayloadBytes.ArrayOrNull(payload), SignatureScheme.None, null)
        {
            Check.NotNull(payload, "payload");
            if (PayloadBytes.ArrayOrNull(payload) == null)
            {
                Check.That(payload.PayloadLength >= 0 && payload.PayloadLength <= FrameLimits.PayloadBytesMax, "payload within limit");
                _writer = payload;
                _payload = null;
                _payloadSource = null;
                PayloadLength = payload.PayloadLength;
            }
        }

        /// <summary>
        /// An unsigned frame whose payload is the <paramref name="payloadLength"/> bytes of <paramref name="source"/> from
        /// <paramref name="payloadOffset"/>, not copied: the received bytes, read where they lie. The caller keeps the source
        /// unchanged while the frame is in use; <see cref="Payload"/> copies it out when first asked.
        /// </summary>
        public Frame(FrameKind kind, string kit, FrameRoute route, FrameStamp stamp, byte[] source, int payloadOffset, int payloadLength)
            : this(kind, kit, route, stamp, null, SignatureScheme.None, null)
        {
            Check.NotNull(source, "source");
            Check.That(payloadOffset >= 0 && payloadLength >= 0 && payloadLength <= source.Length - payloadOffset, "payload within its source");
            Check.That(payloadLength <= FrameLimits.PayloadBytesMax, "payload within limit");
            _payloadSource = source;
            _payloadOffset = payloadOffset;
            PayloadLength = payloadLength;
            _payload = payloadOffset == 0 && payloadLength == source.Length ? source : null;
        }

        private Frame(FrameKind kind, string kit, FrameRoute route, FrameStamp stamp, byte[] payload,
            SignatureScheme scheme, byte[] signature)
        {
            Check.That(kind >= FrameKind.Data && kind <= FrameKind.Event, "frame kind is defined");
            Check.That(KitName.IsValid(kit), "kit name is 1..16 of [a-z0-9-]");
            Check.NotNull(route, "route");
            Check.NotNull(stamp, "stamp");
            payload = payload == null ? NoBytes : payload;
            Check.That(payload.Length <= FrameLimits.PayloadBytesMax, "payload within limit");
            if (scheme == SignatureScheme.None)
            {
                Check.That(signature == null, "no signature bytes without a scheme");
            }
            else
            {
                Check.That(scheme <= SignatureScheme.HmacSha256Vector, "signature scheme is defined");
                Check.NotNull(signature, "signature");
                Check.That(signature.Length > 0 && signature.Length <= FrameLimits.SignatureBytesMax,
                    "signature length within limit");
            }

            Kind = kind;
            Kit = kit;
            Route = route;
            Stamp = stamp;
            _payload = payload;
            _payloadSource = payload;
            PayloadLength = payload.Length;
            Scheme = scheme;
            Signature = signature;
        }

        /// <summary>What the frame carries.</summary>
        public FrameKind Kind { get; }

        /// <summary>The kit the frame belongs to; a frame for another kit is not ours.</summary>
        public string Kit { get; }

        /// <summary>Sender and destination.</summary>
        public FrameRoute Route { get; }

        /// <summary>Incarnation, sequence, protocol instance and round.</summary>
        public FrameStamp Stamp { get; }

        /// <summary>Application bytes; never null, possibly empty. A frame read where it lies copies them out here, once.</summary>
        public byte[] Payload
        {
            get
            {
                if (_payload == null && _writer != null)
                {
                    byte[] written = new byte[PayloadLength];
                    _writer.WritePayload(written, 0);
                    _payload = written;
                }
                else if (_payload == null)
                {
                    _payload = Bytes.Slice(_payloadSource, _payloadOffset, PayloadLength);
                }

                return _payload;
            }
        }

        /// <summary>Bytes in the payload.</summary>
        public int PayloadLength { get; }

        /// <summary>The array the payload lies in (at <see cref="PayloadOffset"/>): read it without a copy, never change it.</summary>
        public byte[] PayloadSource
        {
            get { return _writer != null ? Payload : _payloadSource; }
        }

        /// <summary>Where the payload starts in <see cref="PayloadSource"/>.</summary>
        public int PayloadOffset
        {
            get { return _writer != null ? 0 : _payloadOffset; }
        }

        /// <summary>The payload's writer when it writes itself into the encoded frame (FrameCodec), else null.</summary>
        internal IPayloadWriter Writer
        {
            get { return _writer; }
        }

        /// <summary>The signature's scheme, or <see cref="SignatureScheme.None"/> when unsigned.</summary>
        public SignatureScheme Scheme { get; }

        /// <summary>Signature bytes over the encoded header and payload, or null when unsigned.</summary>
        public byte[] Signature { get; }

        /// <summary>True when a signature is attached.</summary>
        public bool IsSigned
        {
            get { return Scheme != SignatureScheme.None; }
        }

        /// <summary>This frame with a signature attached (replacing any previous one).</summary>
        public Frame WithSignature(SignatureScheme scheme, byte[] signature)
        {
            Check.That(scheme != SignatureScheme.None, "a signature needs a scheme");
            return new Frame(Kind, Kit, Route, Stamp, Payload, scheme, signature);
        }

        /// <summary>This frame without its signature.</summary>
        public Frame WithoutSignature()
        {
            return new Frame(Kind, Kit, Route, Stamp, Payload, SignatureScheme.None, null);
        }

        /// <summary>This frame with another route (a spoofing nemesis, or a relay), unsigned.</summary>
        public Frame WithRoute(FrameRoute route)
        {
            return new Frame(Kind, Kit, route, Stamp, Payload, SignatureScheme.None, null);
        }

        /// <summary>Field-by-field equality, payload and signature compared by content.</summary>
        public bool SameAs(Frame other)
        {
            if (other == null)
            {
                return false;
            }

            return Kind == other.Kind && Kit == other.Kit && Route.SameAs(other.Route) && Stamp.SameAs(other.Stamp)
                && Scheme == other.Scheme && Bytes.Equal(Payload, other.Payload) && Bytes.Equal(Signature, other.Signature);
        }
    }
}
