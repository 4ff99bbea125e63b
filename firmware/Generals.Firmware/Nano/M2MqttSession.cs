using System;
using Generals.Firmware.Network;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;

namespace Generals.Firmware.Nano
{
    /// <summary>
    /// One MQTT 3.1.1 session over nanoFramework.M2Mqtt's MqttClient. Each connection attempt makes a fresh client (a closed
    /// one is not reused); nothing here reconnects or listens to the connection-closed event: the runtime's loop sees
    /// <see cref="IsConnected"/> turn false and calls <see cref="Connect"/> again.
    /// </summary>
    public sealed class M2MqttSession : IMqttSession
    {
        /// <summary>Keep-alive in seconds: the broker publishes the will about 1.5 keep-alives after a board goes silent.</summary>
        public const ushort KeepAliveSeconds = 5;

        private readonly string _address;
        private readonly int _port;
        private MqttClient _client;
        private MqttMessageHandler _handler;

        /// <summary>A session with the broker at <paramref name="address"/>:<paramref name="port"/> (plain TCP: the lab network).</summary>
        public M2MqttSession(string address, int port)
        {
            _address = address;
            _port = port;
        }

        public bool IsConnected
        {
            get { return _client != null && _client.IsConnected; }
        }

        public void SetHandler(MqttMessageHandler handler)
        {
            _handler = handler;
        }

        public bool Connect(string clientId, string user, string password, string willTopic, string willMessage)
        {
            Close();
            try
            {
                _client = new MqttClient(_address, _port, false, null, null, MqttSslProtocols.None);
                _client.ProtocolVersion = MqttProtocolVersion.Version_3_1_1;
                _client.MqttMsgPublishReceived += OnPublish;
                MqttReasonCode code = _client.Connect(
                    clientId, user, password, true, MqttQoSLevel.AtLeastOnce, true, willTopic, willMessage, true, KeepAliveSeconds);
                return code == MqttReasonCode.Success && _client.IsConnected;
            }
            catch (Exception)
            {
                Close();
                return false;
            }
        }

        public void Subscribe(string[] topics, int[] qos)
        {
            var levels = new MqttQoSLevel[qos.Length];
            for (int i = 0; i < qos.Length; i++)
            {
                levels[i] = qos[i] == 0 ? MqttQoSLevel.AtMostOnce : MqttQoSLevel.AtLeastOnce;
            }

            _client.Subscribe(topics, levels);
        }

        public bool Publish(string topic, byte[] payload, int qos, bool retain)
        {
            try
            {
                _client.Publish(topic, payload, null, null, qos == 0 ? MqttQoSLevel.AtMostOnce : MqttQoSLevel.AtLeastOnce, retain);
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        private void OnPublish(object sender, MqttMsgPublishEventArgs e)
        {
            MqttMessageHandler handler = _handler;
            if (handler != null)
            {
                handler(e.Topic, e.Message);
            }
        }

        private void Close()
        {
            if (_client == null)
            {
                return;
            }

            try
            {
                _client.MqttMsgPublishReceived -= OnPublish;
                _client.Close();
            }
            catch (Exception)
            {
                // Closing a dead connection may throw; the client is dropped either way.
            }

            _client = null;
        }
    }
}
