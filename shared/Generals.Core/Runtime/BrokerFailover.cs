namespace Generals.Core.Runtime
{
    /// <summary>
    /// Which of a kit's brokers a general connects to (docs/broker.md, "Redundant brokers"): one connection round tries the
    /// current broker first, then the others in list order, each once; a lost connection moves the next round's start to the
    /// following broker, so a general whose broker died fails over instead of first waiting on the dead one. Shared by the
    /// host and board transports; the backoff between rounds is <see cref="NodeRuntime"/>'s.
    /// </summary>
    public sealed class BrokerFailover
    {
        private readonly int _brokerCount;
        private int _lastConnected = -1;

        /// <summary>A failover over <paramref name="brokerCount"/> brokers (1 to <see cref="Config.BrokerList.BrokersMax"/>).</summary>
        public BrokerFailover(int brokerCount)
        {
            Check.InRange(brokerCount, 1, Config.BrokerList.BrokersMax, "brokerCount");
            _brokerCount = brokerCount;
        }

        /// <summary>The broker connected to, or the one the next round tries first.</summary>
        public int Current { get; private set; }

        /// <summary>Connections made on another broker than the previous connection's.</summary>
        public int Failovers { get; private set; }

        /// <summary>
        /// One connection round: at most one dial per broker (the bound: a round never loops, the runtime's backoff spaces
        /// rounds). Returns the index of the broker now connected, or -1 when none answered.
        /// </summary>
        public int Connect(IBrokerDialer dialer)
        {
            Check.NotNull(dialer, "dialer");
            for (int attempt = 0; attempt < _brokerCount; attempt++)
            {
                int broker = (Current + attempt) % _brokerCount;
                if (dialer.Dial(broker))
                {
                    if (_lastConnected >= 0 && _lastConnected != broker)
                    {
                        Failovers++;
                    }

                    Current = broker;
                    _lastConnected = broker;
                    return broker;
                }
            }

            return -1;
        }

        /// <summary>The connection to <see cref="Current"/> was lost: the next round starts with the following broker.</summary>
        public void Lost()
        {
            Current = (Current + 1) % _brokerCount;
        }
    }
}
