using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Tests.Emu;

/// <summary>mosquitto is found on PATH first, then where packages put it; a file its user cannot run does not count.</summary>
public sealed class ExecutableSearchTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-path-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Find_FakeMosquittoOnPath_FoundThereBeforeTheSystemFolders()
    {
        string bin = Fake("bin", "mosquitto", executable: true);

        string? found = ExecutableSearch.Find("mosquitto", Path.Combine(_root, "empty") + ":" + bin, windows: false);

        Assert.Equal(Path.Combine(bin, "mosquitto"), found);
    }

    [Fact]
    public void Find_NotExecutableOnPath_Skipped()
    {
        string notRunnable = Fake("a", "tool-generals-test", executable: false);
        string runnable = Fake("b", "tool-generals-test", executable: true);

        string? found = ExecutableSearch.Find("tool-generals-test", notRunnable + ":" + runnable, windows: false);

        Assert.Equal(Path.Combine(runnable, "tool-generals-test"), found);
    }

    [Fact]
    public void Find_NowhereOnPathNorInTheSystemFolders_Null() =>
        Assert.Null(ExecutableSearch.Find("no-such-tool-generals-test", _root, windows: false));

    [Fact]
    public void Find_NoPathAtAll_SystemFolders()
    {
        string? found = ExecutableSearch.Find("sh", path: null, windows: false);

        Assert.NotNull(found);
        Assert.Contains(Path.GetDirectoryName(found), ExecutableSearch.UnixFolders);
    }

    [Fact]
    public void Find_Windows_ExeOnSemicolonPathThenProgramFiles()
    {
        string programFiles = Path.Combine(_root, "Program Files");
        string installed = Fake(Path.Combine("Program Files", "mosquitto"), "mosquitto.exe", executable: false);
        string onPath = Fake("tools", "mosquitto.exe", executable: false);

        Assert.Equal(Path.Combine(onPath, "mosquitto.exe"), ExecutableSearch.Find("mosquitto", "x;" + onPath, windows: true, programFiles));
        Assert.Equal(Path.Combine(installed, "mosquitto.exe"), ExecutableSearch.Find("mosquitto", "x", windows: true, programFiles));
    }

    private string Fake(string folder, string name, bool executable)
    {
        string dir = Path.Combine(_root, folder);
        Directory.CreateDirectory(dir);
        string file = Path.Combine(dir, name);
        File.WriteAllText(file, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, executable ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return dir;
    }
}
