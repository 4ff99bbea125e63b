// Package nanoFramework.System.Device.Wifi, repository nanoframework/System.Device.Wifi. Paths are relative to the
// repository. Declared: joining a network by SSID and reading the result. Bodies are placeholders.
namespace System.Device.Wifi
{
    // System.Device.Wifi/WifiReconnectionKind.cs
    public enum WifiReconnectionKind
    {
        Automatic,
        Manual,
    }

    // System.Device.Wifi/WifiConnectionStatus.cs
    public enum WifiConnectionStatus
    {
        AccessRevoked,
        InvalidCredential,
        NetworkNotAvailable,
        Success,
        Timeout,
        UnspecifiedFailure,
        UnsupportedAuthenticationProtocol,
    }

    // System.Device.Wifi/WifiConnectionResult.cs (its one public member is ConnectionStatus)
    public class WifiConnectionResult
    {
        internal WifiConnectionResult() { }
        public WifiConnectionStatus ConnectionStatus => default;
    }

    // System.Device.Wifi/WifiAdapter.cs (Connect(WifiAvailableNetwork...), ScanAsync and the scan report are left out)
    public sealed class WifiAdapter : IDisposable
    {
        internal WifiAdapter() { }
        public int NetworkInterface => 0;
        public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential) => null;
        public void Disconnect() { }
        public static WifiAdapter[] FindAllAdapters() => null;
        public void Dispose() { }
    }
}
