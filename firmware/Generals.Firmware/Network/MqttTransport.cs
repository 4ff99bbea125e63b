using Generals.Core.Runtime;
using Generals.Core.Wire;

namespace Generals.Firmware.Network
{
    /// <summary>
    /// A board's <see cref="ITransport"/> over one MQTT 3.1.1 session (nanoFramework.M2Mqtt): client id and user
    /// "general-{id}" with its broker password, the sealed `offline` status as the retained will, the inbox (QoS 0) and
    /// control (QoS 1) topics subscribed after each connect. M2Mqtt takes the will as a string and sends its UTF-8 bytes, so
    /// the sealed will travels as lower-case hex; the harness reads a status in either form (docs/signatures.md). It never
    /// reconnects by itself: <see cref="NodeRuntime"/>'s loop is the one supervisor that calls <see cref="TryConnect"/>. With
    /// one session per broker of nf.config's list, each attempt is a <see cref="BrokerFailover"/> round, as on the host.
    /// </summary>
    public sealed class MqttTransport : ITransport, IBrokerDialer
    {
        /// <summary>
        /// Frames held between two runtime steps: an SM(2) round of seven generals delivers 30 frames to one general, so
        /// 64 covers two rounds arriving at once; beyond, the oldest are dropped (a fair-loss link may lose them).
        /// </summary>
        public const int InboundMax = 64;

        private readonly IMqttSession[] _sessions;
        private readonly BrokerFailover _failover;
        private readonly string _user;
        private readonly string _password;
        private readonly string _statusTopic;
        private readonly string _inboxTopic;
        private readonly string _controlTopic;
        private readonly InboundQueue _inbound = new InboundQueue(InboundMax);
        private IMqttSession _session;
        private string _dialWill;
        private bool _wasConnected;

        /// <summary>A transport for general <paramref name="id"/> of <paramref name="kit"/> over <paramref name="session"/>.</summary>
        public MqttTransport(IMqttSession session, string kit, int id, string password)
            : this(new IMqttSession[] { session }, kit, id, password)
        {
        }

        /// <summary>A transport over one session per broker of the kit's list, tried in that order (docs/broker.md).</summary>
        public MqttTransport(IMqttSession[] sessions, string kit, int id, string password)
        {
            Check.NotNull(sessions, "sessions");
            Check.NotNull(password, "password");
            _sessions = sessions;
            _failover = new BrokerFailover(sessions.Length);
            for (int i = 0; i < sessions.Length; i++)
            {
                Check.NotNull(sessions[i], "sessions[i]");
                sessions[i].SetHandler(new MqttMessageHandler(OnMessage));
            }

            _session = sessions[0];
            _user = "general-" + id.ToString();
            _password = password;
            _statusTopic = Topics.Status(kit, id);
            _inboxTopic = Topics.Inbox(kit, id);
            _controlTopic = Topics.Control(kit, id);
        }

        /// <summary>Inbound frames dropped because the runtime fell behind.</summary>
        public long Dropped
        {
            get { return _inbound.Dropped; }
        }

        /// <summary>The index in the broker list of the broker connected to, or the one the next attempt tries first.</summary>
        public int CurrentBroker
        {
            get { return _failover.Current; }
        }

        /// <summary>Connections made on another broker than the one before.</summary>
        public int Failovers
        {
            get { return _failover.Failovers; }
        }

        /// <summary>True while the session is up.</summary>
        public bool IsConnected
        {
            get { return _session.IsConnected; }
        }

        /// <summary>One connection attempt with <paramref name="lastWill"/> as the retained will, then the subscriptions.</summary>
        public bool TryConnect(byte[] lastWill)
        {
            Check.NotNull(lastWill, "lastWill");
            if (_session.IsConnected)
            {
                return true;
            }

            if (_wasConnected)
            {
                _wasConnected = false;
                _failover.Lost();
            }

            _dialWill = Hex.Encode(lastWill);
            int broker = _failover.Connect(this);
            _dialWill = null;
            if (broker < 0)
            {
                return false;
            }

            _session = _sessions[broker];
            _wasConnected = true;
            return true;
        }

        /// <summary>One CONNECT and the subscriptions on the session of broker <paramref name="broker"/>.</summary>
        public bool Dial(int broker)
        {
            Check.NotNull(_dialWill, "the will of the connection round");
            IMqttSession session = _sessions[broker];
            if (!session.Connect(_user, _user, _password, _statusTopic, _dialWill))
            {
                return false;
            }

            session.Subscribe(new string[] { _inboxTopic, _controlTopic }, new int[] { 0, 1 });
            return session.IsConnected;
        }

        /// <summary>Publishes when connected; false otherwise or when the client refused it.</summary>
        public bool Publish(string topic, byte[] payload, int qos, bool retain)
        {
            return _session.IsConnected && _session.Publish(topic, payload, qos, retain);
        }

        /// <summary>The next inbound frame, or null.</summary>
        public InboundMessage TryReceive()
        {
            return _inbound.Take();
        }

        /// <summary>Waits up to <paramref name="timeoutMs"/> for an inbound frame.</summary>
        public bool WaitForInbound(int timeoutMs)
        {
            return _inbound.Wait(timeoutMs);
        }

        /// <summary>What the session delivered (its thread): the inbox and control topics; anything else is not for us.</summary>
        public void OnMessage(string topic, byte[] payload)
        {
            if (payload == null)
            {
                return;
            }

            if (topic == _inboxTopic)
            {
                _inbound.Add(new InboundMessage(InboundChannel.Inbox, payload));
            }
            else if (topic == _controlTopic)
            {
                _inbound.Add(new InboundMessage(InboundChannel.Control, payload));
            }
        }
    }
}
