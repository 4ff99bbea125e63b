namespace Generals.Firmware.Network
{
    /// <summary>Receives one PUBLISH the broker delivered (called on the MQTT client's thread).</summary>
    public delegate void MqttMessageHandler(string topic, byte[] payload);

    /// <summary>
    /// One MQTT 3.1.1 client connection to the broker: the seam between <see cref="MqttTransport"/> and nanoFramework.M2Mqtt's
    /// MqttClient (Nano/M2MqttSession.cs). Nothing here reconnects: the runtime's one supervisor loop calls
    /// <see cref="Connect"/> again when <see cref="IsConnected"/> turns false.
    /// </summary>
    public interface IMqttSession
    {
        /// <summary>Where every PUBLISH the broker delivers goes, from the next connection on.</summary>
        void SetHandler(MqttMessageHandler handler);

        /// <summary>True while the broker connection is up.</summary>
        bool IsConnected { get; }

        /// <summary>
        /// One CONNECT with a clean session, the given credentials and a retained QoS 1 will (M2Mqtt takes the will as text);
        /// true when the broker accepted it. Never throws: a refused or failed connection is false.
        /// </summary>
        bool Connect(string clientId, string user, string password, string willTopic, string willMessage);

        /// <summary>Subscribes to <paramref name="topics"/> at the matching QoS levels (0 or 1).</summary>
        void Subscribe(string[] topics, int[] qos);

        /// <summary>Queues one PUBLISH; false when not connected or the client refused it (its queue is full).</summary>
        bool Publish(string topic, byte[] payload, int qos, bool retain);
    }
}
