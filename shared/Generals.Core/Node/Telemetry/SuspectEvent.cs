using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>The detector began to suspect a peer (<see cref="TelemetryType.Suspect"/>).</summary>
    public sealed class SuspectEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 2;

        /// <summary>Creates the event.</summary>
        public SuspectEvent(int peer, long peerIncarnation)
        {
            Check.That(peer >= 0 && peer <= FrameLimits.Broadcast, "peer is an id");
            Peer = peer;
            PeerIncarnation = peerIncarnation;
        }

        /// <summary>The suspected General.</summary>
        public int Peer { get; }

        /// <summary>The peer's incarnation as this General last heard it.</summary>
        public long PeerIncarnation { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.Suspect; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)Peer, PeerIncarnation };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static SuspectEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            if (!(values[0] >= 0 && values[0] <= FrameLimits.Broadcast))
            {
                return null;
            }

            return new SuspectEvent((int)values[0], values[1]);
        }
    }
}
