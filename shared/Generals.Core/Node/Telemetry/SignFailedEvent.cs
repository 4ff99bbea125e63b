using Generals.Core.Crypto;

namespace Generals.Core.Node
{
    /// <summary>A signature could not be made for a reason other than exhaustion, reported once per reason (<see cref="TelemetryType.SignFailed"/>).</summary>
    public sealed class SignFailedEvent : TelemetryEvent
    {
        /// <summary>How many values the event carries on the wire.</summary>
        public const int ValueCount = 2;

        /// <summary>Creates the event.</summary>
        public SignFailedEvent(SignError error, long remainingSignatures)
        {
            Error = error;
            RemainingSignatures = remainingSignatures;
        }

        /// <summary>Why.</summary>
        public SignError Error { get; }

        /// <summary>Signatures the key could still make.</summary>
        public long RemainingSignatures { get; }

        /// <inheritdoc/>
        public override TelemetryType Type
        {
            get { return TelemetryType.SignFailed; }
        }

        /// <inheritdoc/>
        public override long[] ToValues()
        {
            return new long[] { (long)Error, RemainingSignatures };
        }

        /// <summary>The event in <paramref name="values"/> (its values in wire order), or null when they are not exactly its values.</summary>
        public static SignFailedEvent TryDecode(long[] values)
        {
            if (values == null || values.Length != ValueCount)
            {
                return null;
            }

            return new SignFailedEvent((SignError)values[0], values[1]);
        }
    }
}
