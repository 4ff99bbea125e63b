using System.Globalization;
using System.Security.Cryptography;

namespace Generals.Harness.Provisioning.Flash;

/// <summary>
/// What `generals flash` remembers per board, in the kit's secrets folder (`flash/board-N.key`): which signing key it
/// copied onto the board (a hash of the key's public key in nf.keys) and when. A stateful key (LMS) on a board moves on as
/// the board signs; the host's copy does not, so copying the same key again would put the board's one-time-key mark
/// back, and reuse indices. Such a flash is refused; a key made anew (`generals provision --force`) may be copied.
/// </summary>
public sealed class FlashLedger(string secretsKitFolder)
{
    private string FileOf(int board) => Path.Combine(secretsKitFolder, "flash", "board-" + board.ToString(CultureInfo.InvariantCulture) + ".key");

    /// <summary>When the key with public key <paramref name="publicKey"/> was copied onto <paramref name="board"/>, or null.</summary>
    public string? DeployedAt(int board, byte[] publicKey)
    {
        string file = FileOf(board);
        if (!File.Exists(file))
        {
            return null;
        }

        string[] fields = File.ReadAllText(file).Trim().Split(' ');
        return fields.Length == 2 && fields[0] == Fingerprint(publicKey) ? fields[1] : null;
    }

    /// <summary>Remembers that the key with <paramref name="publicKey"/> is now on <paramref name="board"/>.</summary>
    public void Deployed(int board, byte[] publicKey, DateTime utc)
    {
        string file = FileOf(board);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, Fingerprint(publicKey) + " " + utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) + "\n");
    }

    private static string Fingerprint(byte[] publicKey) => Convert.ToHexStringLower(SHA256.HashData(publicKey));
}
