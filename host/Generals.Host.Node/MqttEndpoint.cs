using Generals.Core.Config;

namespace Generals.Host.Node;

/// <summary>Where and as whom an emulated general connects: its kit's brokers, in the order it tries them, and its own credentials.</summary>
public sealed record MqttEndpoint(IReadOnlyList<BrokerAddress> Brokers, string ClientId, string UserName, string Password)
{
    /// <summary>An endpoint on one broker.</summary>
    public MqttEndpoint(string host, int port, string clientId, string userName, string password)
        : this([new BrokerAddress(host, port)], clientId, userName, password)
    {
    }

    /// <summary>The brokers as a person reads them: "127.0.0.1:1883" or "127.0.0.1:1883, 127.0.0.1:1884".</summary>
    public string Describe() => string.Join(", ", Brokers.Select(b => b.ToString()));

    /// <summary>Parses mqtt://host:port, or several joined by commas (nf.config's broker syntax; TLS is for a later kit).</summary>
    public static IReadOnlyList<BrokerAddress> ParseBrokers(string list) =>
        BrokerList.Parse(list, out string error) ?? throw new FormatException(error);
}
