namespace Generals.Harness.Provisioning;

/// <summary>Where private keys live: outside the repository, per kit (docs/nf-config.md).</summary>
public static class SecretsLocation
{
    /// <summary>The environment variable that moves the secrets folder.</summary>
    public const string EnvironmentVariable = "GENERALS_SECRETS";

    /// <summary>
    /// The secrets root: <paramref name="option"/> (--secrets) if given, else <paramref name="environment"/> (GENERALS_SECRETS)
    /// if set, else ~/.generals/secrets under <paramref name="home"/>.
    /// </summary>
    public static string Root(string? option, string? environment, string home)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        if (!string.IsNullOrWhiteSpace(environment))
        {
            return Path.GetFullPath(environment);
        }

        return Path.Combine(home, ".generals", "secrets");
    }

    /// <summary>The root for this process: --secrets, then the environment, then the user's home.</summary>
    public static string Root(string? option) =>
        Root(option, Environment.GetEnvironmentVariable(EnvironmentVariable), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>The folder of one kit's secrets.</summary>
    public static string KitFolder(string root, string kit) => Path.Combine(root, kit);

    /// <summary>The private state file of one signer.</summary>
    public static string SignerFile(string root, string kit, int signerId) =>
        Path.Combine(KitFolder(root, kit), $"signer-{signerId}.key");

    /// <summary>The symmetric MAC keys of general <paramref name="id"/> (0: the harness's copy of every general's).</summary>
    public static string MacKeyFile(string root, string kit, int id) =>
        Path.Combine(KitFolder(root, kit), $"mac-{id}.key");
}
