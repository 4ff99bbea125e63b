namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Reads mosquitto 2.0's log (log types information and debug, as the generated mosquitto.conf asks) into the
/// same refusal counters as the embedded broker's. Lines are matched on mosquitto's own wording.
/// </summary>
public static class MosquittoLog
{
    /// <summary>The refusal a log line (`timestamp: message`) records, or null.</summary>
    public static BrokerRefusal? RefusalOf(string line)
    {
        int colon = line.IndexOf(": ", StringComparison.Ordinal);
        line = colon < 0 ? line : line[(colon + 2)..];
        if (line.EndsWith(" disconnected, not authorised.", StringComparison.Ordinal))
        {
            return BrokerRefusal.Credentials;
        }

        if (line.StartsWith("Denied PUBLISH from ", StringComparison.Ordinal))
        {
            return BrokerRefusal.Publish;
        }

        if (line.EndsWith(" disconnected due to oversize packet.", StringComparison.Ordinal))
        {
            return BrokerRefusal.OversizePacket;
        }

        if (line.EndsWith(" disconnected due to malformed packet.", StringComparison.Ordinal)
            || line.EndsWith(" disconnected due to protocol error.", StringComparison.Ordinal))
        {
            return BrokerRefusal.MalformedPacket;
        }

        if (line == "Client <unknown> has exceeded timeout, disconnecting.")
        {
            return BrokerRefusal.ConnectTimeout;
        }

        if (line.EndsWith(" denied: max_connections exceeded.", StringComparison.Ordinal))
        {
            return BrokerRefusal.ConnectionLimit;
        }

        return line.EndsWith(" already connected, closing old connection.", StringComparison.Ordinal) ? BrokerRefusal.SessionTakeover : null;
    }

    /// <summary>The counters of a log file (all zero when mosquitto has not written it yet).</summary>
    public static BrokerRefusals Read(string path)
    {
        var refusals = new BrokerRefusals();
        if (!File.Exists(path))
        {
            return refusals;
        }

        // mosquitto keeps the file open and appending: share it, and read what is there now.
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        while (reader.ReadLine() is { } line)
        {
            if (RefusalOf(line) is { } refusal)
            {
                refusals.Count(refusal);
            }
        }

        return refusals;
    }
}
