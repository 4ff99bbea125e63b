using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Core.Node
{
    /// <summary>A protocol decided, persisted before this report (<see cref="TelemetryType.Decided"/>).</summary>
    public sealed class DecidedEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 4;

        /// <summary>Creates the event.</summary>
        public DecidedEvent(int protocol, long instance, long value, int round)
        {
            Check.That(protocol >= 0 && protocol <= 255, "protocol fits a byte");
            Check.That(round >= 0 && round <= FrameLimits.RoundMax, "round is a round number");
            Protocol = protocol;
            Instance = instance;
            Value = value;
            Round = round;
        }

        /// <summary>The protocol (Protocols.ProtocolCodes: 1 Two Generals, 2 OM, 3 SM).</summary>
        public int Protocol { get; }

        /// <summary>The protocol instance.</summary>
        public long Instance { get; }

        /// <summary>The decision: 0 RETREAT, 1 ATTACK.</summary>
        public long Value { get; }

        /// <summary>The round the decision closed (m for OM and SM, 0 for Two Generals).</summary>
        public int Round { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.Decided; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)Protocol, Instance, Value, (long)Round };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static DecidedEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            if (!(values[0] >= 0 && values[0] <= 255 && values[3] >= 0 && values[3] <= FrameLimits.RoundMax))
            {
                return null;
            }

            return new DecidedEvent((int)values[0], values[1], values[2], (int)values[3]);
        }
    }
}
