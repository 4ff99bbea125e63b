using Generals.Bench.Soak;
using Generals.Core.Crypto;
using Generals.Core.Runtime;
using Generals.Harness.Crypto;
using Generals.Harness.Provisioning;

namespace Generals.Cli.Tests.Soak;

/// <summary>
/// Taking a flip back may never move a one-time key mark down: only the flipped bytes, only where nobody wrote since.
/// </summary>
public sealed class SoakFlipTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("generals-soakflip-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Repair_RecordFileUntouchedSinceTheFlip_OriginalBytesBack()
    {
        string path = Path.Combine(_root, "node~incarnation.rec");
        byte[] original = [1, 2, 3, 4, 5, 6, 7, 8, 9];
        File.WriteAllBytes(path, original);

        SoakFlip flip = SoakFlip.InFile("state", 1, path, bit: 13);
        byte[] flipped = File.ReadAllBytes(path);
        string outcome = flip.Repair();

        Assert.NotEqual(original, flipped);
        Assert.Equal("restored", outcome);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void Repair_RecordFileRewrittenByItsGeneral_HealedAndLeftAlone()
    {
        string path = Path.Combine(_root, "board~boots.rec");
        File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        SoakFlip flip = SoakFlip.InFile("state", 1, path, bit: 3);
        byte[] rewritten = [9, 9, 9, 9, 9, 9, 9, 9, 9];
        File.WriteAllBytes(path, rewritten);

        string outcome = flip.Repair();

        Assert.Equal("healed", outcome);
        Assert.Equal(rewritten, File.ReadAllBytes(path));
    }

    [Fact]
    public void Repair_MarkCopyRewrittenByANewReservation_HealedAndTheNewMarkKept()
    {
        string key = NewKey();
        SoakFlip flip = SoakFlip.InKeyRecords("key-mark", 1, key, [LmsRecords.MarkCopy], bits => 12)!;
        using (SecretFileStore store = SecretFileStore.Open(key, out _)!)
        {
            LmsMark.Write(store, 16);
            store.Flush();
        }

        string outcome = flip.Repair();

        Assert.Equal("healed", outcome);
        Assert.Equal(16, Mark(key));
    }

    [Fact]
    public void Repair_KeyRecordNobodyCouldUse_RestoredAndTheKeySignsAgain()
    {
        string key = NewKey();
        SoakFlip flip = SoakFlip.InKeyRecords("key-record", 1, key, [LmsRecords.Key], bits => 40)!;
        Assert.Equal(SignError.KeyDamaged, Failure(key));

        string outcome = flip.Repair();

        Assert.Equal("restored", outcome);
        Assert.Equal(SignError.None, Failure(key));
    }

    [Fact]
    public void Repair_KeyFileHeaderChangedSince_Unrepairable()
    {
        string key = NewKey();
        SoakFlip flip = SoakFlip.InFile("key-file-header", 1, key, bit: 2);
        File.WriteAllBytes(key, [.. File.ReadAllBytes(key), 0]);

        Assert.Equal("unrepairable", flip.Repair());
    }

    private string NewKey()
    {
        string path = Path.Combine(_root, $"signer-{Guid.NewGuid():N}.key");
        ISignatureScheme scheme = SignatureSchemes.For("lms", "H5/W4", out _)!;
        using SecretFileStore store = SecretFileStore.Create(path, out _)!;
        scheme.GenerateKey(new byte[scheme.EntropyBytes], store);
        return path;
    }

    private static int Mark(string path)
    {
        using SecretFileStore store = SecretFileStore.OpenSnapshot(path, out _)!;
        return LmsMark.Read(store).Value;
    }

    private static SignError Failure(string path)
    {
        using SecretFileStore store = SecretFileStore.Open(path, out _)!;
        return ((LmsSigner)SignatureSchemes.For("lms", "H5/W4", out _)!.OpenSigner(store)).Failure;
    }
}
