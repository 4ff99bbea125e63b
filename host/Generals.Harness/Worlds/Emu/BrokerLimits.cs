using Generals.Core.Wire;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// What a broker accepts from a client before and after it authenticates: the embedded broker enforces these
/// in front of MQTTnet (<see cref="BrokerListener"/>), and the generated mosquitto.conf carries the same numbers.
/// </summary>
public sealed record BrokerLimits
{
    /// <summary>MQTT bytes around a frame: fixed header (5), topic (2 + under 40), packet id (2) and MQTT 5
    /// properties; a CONNECT carries a client id, user name, password and will of about 150 bytes. 1 KiB covers either.</summary>
    public const int MqttOverheadBytesMax = 1024;

    /// <summary>Connections per address besides one per general: the harness, a live view or mosquitto_sub, and a
    /// reconnecting general whose old connection the broker has not yet seen close.</summary>
    public const int AddressHeadroom = 8;

    /// <summary>Generals of a physical kit, for a broker that is not told how many there are (four to seven boards).</summary>
    public const int KitGeneralsTypical = 8;

    /// <summary>
    /// The largest MQTT packet (all of it, fixed header included) a client may send, refused from its fixed header
    /// on, before anything is buffered and before authentication. Our largest legitimate packet is a publish of one
    /// frame of <see cref="FrameLimits.FrameBytesMax"/> (protocol, telemetry and control are all frames).
    /// </summary>
    public int PacketBytesMax { get; init; } = FrameLimits.FrameBytesMax + MqttOverheadBytesMax;

    /// <summary>From TCP accept to a complete CONNECT. Every MQTT client sends its small CONNECT at once; a board on
    /// Wi-Fi does it in well under a second, so a client still silent after this holds a socket for nothing.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Open connections from one address, authenticated or not: a board is one address with one connection;
    /// an emulated kit puts every general on 127.0.0.1 (see <see cref="ForGenerals"/>). One address cannot take every slot.</summary>
    public int ConnectionsPerAddressMax { get; init; } = KitGeneralsTypical + AddressHeadroom;

    /// <summary>Open connections in all: bounds file descriptors and what clients that never authenticate can hold
    /// (512 x <see cref="PacketBytesMax"/> = 11 MB at most), with room for the largest emulated run
    /// (NfConfigParser.BoardsMax generals, the most a kit has, and the harness).</summary>
    public int ConnectionsMax { get; init; } = 512;

    /// <summary>The limits of a kit of <paramref name="generals"/> generals that may all share one address.</summary>
    public static BrokerLimits ForGenerals(int generals) => new() { ConnectionsPerAddressMax = Math.Max(1, generals) + AddressHeadroom };

    /// <summary>Throws when a limit cannot work (zero, negative, or a per-address cap above the total).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PacketBytesMax, 2);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ConnectTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(ConnectionsPerAddressMax, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ConnectionsMax, ConnectionsPerAddressMax);
    }
}
