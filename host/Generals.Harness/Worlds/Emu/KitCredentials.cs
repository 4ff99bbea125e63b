using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Generals.Host.Node;

namespace Generals.Harness.Worlds.Emu;

/// <summary>
/// Broker credentials of a kit: one user per general ("general-N"), the harness ("harness"), and a read-only watcher
/// ("watcher", for `generals sniff` and mosquitto_sub: it may only subscribe to the wire and the inboxes, <see cref="BrokerAcl"/>).
/// </summary>
public sealed class KitCredentials
{
    public const string HarnessUser = "harness";

    /// <summary>The user a mosquitto's bridge logs in as on the other broker of a redundant pair (<see cref="MosquittoBridge"/>).</summary>
    public const string BridgeUser = "bridge";

    /// <summary>The read-only user that watches the wire; optional in a kit provisioned before it existed.</summary>
    public const string WatcherUser = "watcher";

    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);

    /// <summary>Fresh random passwords for the harness and the given generals.</summary>
    public static KitCredentials Generate(IEnumerable<int> generals)
    {
        var credentials = new KitCredentials();
        credentials._passwords[HarnessUser] = NewPassword();
        credentials._passwords[WatcherUser] = NewPassword();
        foreach (int id in generals)
        {
            credentials._passwords[UserOf(id)] = NewPassword();
        }

        return credentials;
    }

    public IReadOnlyDictionary<string, string> Passwords => _passwords;

    /// <summary>
    /// The user host <paramref name="host"/>'s broker bridges to host 1's as (docs/hosts.md): one per host, because mosquitto
    /// makes a client's id its user name (use_username_as_clientid), so a second login of one user closes the first.
    /// </summary>
    public static string BridgeUserOf(int host) => BridgeUser + "-" + host.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="user"/> is a bridge's: the pair's, or a host's.</summary>
    public static bool IsBridgeUser(string? user) =>
        user == BridgeUser || (user != null && user.StartsWith(BridgeUser + "-", StringComparison.Ordinal));

    /// <summary>A bridge user's password, drawn on first use: only bridged brokers (a pair, hosts) have such users.</summary>
    public string BridgePassword(string user = BridgeUser)
    {
        if (!IsBridgeUser(user))
        {
            throw new ArgumentException($"{user} is not a bridge user", nameof(user));
        }

        if (!_passwords.TryGetValue(user, out string? password))
        {
            password = NewPassword();
            _passwords[user] = password;
        }

        return password;
    }

    public static string UserOf(int id) => "general-" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The general id of a user name, or -1 (the harness, or not a general).</summary>
    public static int GeneralOf(string? user) =>
        user != null && user.StartsWith("general-", StringComparison.Ordinal)
        && int.TryParse(user.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? id : -1;

    public string PasswordOf(string user) => _passwords[user];

    /// <summary>The watcher's password, or null when the kit has none.</summary>
    public string? WatcherPassword => _passwords.GetValueOrDefault(WatcherUser);

    public bool Accepts(string? user, string? password) =>
        user != null && password != null && _passwords.TryGetValue(user, out string? expected)
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(password));

    /// <summary>The password file of <paramref name="user"/> in a kit's secrets folder.</summary>
    public static string FileOf(string secretsKitFolder, string user) => Path.Combine(secretsKitFolder, "broker-" + user + ".password");

    /// <summary>
    /// Reads the passwords of the harness and generals 1..n from a kit's secrets folder, null when one is missing, and the
    /// watcher's when it is there (a kit provisioned before the watcher existed has none: its runs cannot be sniffed).
    /// </summary>
    public static KitCredentials? Load(string secretsKitFolder, IEnumerable<int> generals)
    {
        var credentials = new KitCredentials();
        foreach (string user in generals.Select(UserOf).Prepend(HarnessUser))
        {
            string path = FileOf(secretsKitFolder, user);
            if (!File.Exists(path))
            {
                return null;
            }

            credentials._passwords[user] = File.ReadAllText(path).Trim();
        }

        string watcher = FileOf(secretsKitFolder, WatcherUser);
        if (File.Exists(watcher))
        {
            credentials._passwords[WatcherUser] = File.ReadAllText(watcher).Trim();
        }

        return credentials;
    }

    /// <summary>Writes one password file per user into a kit's secrets folder (mode 600 on Unix).</summary>
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach ((string user, string password) in _passwords)
        {
            // Replaced whole and 0600 from creation (never readable by others, even for a moment), folder synced.
            DurableFile.System.Replace(FileOf(folder, user), Encoding.UTF8.GetBytes(password), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static string NewPassword() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
