namespace Generals.Firmware.Network
{
    /// <summary>
    /// The board's Wi-Fi and name resolution: the seam between the boot and nanoFramework's System.Device.Wifi and
    /// System.Net (Nano/NanoWifi.cs), so joining and resolving are tested on the host.
    /// </summary>
    public interface INetworkLink
    {
        /// <summary>One attempt to join <paramref name="ssid"/>: true when the radio associated (an address may follow).</summary>
        bool Join(string ssid, string password);

        /// <summary>True once the board has an IPv4 address.</summary>
        bool HasAddress { get; }

        /// <summary>The dotted IPv4 address of <paramref name="host"/>, or null when it does not resolve.</summary>
        string Resolve(string host);
    }
}
