using Generals.Core.Runtime;

namespace Generals.Core.Wire
{
    /// <summary>Who sent a frame and to whom: two-byte ids, 0 the harness, 65535 (<see cref="FrameLimits.Broadcast"/>) broadcast (destination only).</summary>
    public sealed class FrameRoute
    {
        /// <summary>Creates a route; the sender can never be the broadcast address.</summary>
        public FrameRoute(int from, int to)
        {
            Check.InRange(from, FrameLimits.HarnessId, FrameLimits.GeneralIdMax, "from");
            Check.InRange(to, FrameLimits.HarnessId, FrameLimits.Broadcast, "to");
            From = from;
            To = to;
        }

        /// <summary>Sender id.</summary>
        public int From { get; }

        /// <summary>Destination id, or <see cref="FrameLimits.Broadcast"/>.</summary>
        public int To { get; }

        /// <summary>True when the frame goes to every General.</summary>
        public bool IsBroadcast
        {
            get { return To == FrameLimits.Broadcast; }
        }

        /// <summary>Equality of both ids.</summary>
        public bool SameAs(FrameRoute other)
        {
            return other != null && From == other.From && To == other.To;
        }
    }
}
