using System.Globalization;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// A mosquitto's bridge to the other broker of a redundant pair (docs/broker.md, "Redundant brokers"): one bridge connection
/// carries the kit's topics both ways, so a frame published on either broker reaches subscribers on both. It logs in to the
/// other broker as <paramref name="User"/> (<see cref="KitCredentials.BridgeUser"/> for a pair, one per host over hosts:
/// <see cref="KitCredentials.BridgeUserOf"/>), whose ACL is the kit's topics.
/// </summary>
public sealed record MosquittoBridge(int RemotePort, string Password, string RemoteAddress = "127.0.0.1", string User = KitCredentials.BridgeUser)
{
    /// <summary>
    /// The bridge's `connection` section (mosquitto 2.0). `try_private` makes the other broker treat it as a bridge, so a
    /// message it forwarded is not sent back (no loop with one `both` connection); `notifications false` keeps its $SYS
    /// status off the other broker (the ACL would refuse it); `restart_timeout 1` retries the other broker every second,
    /// so the pair rejoins within a second of a restart.
    /// </summary>
    public string Text(string kit) => string.Join('\n',
        "connection generals-bridge",
        $"address {RemoteAddress}:{RemotePort.ToString(CultureInfo.InvariantCulture)}",
        "bridge_protocol_version mqttv311",
        $"remote_username {User}",
        $"remote_password {Password}",
        $"remote_clientid {User}",
        "cleansession true",
        "try_private true",
        "notifications false",
        "keepalive_interval 5",
        "restart_timeout 1",
        "start_type automatic",
        $"topic gl/{kit}/# both 1",
        "");
}
