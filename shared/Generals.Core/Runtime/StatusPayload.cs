namespace Generals.Core.Runtime
{
    /// <summary>
    /// The states of a General's retained status topic (ASCII words; "offline" is also its MQTT last will; "failed"
    /// replaces "online" when the General refused its stored state, see Node.BootFailure). Each travels as the payload
    /// of an Event frame sealed with the General's telemetry key (docs/signatures.md), never bare.
    /// </summary>
    public static class StatusPayload
    {
        /// <summary>Published (retained) after every successful connect.</summary>
        public static readonly byte[] Online = new byte[] { (byte)'o', (byte)'n', (byte)'l', (byte)'i', (byte)'n', (byte)'e' };

        /// <summary>Published (retained) instead of <see cref="Online"/> when the boot failed: connected, and silent.</summary>
        public static readonly byte[] Failed = new byte[] { (byte)'f', (byte)'a', (byte)'i', (byte)'l', (byte)'e', (byte)'d' };

        /// <summary>The last will: the broker publishes it when the General vanishes.</summary>
        public static readonly byte[] Offline = new byte[] { (byte)'o', (byte)'f', (byte)'f', (byte)'l', (byte)'i', (byte)'n', (byte)'e' };
    }
}
