using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Generals.Core.Config;
using Generals.Core.Crypto;
using Generals.Harness.Crypto;
using Generals.Host.Node;

namespace Generals.Harness.Provisioning;

/// <summary>
/// `generals provision`: makes the harness key (signer 0) and one key per board in the kit's scheme; public keys go
/// into nf.keys next to nf.config, each private state into its own file under the secrets folder, outside the
/// repository, beside each board's telemetry key (the harness keeps a copy of those) and broker password. Existing
/// keys are never replaced unless forced: an LMS one-time key used twice breaks the key; a key that a running process
/// holds (its lock, see <see cref="SecretFileStore"/>) is never replaced, forced or not.
/// </summary>
public sealed class Provisioner
{
    private readonly Func<int, byte[]> _entropy;

    /// <summary>Creates a provisioner drawing key material from the operating system's secure generator.</summary>
    public Provisioner()
        : this(RandomNumberGenerator.GetBytes)
    {
    }

    /// <summary>Creates a provisioner with the given source of key material (tests make it deterministic).</summary>
    public Provisioner(Func<int, byte[]> entropy) => _entropy = entropy;

    /// <summary>Provisions the kit of <paramref name="configPath"/> into <paramref name="secretsRoot"/>.</summary>
    public ProvisionResult Provision(string configPath, string secretsRoot, bool force)
    {
        var errors = new List<string>();
        KitConfig? config = KitConfigFile.Load(configPath, errors);
        if (config == null)
        {
            return ProvisionResult.Failed(errors);
        }

        ISignatureScheme? scheme = SignatureSchemes.For(config, out string? why);
        if (scheme == null)
        {
            return ProvisionResult.Failed([why!]);
        }

        string kitFolder = Path.GetFullPath(Path.GetDirectoryName(Path.GetFullPath(configPath))!);
        string secretsFolder = Path.GetFullPath(SecretsLocation.KitFolder(secretsRoot, config.Kit));
        if (IsInside(secretsFolder, kitFolder))
        {
            return ProvisionResult.Failed(
                [$"the secrets folder {secretsFolder} is inside the kit folder {kitFolder}; keep private keys outside the repository (--secrets DIR)"]);
        }

        int[] signers = [0, .. config.Boards.Select(b => b.Id)];
        CreatePrivateFolder(secretsFolder);
        var stores = new List<SecretFileStore>();
        try
        {
            // Every signer's lock first: a key a running general or harness holds is never replaced under it.
            foreach (int id in signers)
            {
                SecretFileStore? store = SecretFileStore.Create(SecretsLocation.SignerFile(secretsRoot, config.Kit, id), out string? busy);
                if (store == null)
                {
                    return ProvisionResult.Failed([busy!]);
                }

                stores.Add(store);
            }

            string keyFile = KitKeyFile.PathFor(configPath);
            List<string> existing =
            [
                .. stores.Select(s => s.Path).Concat(signers.Select(id => SecretsLocation.MacKeyFile(secretsRoot, config.Kit, id)))
                    .Prepend(keyFile).Where(File.Exists),
            ];
            if (existing.Count > 0 && !force)
            {
                return ProvisionResult.Failed(
                    [$"keys already exist: {string.Join(", ", existing)}", "refusing to overwrite them (a one-time key used twice breaks an LMS key); use --force to replace every key of the kit"]);
            }

            var messages = new List<string>();
            var keys = new List<KitKeyEntry>();
            for (int i = 0; i < signers.Length; i++)
            {
                int id = signers[i];
                SecretFileStore store = stores[i];
                byte[] publicKey = scheme.GenerateKey(_entropy(scheme.EntropyBytes), store);
                keys.Add(new KitKeyEntry(id, scheme.Name, scheme.Parameters, publicKey));
                long remaining = KeyStatusReport.Remaining(scheme, store);
                messages.Add($"signer {id.ToString(CultureInfo.InvariantCulture)}{(id == 0 ? " (harness)" : "")}: {scheme.Name} {scheme.Parameters}".TrimEnd()
                    + $", {KeyStatusReport.FormatRemaining(remaining)} signatures -> {store.Path}");
            }

            DurableFile.System.Replace(keyFile, Encoding.UTF8.GetBytes(KitKeyFile.Format(config.Kit, keys)));
            messages.Add($"public keys -> {keyFile}");
            MacKeyFile.Write(secretsRoot, config.Kit, config.Boards.Select(b => b.Id), _entropy);
            messages.Add($"telemetry keys (one per board, and the harness's copy) and link keys (one per pair of boards) -> {secretsFolder}");
            Worlds.Emu.KitCredentials.Generate(config.Boards.Select(b => b.Id)).WriteTo(secretsFolder);
            messages.Add($"broker passwords (harness and one per board) -> {secretsFolder}");
            return new ProvisionResult(true, messages, keys);
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    private static bool IsInside(string path, string folder)
    {
        string relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    private static void CreatePrivateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
