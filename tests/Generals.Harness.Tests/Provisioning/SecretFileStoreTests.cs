using Generals.Harness.Provisioning;
using Generals.Host.Node;

namespace Generals.Harness.Tests.Provisioning;

public class SecretFileStoreTests
{
    [Fact]
    public void Flush_ThenReopen_KeepsEveryRecord()
    {
        using var kit = new TempKit();
        Directory.CreateDirectory(kit.SecretsRoot);
        string path = Path.Combine(kit.SecretsRoot, "a.key");
        using (SecretFileStore store = SecretFileStore.Open(path, out _)!)
        {
            store.Write("one", [1]);
            store.Write("two", new byte[3000]);
            store.Write("one", [1, 1]);
            store.Flush();
        }

        using SecretFileStore reopened = SecretFileStore.Open(path, out string? why)!;

        Assert.Null(why);
        Assert.Equal([1, 1], reopened.Read("one"));
        Assert.Equal(3000, reopened.Read("two").Length);
        Assert.Null(reopened.Read("three"));
    }

    [Fact]
    public void Write_WithoutFlush_IsNotOnDisk()
    {
        using var kit = new TempKit();
        Directory.CreateDirectory(kit.SecretsRoot);
        string path = Path.Combine(kit.SecretsRoot, "a.key");
        using SecretFileStore store = SecretFileStore.Open(path, out _)!;
        store.Write("one", [1]);
        store.Flush();
        store.Write("one", [2]);

        Assert.Equal([2], store.Read("one"));
        Assert.Equal([1], SecretFileStore.OpenSnapshot(path, out _)!.Read("one"));
    }

    [Fact]
    public void Flush_RenamesTheNewFileThenSyncsItsFolder()
    {
        using var kit = new TempKit();
        Directory.CreateDirectory(kit.SecretsRoot);
        string path = Path.Combine(kit.SecretsRoot, "a.key");
        var synced = new List<(string Folder, byte[]? OnDisk)>();
        var files = new DurableFile(folder => synced.Add((folder, SecretFileStore.OpenSnapshot(path, out _)?.Read("one"))));
        using SecretFileStore store = SecretFileStore.Open(path, files, out _)!;
        store.Write("one", [7]);

        store.Flush();

        (string folder, byte[]? onDisk) = Assert.Single(synced);
        Assert.Equal(Path.GetFullPath(kit.SecretsRoot), folder);
        Assert.Equal([7], onDisk);
        Assert.False(File.Exists(path + DurableFile.TemporarySuffix));
    }

    [Fact]
    public void OpenSnapshot_WhileAnotherHoldsTheKey_ReadsButNeverWrites()
    {
        using var kit = new TempKit();
        Directory.CreateDirectory(kit.SecretsRoot);
        string path = Path.Combine(kit.SecretsRoot, "a.key");
        using SecretFileStore holder = SecretFileStore.Open(path, out _)!;
        holder.Write("one", [1]);
        holder.Flush();

        SecretFileStore snapshot = SecretFileStore.OpenSnapshot(path, out _)!;

        Assert.Equal([1], snapshot.Read("one"));
        Assert.Throws<InvalidOperationException>(() => snapshot.Write("one", [2]));
        Assert.Throws<InvalidOperationException>(snapshot.Flush);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 })]
    [InlineData(new byte[] { (byte)'G', (byte)'L', (byte)'S', (byte)'1', 1, 0, 0, 0, 200, 0 })]
    public void Open_NotOurFile_RefusesWithAReason(byte[] content)
    {
        using var kit = new TempKit();
        Directory.CreateDirectory(kit.SecretsRoot);
        string path = Path.Combine(kit.SecretsRoot, "bad.key");
        File.WriteAllBytes(path, content);

        Assert.Null(SecretFileStore.Open(path, out string? why));
        Assert.Contains("not a Generals key file", why, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_TruncatedFile_Refuses()
    {
        using var kit = new TempKit();
        Directory.CreateDirectory(kit.SecretsRoot);
        string path = Path.Combine(kit.SecretsRoot, "a.key");
        using (SecretFileStore store = SecretFileStore.Open(path, out _)!)
        {
            store.Write("record", new byte[100]);
            store.Flush();
        }

        byte[] bytes = File.ReadAllBytes(path);

        for (int length = 0; length < bytes.Length; length++)
        {
            File.WriteAllBytes(path, bytes[..length]);
            Assert.Null(SecretFileStore.Open(path, out string? why));
            Assert.Contains("not a Generals key file", why, StringComparison.Ordinal);
        }
    }
}
