using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>The detector trusts a peer again (<see cref="TelemetryType.Trust"/>).</summary>
    public sealed class TrustEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 2;

        /// <summary>Creates the event.</summary>
        public TrustEvent(int peer, long peerIncarnation)
        {
            Check.That(peer >= 0 && peer <= FrameLimits.Broadcast, "peer is an id");
            Peer = peer;
            PeerIncarnation = peerIncarnation;
        }

        /// <summary>The trusted General.</summary>
        public int Peer { get; }

        /// <summary>The peer's incarnation as this General last heard it.</summary>
        public long PeerIncarnation { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.Trust; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)Peer, PeerIncarnation };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static TrustEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            if (!(values[0] >= 0 && values[0] <= FrameLimits.Broadcast))
            {
                return null;
            }

            return new TrustEvent((int)values[0], values[1]);
        }
    }
}
