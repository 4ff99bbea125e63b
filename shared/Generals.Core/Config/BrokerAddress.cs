namespace Generals.Core.Config
{
    /// <summary>One broker a general may connect to: a host name or address and a TCP port (from nf.config's broker list).</summary>
    public sealed class BrokerAddress
    {
        /// <summary>Creates an address; <see cref="BrokerList"/> has checked both fields.</summary>
        public BrokerAddress(string host, int port)
        {
            Host = host;
            Port = port;
        }

        /// <summary>The host: letters, digits, '.', '-', '_'.</summary>
        public string Host { get; }

        /// <summary>The TCP port, 1 to 65535.</summary>
        public int Port { get; }

        /// <summary>"host:port", as logs and history lines name a broker.</summary>
        public override string ToString()
        {
            return Host + ":" + Port.ToString();
        }
    }
}
