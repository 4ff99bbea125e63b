using Generals.Core.Runtime;

namespace Generals.Core.Wire
{
    /// <summary>
    /// The counters a frame carries: the sender's incarnation (boot count), its sequence number,
    /// the protocol instance and the round within it. Kept apart from the route so no two ints get swapped.
    /// </summary>
    public sealed class FrameStamp
    {
        /// <summary>A stamp with every counter zero (frames that need none, such as telemetry).</summary>
        public static readonly FrameStamp Zero = new FrameStamp(0, 0, 0, 0);

        /// <summary>Creates a stamp; the round fits 16 bits.</summary>
        public FrameStamp(uint incarnation, uint sequence, uint instance, int round)
        {
            Check.InRange(round, 0, FrameLimits.RoundMax, "round");
            Incarnation = incarnation;
            Sequence = sequence;
            Instance = instance;
            Round = round;
        }

        /// <summary>How many times the sender has booted; grows at every boot.</summary>
        public uint Incarnation { get; }

        /// <summary>The sender's sequence number within the incarnation.</summary>
        public uint Sequence { get; }

        /// <summary>The protocol instance this frame belongs to (0 when none).</summary>
        public uint Instance { get; }

        /// <summary>The round within the instance (0 when none).</summary>
        public int Round { get; }

        /// <summary>Equality of all four counters.</summary>
        public bool SameAs(FrameStamp other)
        {
            return other != null && Incarnation == other.Incarnation && Sequence == other.Sequence
                && Instance == other.Instance && Round == other.Round;
        }
    }
}
