using Generals.Host.Node;

namespace Generals.Harness.Tests.Provisioning;

public class DurableFileTests
{
    [Fact]
    public void Replace_File_RenamesTheNewBytesInThenSyncsTheFolder()
    {
        using var kit = new TempKit();
        string path = Path.Combine(Path.GetDirectoryName(kit.ConfigPath)!, "state.bin");
        File.WriteAllBytes(path, [1, 1, 1]);
        var seen = new List<(string Folder, byte[] OnDisk)>();
        var files = new DurableFile(folder => seen.Add((folder, File.ReadAllBytes(path))));

        files.Replace(path, [2, 2]);

        (string folder, byte[] onDisk) = Assert.Single(seen);
        Assert.Equal(Path.GetDirectoryName(Path.GetFullPath(path)), folder);
        Assert.Equal([2, 2], onDisk);
        Assert.False(File.Exists(path + DurableFile.TemporarySuffix));
    }

    [Fact]
    public void Replace_TemporaryLeftByACrash_IsReplacedAndTheFileIsOwnerOnly()
    {
        using var kit = new TempKit();
        string path = Path.Combine(Path.GetDirectoryName(kit.ConfigPath)!, "secret");
        File.WriteAllBytes(path + DurableFile.TemporarySuffix, new byte[100]);

        DurableFile.System.Replace(path, [7], UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Equal([7], File.ReadAllBytes(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }
}
