namespace Generals.Harness.Worlds.Emu;

/// <summary>Why a broker refused or closed a client; each is a counter in results.json (<see cref="BrokerRefusals"/>).</summary>
public enum BrokerRefusal
{
    /// <summary>CONNECT refused: anonymous, unknown user, wrong password, or a client id that is not its user.</summary>
    Credentials,

    /// <summary>A publish the ACL refused.</summary>
    Publish,

    /// <summary>A subscription the ACL refused.</summary>
    Subscription,

    /// <summary>A packet larger than <see cref="BrokerLimits.PacketBytesMax"/>, refused from its fixed header.</summary>
    OversizePacket,

    /// <summary>A packet whose framing is broken, or a first packet that is not CONNECT.</summary>
    MalformedPacket,

    /// <summary>A client that did not complete its CONNECT within <see cref="BrokerLimits.ConnectTimeout"/>.</summary>
    ConnectTimeout,

    /// <summary>A connection over <see cref="BrokerLimits.ConnectionsPerAddressMax"/> from one address.</summary>
    AddressLimit,

    /// <summary>A connection over <see cref="BrokerLimits.ConnectionsMax"/>.</summary>
    ConnectionLimit,

    /// <summary>A session closed because a new connection logged in under the same client id.</summary>
    SessionTakeover,
}
