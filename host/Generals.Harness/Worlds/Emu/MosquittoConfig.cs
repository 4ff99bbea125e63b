using System.Globalization;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// The files a run's mosquitto reads, written from a kit: mosquitto.conf carrying the embedded broker's
/// <see cref="BrokerLimits"/>, the hashed password file (<see cref="MosquittoPasswordFile"/>) and the ACL; the log
/// goes into the same folder, detailed enough to count refusals (<see cref="MosquittoLog"/>).
/// </summary>
public static class MosquittoConfig
{
    /// <summary>mosquitto's log, next to its configuration in the run folder.</summary>
    public const string LogFile = "mosquitto.log";

    /// <summary>Writes mosquitto.conf, passwd and acl into <paramref name="folder"/>; returns the path of mosquitto.conf.</summary>
    public static string Write(string folder, string kit, KitCredentials credentials, IReadOnlyCollection<int> generals, int port, BrokerLimits limits, MosquittoBridge? bridge = null, string address = "127.0.0.1")
    {
        ArgumentNullException.ThrowIfNull(credentials);
        Directory.CreateDirectory(folder);
        string passwords = Path.Combine(folder, "passwd");
        string acl = Path.Combine(folder, "acl");
        string config = Path.Combine(folder, "mosquitto.conf");
        MosquittoPasswordFile.Write(passwords, credentials);
        string rules = new BrokerAcl(kit).MosquittoAcl(generals);
        foreach (string user in credentials.Passwords.Keys.Where(KitCredentials.IsBridgeUser).Order(StringComparer.Ordinal))
        {
            // Another broker's bridge forwards every kit topic both ways.
            rules += $"user {user}\ntopic readwrite gl/{kit}/#\n\n";
        }

        File.WriteAllText(acl, rules);
        string text = Text(port, limits, passwords, acl, Path.Combine(folder, LogFile), address) + (bridge?.Text(kit) ?? "");
        // A bridge's section holds its password (mosquitto reads it in clear): owner-only from creation.
        File.Delete(config);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(new FileStream(config, options)))
        {
            writer.Write(text);
        }

        return config;
    }

    /// <summary>The text of mosquitto.conf (mosquitto 2.0), listening on <paramref name="address"/> (loopback, or a host's: docs/hosts.md).</summary>
    public static string Text(int port, BrokerLimits limits, string passwords, string acl, string log, string address = "127.0.0.1")
    {
        string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
        return string.Join('\n',
            "# Written by the harness: the limits are the embedded broker's (docs/broker.md).",
            "per_listener_settings false",
            // IPv4 loopback only: no [::] listener next to it.
            $"listener {Number(port)} {address}",
            "socket_domain ipv4",
            // The listener is reachable from loopback only, so every client shares one address: the per-address cap
            // is the listener's cap. mosquitto has no connect timeout: a silent client is closed after 90 s.
            $"max_connections {Number(limits.ConnectionsPerAddressMax)}",
            // A client's id is its user name: general 2's password can never open a second session beside general 2.
            "use_username_as_clientid true",
            $"max_packet_size {Number(limits.PacketBytesMax)}",
            "allow_anonymous false",
            $"password_file {passwords}",
            $"acl_file {acl}",
            "persistence false",
            $"log_dest file {log}",
            "log_type error",
            "log_type warning",
            "log_type notice",
            "log_type information",
            // mosquitto 2.0 logs an ACL denial ("Denied PUBLISH") only at debug, which also logs every packet.
            "log_type debug",
            "connection_messages true",
            "log_timestamp true",
            // As root, mosquitto would switch to its own user, which cannot read the run's private folder.
            Environment.UserName == "root" ? "user root" : "",
            "");
    }
}
