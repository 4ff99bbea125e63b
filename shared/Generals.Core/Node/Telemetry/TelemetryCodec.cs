namespace Generals.Core.Node
{
    /// <summary>
    /// Telemetry events as Event frame payloads: a <see cref="ValueRecord"/> typed by <see cref="TelemetryType"/>. Decoding is
    /// total: an unknown type, a wrong number of values or a value out of its field's range gives null, never an exception.
    /// </summary>
    public static class TelemetryCodec
    {
        /// <summary>The payload carrying <paramref name="telemetry"/>.</summary>
        public static byte[] Encode(TelemetryEvent telemetry)
        {
            return ValueRecord.Encode((int)telemetry.Type, telemetry.ToValues());
        }

        /// <summary>The event a payload carries, or null when it is not a well-formed event of a known type.</summary>
        public static TelemetryEvent TryDecode(byte[] payload)
        {
            return payload == null ? null : TryDecode(payload, 0, payload.Length);
        }

        /// <summary>The event the <paramref name="length"/> bytes from <paramref name="offset"/> carry (a payload in its frame), or null.</summary>
        public static TelemetryEvent TryDecode(byte[] bytes, int offset, int length)
        {
            int type;
            long[] values = ValueRecord.TryDecode(bytes, offset, length, out type);
            if (values == null)
            {
                return null;
            }

            switch ((TelemetryType)type)
            {
                case TelemetryType.Booted: return BootedEvent.TryDecode(values);
                case TelemetryType.AppSent: return AppSentEvent.TryDecode(values);
                case TelemetryType.AppDelivered: return AppDeliveredEvent.TryDecode(values);
                case TelemetryType.AppAcked: return AppAckedEvent.TryDecode(values);
                case TelemetryType.Decided: return DecidedEvent.TryDecode(values);
                case TelemetryType.Suspect: return SuspectEvent.TryDecode(values);
                case TelemetryType.Trust: return TrustEvent.TryDecode(values);
                case TelemetryType.Rejected: return RejectedEvent.TryDecode(values);
                case TelemetryType.KeyExhausted: return KeyExhaustedEvent.TryDecode(values);
                case TelemetryType.ProtocolSent: return ProtocolSentEvent.TryDecode(values);
                case TelemetryType.SelfTest: return SelfTestEvent.TryDecode(values);
                case TelemetryType.BootFailed: return BootFailedEvent.TryDecode(values);
                case TelemetryType.SignFailed: return SignFailedEvent.TryDecode(values);
                case TelemetryType.CounterExhausted: return CounterExhaustedEvent.TryDecode(values);
                case TelemetryType.BoardBooted: return BoardBootedEvent.TryDecode(values);
                default: return null;
            }
        }
    }
}
