using Generals.Core.Config;

namespace Generals.Harness.Provisioning;

/// <summary>Reads nf.config from disk through Core's parser, turning every problem into a message naming the file.</summary>
public static class KitConfigFile
{
    /// <summary>The default file name, in the current folder.</summary>
    public const string DefaultPath = "nf.config";

    /// <summary>The configuration at <paramref name="path"/>, or null with the problems in <paramref name="errors"/>.</summary>
    public static KitConfig? Load(string path, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(errors);
        if (!File.Exists(path))
        {
            errors.Add($"{path}: no such file (give the kit's configuration with --config)");
            return null;
        }

        var info = new FileInfo(path);
        if (info.Length > NfConfigParser.TextCharsMax * 4L)
        {
            errors.Add($"{path}: {info.Length} bytes is far more than an nf.config holds");
            return null;
        }

        ConfigResult result = NfConfigParser.Parse(File.ReadAllText(path));
        foreach (ConfigError error in result.Errors)
        {
            errors.Add($"{path}: {error}");
        }

        return result.Config;
    }
}
