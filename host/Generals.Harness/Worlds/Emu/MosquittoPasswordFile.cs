using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// mosquitto's password file, written hashed by us: one `user:$7$iterations$salt$hash` line per user (mosquitto 2's
/// sha512-pbkdf2 format, base64 salt and hash), created 0600 and never holding a plaintext password, not even briefly.
/// </summary>
public static class MosquittoPasswordFile
{
    /// <summary>
    /// PBKDF2 rounds. Our broker passwords are 128 random bits, which no amount of stretching makes stronger, while
    /// mosquitto hashes on every CONNECT on its one thread, so a large count would hand anyone who reaches the port a
    /// cheap way to burn its CPU with wrong passwords. 1000 is ten times mosquitto 2.0's own default (101).
    /// </summary>
    public const int Iterations = 1000;

    /// <summary>Salt bytes, as mosquitto_passwd makes them.</summary>
    public const int SaltBytes = 12;

    /// <summary>SHA-512 output.</summary>
    private const int HashBytes = 64;

    /// <summary>Writes the file (replacing an old one) with mode 0600 from its creation on Unix.</summary>
    public static void Write(string path, KitCredentials credentials)
    {
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(new FileStream(path, options), new UTF8Encoding(false));
        foreach ((string user, string password) in credentials.Passwords.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(user + ":" + Line(password, RandomNumberGenerator.GetBytes(SaltBytes), Iterations) + "\n");
        }
    }

    /// <summary>The hashed form of <paramref name="password"/>: `$7$iterations$salt$hash`.</summary>
    public static string Line(string password, byte[] salt, int iterations)
    {
        byte[] hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA512, HashBytes);
        return "$7$" + iterations.ToString(CultureInfo.InvariantCulture) + "$" + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(hash);
    }
}
