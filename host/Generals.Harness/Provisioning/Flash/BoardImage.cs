using System.Globalization;
using Generals.Core.Config;
using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Provisioning.Flash;

/// <summary>
/// The files of one board's flash drive, staged in the kit's secrets folder (`flash/board-N/`, owner-only, never in the
/// repository) with the `nanoff --filedeployment` list that copies them (firmware/README.md): nf.config, nf.keys, board.ini
/// (id, Wi-Fi password, broker password, link), the signing key's records under `I:\signer\` (unless the board keeps its
/// own) and the MAC keys' records under `I:\mac\`.
/// </summary>
public sealed class BoardImage
{
    private BoardImage(string folder, string deployFile, IReadOnlyList<string> destinations)
    {
        Folder = folder;
        DeployFile = deployFile;
        Destinations = destinations;
    }

    /// <summary>The staging folder.</summary>
    public string Folder { get; }

    /// <summary>The `nanoff --filedeployment` JSON.</summary>
    public string DeployFile { get; }

    /// <summary>Every file's path on the board (`I:\board.ini`, ...).</summary>
    public IReadOnlyList<string> Destinations { get; }

    /// <summary>
    /// Stages board <paramref name="board"/>'s files; <paramref name="withKey"/> false leaves its signing key out (the board
    /// keeps its own). Throws with one line naming the file when a secret is missing.
    /// </summary>
    public static BoardImage Stage(KitConfig config, string configPath, string secretsRoot, BoardConfig board, string link, bool withKey)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(board);
        string kitSecrets = SecretsLocation.KitFolder(secretsRoot, config.Kit);
        string id = board.Id.ToString(CultureInfo.InvariantCulture);
        string folder = Path.Combine(kitSecrets, "flash", "board-" + id);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var files = new List<(string Source, string Destination)>
        {
            (configPath, @"I:\nf.config"),
            (KitKeyFile.PathFor(configPath), @"I:\nf.keys"),
            (Write(folder, "board.ini", BoardIni(kitSecrets, board.Id, link)), @"I:\board.ini"),
        };
        if (withKey)
        {
            files.AddRange(Records(SecretsLocation.SignerFile(secretsRoot, config.Kit, board.Id), Path.Combine(folder, "signer"), @"I:\signer\"));
        }

        files.AddRange(Records(SecretsLocation.MacKeyFile(secretsRoot, config.Kit, board.Id), Path.Combine(folder, "mac"), @"I:\mac\"));
        string deploy = Write(folder, "deploy.json", DeployJson(board.Serial, files));
        return new BoardImage(folder, deploy, [.. files.Select(f => f.Destination)]);
    }

    private static string BoardIni(string kitSecrets, int board, string link)
    {
        string wifi = Path.Combine(kitSecrets, WifiPasswordFile);
        string broker = KitCredentials.FileOf(kitSecrets, KitCredentials.UserOf(board));
        foreach (string file in (string[])[wifi, broker])
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException(file == wifi
                    ? $"{wifi}: no Wi-Fi password; write the password of nf.config's wifi network into it (one line, readable by you only)"
                    : $"{broker}: no broker password (run `generals provision`)", file);
            }
        }

        return $"id = {board.ToString(CultureInfo.InvariantCulture)}\nwifi-password = {File.ReadAllText(wifi).Trim()}\n"
            + $"broker-password = {File.ReadAllText(broker).Trim()}\nlink = {link}\n";
    }

    /// <summary>The file in the kit's secrets folder that holds the Wi-Fi password (provisioning never makes it: a person does).</summary>
    public const string WifiPasswordFile = "wifi.password";

    private static IEnumerable<(string, string)> Records(string storeFile, string folder, string destination)
    {
        using SecretFileStore store = SecretFileStore.OpenSnapshot(storeFile, out string? why)
            ?? throw new FileNotFoundException($"{storeFile}: {why} (run `generals provision`)", storeFile);
        Directory.CreateDirectory(folder);
        var files = new List<(string, string)>();
        foreach (string name in store.Names)
        {
            string file = BoardFileNames.Of(name);
            File.WriteAllBytes(Path.Combine(folder, file), store.Read(name));
            files.Add((Path.Combine(folder, file), destination + file));
        }

        return files;
    }

    private static string Write(string folder, string name, string text)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string DeployJson(string serial, List<(string Source, string Destination)> files)
    {
        var document = new Dictionary<string, object>
        {
            ["serialport"] = serial,
            ["files"] = files.Select(f => new Dictionary<string, string> { ["DestinationFilePath"] = f.Destination, ["SourceFilePath"] = f.Source }).ToList(),
        };
        return System.Text.Json.JsonSerializer.Serialize(document, new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
