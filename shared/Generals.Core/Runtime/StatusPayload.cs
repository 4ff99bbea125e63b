namespace Generals.Core.Runtime
{
    /// <summary>The retained payloads of a General's status topic (ASCII); "offline" is also its MQTT last will.</summary>
    public static class StatusPayload
    {
        /// <summary>Published (retained) after every successful connect.</summary>
        public static readonly byte[] Online = new byte[] { (byte)'o', (byte)'n', (byte)'l', (byte)'i', (byte)'n', (byte)'e' };

        /// <summary>The last will: the broker publishes it when the General vanishes.</summary>
        public static readonly byte[] Offline = new byte[] { (byte)'o', (byte)'f', (byte)'f', (byte)'l', (byte)'i', (byte)'n', (byte)'e' };
    }
}
