namespace Generals.Core.Runtime
{
    /// <summary>
    /// The states of a General's retained status topic (ASCII words; "offline" is also its MQTT last will). Each travels
    /// as the payload of an Event frame sealed with the General's telemetry key (docs/signatures.md), never bare.
    /// </summary>
    public static class StatusPayload
    {
        /// <summary>Published (retained) after every successful connect.</summary>
        public static readonly byte[] Online = new byte[] { (byte)'o', (byte)'n', (byte)'l', (byte)'i', (byte)'n', (byte)'e' };

        /// <summary>The last will: the broker publishes it when the General vanishes.</summary>
        public static readonly byte[] Offline = new byte[] { (byte)'o', (byte)'f', (byte)'f', (byte)'l', (byte)'i', (byte)'n', (byte)'e' };
    }
}
