namespace Generals.Host.Node;

/// <summary>Where and as whom an emulated general connects: broker address and its own credentials.</summary>
public sealed record MqttEndpoint(string Host, int Port, string ClientId, string UserName, string Password)
{
    /// <summary>Parses mqtt://host:port (the only scheme; TLS is for a later kit).</summary>
    public static (string Host, int Port) ParseUrl(string url)
    {
        var uri = new Uri(url);
        if (uri.Scheme != "mqtt" || uri.Port <= 0)
        {
            throw new FormatException($"broker must be mqtt://host:port, not '{url}'");
        }

        return (uri.Host, uri.Port);
    }
}
