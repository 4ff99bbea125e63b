using Generals.Core.Config;
using Generals.Harness.Provisioning;

namespace Generals.Cli;

/// <summary>nf.config for a command: missing is exit 66, malformed is 65 (every problem on its own line).</summary>
public static class KitConfigInput
{
    /// <summary>Fails with <see cref="FileNotFoundException"/> when the file is not there.</summary>
    public static void RequireFile(string configPath)
    {
        if (!File.Exists(configPath))
        {
            throw new FileNotFoundException($"{configPath}: no such file (give the kit's configuration with --config)", configPath);
        }
    }

    /// <summary>The kit's configuration, or <see cref="InvalidDataException"/> with every problem.</summary>
    public static KitConfig Load(string configPath)
    {
        RequireFile(configPath);
        var errors = new List<string>();
        KitConfig? config = KitConfigFile.Load(configPath, errors);
        return config != null && errors.Count == 0 ? config : throw new InvalidDataException(string.Join('\n', errors));
    }
}
