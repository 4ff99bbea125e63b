namespace Generals.Core.Node
{
    /// <summary>A signing key is exhausted or near exhaustion (<see cref="TelemetryType.KeyExhausted"/>).</summary>
    public sealed class KeyExhaustedEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 1;

        /// <summary>Creates the event.</summary>
        public KeyExhaustedEvent(long remainingSignatures)
        {
            RemainingSignatures = remainingSignatures;
        }

        /// <summary>Signatures the key can still make.</summary>
        public long RemainingSignatures { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.KeyExhausted; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { RemainingSignatures };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static KeyExhaustedEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            return new KeyExhaustedEvent(values[0]);
        }
    }
}
