using Generals.Harness.Provisioning;

namespace Generals.Harness.Tests.Provisioning;

public class SecretFileStoreTests
{
    [Fact]
    public void Flush_ThenReopen_KeepsEveryRecord()
    {
        using var kit = new TempKit();
        Directory.CreateDirectory(kit.SecretsRoot);
        string path = Path.Combine(kit.SecretsRoot, "a.key");
        SecretFileStore store = SecretFileStore.Open(path, out _)!;
        store.Write("one", [1]);
        store.Write("two", new byte[3000]);
        store.Write("one", [1, 1]);

        store.Flush();
        SecretFileStore reopened = SecretFileStore.Open(path, out string? why)!;

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
        SecretFileStore store = SecretFileStore.Open(path, out _)!;
        store.Write("one", [1]);
        store.Flush();
        store.Write("one", [2]);

        Assert.Equal([2], store.Read("one"));
        Assert.Equal([1], SecretFileStore.Open(path, out _)!.Read("one"));
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
        SecretFileStore store = SecretFileStore.Open(path, out _)!;
        store.Write("record", new byte[100]);
        store.Flush();
        byte[] bytes = File.ReadAllBytes(path);

        for (int length = 0; length < bytes.Length; length++)
        {
            File.WriteAllBytes(path, bytes[..length]);
            Assert.Null(SecretFileStore.Open(path, out _));
        }
    }
}
