using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>A protocol message was sent (<see cref="TelemetryType.ProtocolSent"/>).</summary>
    public sealed class ProtocolSentEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 4;

        /// <summary>Creates the event.</summary>
        public ProtocolSentEvent(int protocol, long instance, int round, int to)
        {
            Check.That(protocol >= 0 && protocol <= 255, "protocol fits a byte");
            Check.That(round >= 0 && round <= FrameLimits.RoundMax, "round is a round number");
            Check.That(to >= 0 && to <= FrameLimits.Broadcast, "to is an id");
            Protocol = protocol;
            Instance = instance;
            Round = round;
            To = to;
        }

        /// <summary>The protocol (Protocols.ProtocolCodes).</summary>
        public int Protocol { get; }

        /// <summary>The protocol instance.</summary>
        public long Instance { get; }

        /// <summary>The round.</summary>
        public int Round { get; }

        /// <summary>The destination (<see cref="FrameLimits.Broadcast"/>: every peer).</summary>
        public int To { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.ProtocolSent; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)Protocol, Instance, (long)Round, (long)To };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static ProtocolSentEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            if (!(values[0] >= 0 && values[0] <= 255 && values[2] >= 0 && values[2] <= FrameLimits.RoundMax && values[3] >= 0 && values[3] <= FrameLimits.Broadcast))
            {
                return null;
            }

            return new ProtocolSentEvent((int)values[0], values[1], (int)values[2], (int)values[3]);
        }
    }
}
