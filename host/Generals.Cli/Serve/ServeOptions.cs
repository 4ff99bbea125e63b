using System.Net;

namespace Generals.Cli.Serve;

/// <summary>
/// What `generals serve` serves and where: the store of run folders, the address and port it listens on (port 0: any free
/// one), and the token every request must carry (null: none, allowed only on a loopback address).
/// </summary>
public sealed record ServeOptions(string Store, IPAddress Address, int Port, string? Token)
{
    /// <summary>The default port (`--port`).</summary>
    public const int DefaultPort = 8321;
}
