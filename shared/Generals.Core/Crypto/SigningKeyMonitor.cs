using Generals.Core.Node;
using Generals.Core.Runtime;

namespace Generals.Core.Crypto
{
    /// <summary>
    /// Turns a stateful key's state into <see cref="TelemetryType.KeyExhausted"/> events for the harness: once when the
    /// remaining signatures fall to <see cref="LowSignatures"/>, and once when signing fails because the key is spent.
    /// Call <see cref="Observe"/> after every <see cref="ISigner.Sign"/>.
    /// </summary>
    public sealed class SigningKeyMonitor
    {
        /// <summary>The warning mark: four reservation blocks, so an instructor hears of it a few rounds before the end.</summary>
        public const long LowSignatures = 4 * LmsSigner.ReservationBlock;

        private bool _lowReported;
        private bool _exhaustedReported;

        /// <summary>
        /// The event that says why <paramref name="signer"/>'s last signature failed: <see cref="TelemetryType.KeyExhausted"/>
        /// [remaining] when its one-time keys are spent (or cannot be reserved), <see cref="TelemetryType.SignFailed"/>
        /// [error, remaining] when its state is missing or damaged.
        /// </summary>
        public static TelemetryEvent FailureEvent(ISigner signer)
        {
            Check.NotNull(signer, "signer");
            SignError error = signer.LastError;
            if (error == SignError.KeyExhausted || error == SignError.ReservationFailed)
            {
                return new KeyExhaustedEvent(signer.RemainingSignatures);
            }

            return new SignFailedEvent(error, signer.RemainingSignatures);
        }

        /// <summary>The event to report after the signer's last attempt, or null when there is nothing new to say.</summary>
        public TelemetryEvent Observe(ISigner signer)
        {
            Check.NotNull(signer, "signer");
            if (signer.LastError == SignError.KeyExhausted)
            {
                if (_exhaustedReported)
                {
                    return null;
                }

                _exhaustedReported = true;
                _lowReported = true;
                return new KeyExhaustedEvent(0);
            }

            long remaining = signer.RemainingSignatures;
            if (_lowReported || remaining > LowSignatures)
            {
                return null;
            }

            _lowReported = true;
            return new KeyExhaustedEvent(remaining);
        }
    }
}
