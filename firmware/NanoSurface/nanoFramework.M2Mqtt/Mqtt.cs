// Package nanoFramework.M2Mqtt, repository nanoframework/nanoFramework.m2mqtt: M2Mqtt/MqttClient.cs. Declared: the
// constructors and methods the firmware's transport calls, with the signatures of that file. The enum types are
// declared with only the members MqttClient.cs itself uses (their other members and numeric values are in
// M2Mqtt/Messages/, not yet checked), and the events (their delegates are nested in IMqttClient) are left for the
// firmware task to add. Bodies are placeholders.
namespace nanoFramework.M2Mqtt
{
    using System.Collections;
    using System.Security.Cryptography.X509Certificates;
    using nanoFramework.M2Mqtt.Messages;

    // M2Mqtt/MqttClient.cs: MqttSslProtocols.None is the non-secure default of MqttClient(string).
    public enum MqttSslProtocols
    {
        None,
    }

    // M2Mqtt/MqttClient.cs: Init sets Version_3_1_1 as the default; Connect checks Version_5.
    public enum MqttProtocolVersion
    {
        Version_3_1_1,
        Version_5,
    }

    // M2Mqtt/MqttClient.cs
    public class MqttClient : System.IDisposable
    {
        public MqttClient(string brokerHostName) { }
        public MqttClient(string brokerHostName, int brokerPort, bool secure, X509Certificate caCert, X509Certificate clientCert, MqttSslProtocols sslProtocol) { }
        public bool IsConnected => false;
        public string ClientId => null;
        public MqttProtocolVersion ProtocolVersion { get => default; set { } }
        public MqttReasonCode Connect(string clientId) => default;
        public MqttReasonCode Connect(string clientId, string username, string password) => default;
        public MqttReasonCode Connect(string clientId, string username, string password, bool willRetain, MqttQoSLevel willQosLevel, bool willFlag, string willTopic, string willMessage, bool cleanSession, ushort keepAlivePeriod) => default;
        public void Disconnect() { }
        public void Close() { }
        public void Dispose() { }
        public ushort Subscribe(string[] topics, MqttQoSLevel[] qosLevels) => 0;
        public ushort Unsubscribe(string[] topics) => 0;
        public ushort Publish(string topic, byte[] message) => 0;
        public ushort Publish(string topic, byte[] message, string contentType, ArrayList userProperties, MqttQoSLevel qosLevel, bool retain) => 0;
    }
}

namespace nanoFramework.M2Mqtt.Messages
{
    // Used by M2Mqtt/MqttClient.cs (MqttQoSLevel.AtMostOnce is Connect's and Publish's default).
    public enum MqttQoSLevel
    {
        AtMostOnce,
    }

    // Used by M2Mqtt/MqttClient.cs (Connect returns it; Success means the CONNACK accepted the connection).
    public enum MqttReasonCode
    {
        Success,
    }
}
