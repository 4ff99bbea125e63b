using Generals.Harness.Worlds.Emu;

namespace Generals.Cli.Tests.Emu;

/// <summary>A tool beside the CLI (the bench, the soak) finds the built `generals` without referencing a CLI type.</summary>
public class GeneralsLauncherTests
{
    [Fact]
    public void FromRepository_RunningInsideTheRepository_TheCliBuiltForTheSameConfigurationAndFramework()
    {
        // This test project sits at tests/Generals.Cli.Tests/bin/CONFIG/TFM; the CLI it references builds to host/Generals.Cli/bin/CONFIG/TFM.
        string expected = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "host", "Generals.Cli", "bin",
            new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, new DirectoryInfo(AppContext.BaseDirectory).Name, "generals.dll"));

        GeneralsLauncher launcher = GeneralsLauncher.FromRepository();

        GeneralsLauncher current = GeneralsLauncher.Current(expected);
        Assert.Equal(current.FileName, launcher.FileName);
        Assert.Equal(current.PrefixArguments, launcher.PrefixArguments);
        Assert.True(File.Exists(expected), expected);
    }
}
