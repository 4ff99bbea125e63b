namespace Generals.Harness.Tests.Provisioning;

/// <summary>A kit folder with an nf.config and a separate secrets folder, both under a fresh temporary folder.</summary>
internal sealed class TempKit : IDisposable
{
    public const string FourBoardsH5 =
        "[kit]\nid = lab-t\nbroker = mqtt://127.0.0.1:1883\nscheme = lms\nlms = H5/W4\ntarget = ESP32_REV3\nfirmware = 1.12.0.53\nwifi = net\n"
        + "[board 1]\npower = uhubctl:1-1:1\n[board 2]\n[board 3]\n[board 4]\n";

    private readonly string _root;

    public TempKit(string config = FourBoardsH5)
    {
        _root = Path.Combine(Path.GetTempPath(), "generals-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "kit"));
        ConfigPath = Path.Combine(_root, "kit", "nf.config");
        SecretsRoot = Path.Combine(_root, "secrets");
        File.WriteAllText(ConfigPath, config);
    }

    public string ConfigPath { get; }

    public string SecretsRoot { get; }

    public string KeyFile => Path.Combine(_root, "kit", "nf.keys");

    public string SignerFile(int id) => Path.Combine(SecretsRoot, "lab-t", $"signer-{id}.key");

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
