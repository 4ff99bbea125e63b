// Package nanoFramework.M2Mqtt, repository nanoframework/nanoFramework.m2mqtt: M2Mqtt/MqttClient.cs. Declared: the
// constructors, methods and the one event the firmware's transport uses, with the signatures of that file. The package
// ships two assemblies, nanoFramework.M2Mqtt and nanoFramework.M2Mqtt.Core (IMqttClient, the event arguments and the
// enums, project nanoFramework.M2Mqtt.Core); both are declared here as one surface. The will message is a string,
// sent as its UTF-8 bytes (M2Mqtt/Messages/MqttMsgConnect.cs, GetBytes). Bodies are placeholders.
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

    // nanoFramework.M2Mqtt.Core: the event delegates MqttClient.cs declares its events with (IMqttClient.X).
    public interface IMqttClient
    {
        delegate void MqttMsgPublishEventHandler(object sender, MqttMsgPublishEventArgs e);
    }

    // M2Mqtt/MqttClient.cs
    public class MqttClient : IMqttClient, System.IDisposable
    {
        public event IMqttClient.MqttMsgPublishEventHandler MqttMsgPublishReceived { add { } remove { } }
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
    // nanoFramework.M2Mqtt.Core; MqttClient.cs uses AtMostOnce (Connect's and Publish's default) and ExactlyOnce; the
    // values are the QoS numbers of MQTT 3.1.1 section 4.3, which MqttMsgConnect.cs compares the will QoS against.
    public enum MqttQoSLevel
    {
        AtMostOnce = 0x00,
        AtLeastOnce = 0x01,
        ExactlyOnce = 0x02,
    }

    // nanoFramework.M2Mqtt.Core; constructed in MqttClient.OnMqttMsgPublishReceived from the PUBLISH's topic, payload,
    // DUP flag, QoS and retain flag.
    public class MqttMsgPublishEventArgs : System.EventArgs
    {
        public string Topic => null;
        public byte[] Message => null;
        public bool DupFlag => false;
        public MqttQoSLevel QosLevel => default;
        public bool Retain => false;
    }

    // Used by M2Mqtt/MqttClient.cs (Connect returns it; Success means the CONNACK accepted the connection).
    public enum MqttReasonCode
    {
        Success,
    }
}
