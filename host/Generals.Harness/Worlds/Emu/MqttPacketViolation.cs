namespace Generals.Harness.Worlds.Emu;

/// <summary>What <see cref="MqttPacketGuard"/> found wrong in a client's bytes.</summary>
public enum MqttPacketViolation
{
    /// <summary>Nothing: the bytes frame MQTT packets within the limit.</summary>
    None,

    /// <summary>A packet's length (fixed header included) is over the limit.</summary>
    Oversize,

    /// <summary>A reserved packet type, or a remaining length longer than four bytes.</summary>
    Malformed,

    /// <summary>The first packet is not CONNECT.</summary>
    NotConnectFirst,
}
