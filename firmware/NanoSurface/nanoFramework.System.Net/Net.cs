// Package nanoFramework.System.Net, repository nanoframework/System.Net. Paths are relative to the repository.
// Declared: what the firmware needs to resolve the broker after Wi-Fi is up, and the certificate type M2Mqtt takes.
// Bodies are placeholders.
namespace System.Net
{
    // nanoFramework.System.Net/DNS.cs
    public static class Dns
    {
        public static IPHostEntry GetHostEntry(string hostNameOrAddress) => null;
    }

    // nanoFramework.System.Net/IPHostEntry.cs
    public class IPHostEntry
    {
        public string HostName => null;
        public IPAddress[] AddressList => null;
    }

    // nanoFramework.System.Net/IPAddress.cs (AddressFamily is left out: it needs System.Net.Sockets)
    public class IPAddress
    {
        public static readonly IPAddress Any = null;
        public static readonly IPAddress Loopback = null;
        public IPAddress(long newAddress) { }
        public IPAddress(byte[] address) { }
        public static bool operator ==(IPAddress left, IPAddress right) => false;
        public static bool operator !=(IPAddress left, IPAddress right) => false;
        public override bool Equals(object comparand) => false;
        public bool Equals(IPAddress comparand) => false;
        public byte[] GetAddressBytes() => null;
        public static IPAddress Parse(string ipString) => null;
        public override string ToString() => null;
        public static IPAddress GetDefaultLocalAddress() => null;
        public override int GetHashCode() => 0;
    }
}

namespace System.Security.Cryptography.X509Certificates
{
    // nanoFramework.System.Net/X509Certificates/X509Certificate.cs
    public class X509Certificate
    {
        public X509Certificate() { }
        public X509Certificate(byte[] certificate) { }
        public X509Certificate(string certificate) { }
        public virtual string Issuer => null;
        public virtual string Subject => null;
        public virtual DateTime GetEffectiveDate() => default;
        public virtual DateTime GetExpirationDate() => default;
        public virtual byte[] GetRawCertData() => null;
    }
}
