using System.Device.Wifi;
using System.Net;
using Generals.Firmware.Network;

namespace Generals.Firmware.Nano
{
    /// <summary>The ESP32's Wi-Fi station (System.Device.Wifi) and name resolution (System.Net), after the join.</summary>
    public sealed class NanoWifi : INetworkLink
    {
        public bool HasAddress
        {
            get
            {
                IPAddress address = IPAddress.GetDefaultLocalAddress();
                return address != null && address != IPAddress.Any;
            }
        }

        public bool Join(string ssid, string password)
        {
            WifiAdapter[] adapters = WifiAdapter.FindAllAdapters();
            if (adapters == null || adapters.Length == 0)
            {
                return false;
            }

            WifiConnectionResult result = adapters[0].Connect(ssid, WifiReconnectionKind.Automatic, password);
            return result != null && result.ConnectionStatus == WifiConnectionStatus.Success;
        }

        public string Resolve(string host)
        {
            try
            {
                IPHostEntry entry = Dns.GetHostEntry(host);
                return entry == null || entry.AddressList == null || entry.AddressList.Length == 0 ? null : entry.AddressList[0].ToString();
            }
            catch (System.Exception)
            {
                return null;
            }
        }
    }
}
