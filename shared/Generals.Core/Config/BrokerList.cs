using System.Collections;
using Generals.Core.Runtime;

namespace Generals.Core.Config
{
    /// <summary>
    /// The value of nf.config's <c>broker</c> key (and of <c>generals node --broker</c>): one or more <c>mqtt://host[:port]</c>
    /// joined by commas, the brokers of one kit in the order a general tries them (docs/nf-config.md, docs/broker.md).
    /// </summary>
    public static class BrokerList
    {
        /// <summary>
        /// Most brokers in one list: a bridged pair, or a small cluster and a spare. A general may try every one of them in one
        /// connection round, so the list bounds how long a round takes on a board (each dead host costs a connect timeout).
        /// </summary>
        public const int BrokersMax = 4;

        /// <summary>The MQTT port when an address has none.</summary>
        public const int DefaultPort = 1883;

        private const string Scheme = "mqtt://";

        /// <summary>Parses <paramref name="value"/>; null and the reason in <paramref name="error"/> when it is not a valid list.</summary>
        public static BrokerAddress[] Parse(string value, out string error)
        {
            error = null;
            if (value == null || value.Trim().Length == 0)
            {
                error = "broker must be mqtt://host:port (such as mqtt://192.168.1.10:1883), or several joined by commas";
                return null;
            }

            string[] parts = value.Split(',');
            if (parts.Length > BrokersMax)
            {
                error = "broker lists " + parts.Length.ToString() + " addresses; at most " + BrokersMax.ToString() + " are allowed";
                return null;
            }

            BrokerAddress[] brokers = new BrokerAddress[parts.Length];
            ArrayList seen = new ArrayList();
            for (int i = 0; i < parts.Length; i++)
            {
                brokers[i] = One(parts[i].Trim(), out error);
                if (brokers[i] == null)
                {
                    return null;
                }

                string key = brokers[i].ToString().ToLower();
                if (seen.Contains(key))
                {
                    error = "broker " + brokers[i].ToString() + " is listed twice";
                    return null;
                }

                seen.Add(key);
            }

            return brokers;
        }

        /// <summary>The list written back as nf.config and --broker take it: "mqtt://a:1883, mqtt://b:1884".</summary>
        public static string Format(BrokerAddress[] brokers)
        {
            Check.NotNull(brokers, "brokers");
            string text = "";
            for (int i = 0; i < brokers.Length; i++)
            {
                text += (i == 0 ? "" : ", ") + Scheme + brokers[i].ToString();
            }

            return text;
        }

        private static BrokerAddress One(string text, out string error)
        {
            error = null;
            string address = text.ToLower().StartsWith(Scheme) ? text.Substring(Scheme.Length) : null;
            if (address == null || address.Length == 0)
            {
                error = "broker '" + text + "' must be mqtt://host:port (such as mqtt://192.168.1.10:1883)";
                return null;
            }

            if (address.IndexOf(':') < 0)
            {
                address = address + ":" + DefaultPort.ToString();
            }

            if (!NfConfigParser.IsHostPort(address))
            {
                error = "broker '" + text + "' must be mqtt://host:port with a port from 1 to 65535";
                return null;
            }

            int colon = address.LastIndexOf(':');
            return new BrokerAddress(address.Substring(0, colon), int.Parse(address.Substring(colon + 1)));
        }
    }
}
