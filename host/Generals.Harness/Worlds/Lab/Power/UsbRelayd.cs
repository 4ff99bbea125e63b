namespace Generals.Harness.Worlds.Lab.Power;

/// <summary>
/// The MQTT side of usbrelayd (Debian package `usbrelay`), the daemon that drives USB HID relays for MQTT clients: it connects
/// without credentials as client <see cref="ClientId"/>, takes "ON" or "OFF" on `cmnd/SERIAL/N` and answers with the relay's
/// state on `stat/SERIAL/N`. The kit's broker admits it only to those two topic trees (<c>BrokerAcl</c>).
/// </summary>
public static class UsbRelayd
{
    /// <summary>The client id usbrelayd always connects with.</summary>
    public const string ClientId = "Switch";

    /// <summary>The topic tree the daemon takes commands on.</summary>
    public const string CommandRoot = "cmnd/";

    /// <summary>The topic tree the daemon answers on.</summary>
    public const string StateRoot = "stat/";

    /// <summary>The payloads of both trees.</summary>
    public const string On = "ON";

    public const string Off = "OFF";

    /// <summary>`cmnd/SERIAL/N` of relay "SERIAL_N" (the part after `usbrelayd:` in nf.config).</summary>
    public static string CommandTopic(string relay) => CommandRoot + Path(relay);

    /// <summary>`stat/SERIAL/N` of relay "SERIAL_N".</summary>
    public static string StateTopic(string relay) => StateRoot + Path(relay);

    // nf.config names a relay SERIAL_N (usbrelay's own spelling); a serial may itself hold '_', the relay number is after the last.
    private static string Path(string relay)
    {
        int split = relay.LastIndexOf('_');
        return relay[..split] + "/" + relay[(split + 1)..];
    }
}
