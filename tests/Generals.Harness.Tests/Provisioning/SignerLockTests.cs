using System.Globalization;
using Generals.Core.Crypto;
using Generals.Harness.Provisioning;
using Generals.Host.Node;

namespace Generals.Harness.Tests.Provisioning;

/// <summary>
/// One signer's key, one process: a second opening is refused at once, naming the holder. flock locks belong to an
/// open file, so two openings inside this test process conflict exactly as two processes do (the real two-process
/// case is in the CLI's tests).
/// </summary>
public class SignerLockTests
{
    private static readonly string ThisProcess = "process " + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void TryAcquire_SecondOpeningWhileHeld_RefusedNamingTheHolder()
    {
        using var kit = new TempKit();
        Directory.CreateDirectory(kit.SecretsRoot);
        string path = Path.Combine(kit.SecretsRoot, "x.lock");
        using FileLock first = FileLock.TryAcquire(path, out _)!;

        FileLock? second = FileLock.TryAcquire(path, out string? holder);

        Assert.Null(second);
        Assert.Equal(OperatingSystem.IsWindows() ? "another process" : ThisProcess, holder);
    }

    [Fact]
    public void TryAcquire_AfterTheHolderReleases_SucceedsAndRecordsItsId()
    {
        using var kit = new TempKit();
        Directory.CreateDirectory(kit.SecretsRoot);
        string path = Path.Combine(kit.SecretsRoot, "x.lock");
        FileLock.TryAcquire(path, out _)!.Dispose();

        using FileLock? again = FileLock.TryAcquire(path, out string? holder);

        Assert.NotNull(again);
        Assert.Null(holder);
    }

    [Fact]
    public void OpenSigner_SameSignerTwice_SecondRefusedNamingTheHolderUntilTheFirstIsDisposed()
    {
        using var kit = new TempKit();
        Assert.True(new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false).Ok);
        var errors = new List<string>();
        HeldSigner first = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 1, errors)!;

        HeldSigner? second = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 1, errors);

        Assert.Null(second);
        string error = Assert.Single(errors);
        Assert.Contains(kit.SignerFile(1), error, StringComparison.Ordinal);
        Assert.Contains("in use by " + ThisProcess, error, StringComparison.Ordinal);
        first.Dispose();
        using HeldSigner? third = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 1, errors);
        Assert.NotNull(third);
        Assert.NotNull(third.Sign([1]));
    }

    [Fact]
    public void OpenSigner_TwoSignersOfOneKit_AreIndependent()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        var errors = new List<string>();

        using HeldSigner? one = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 1, errors);
        using HeldSigner? two = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 2, errors);

        Assert.Empty(errors);
        Assert.NotNull(one);
        Assert.NotNull(two);
    }

    [Fact]
    public void Provision_ForcedWhileASignerIsHeld_RefusesAndChangesNothing()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        byte[] keysBefore = File.ReadAllBytes(kit.KeyFile);
        byte[] secretBefore = File.ReadAllBytes(kit.SignerFile(3));
        using HeldSigner held = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 3, [])!;

        ProvisionResult result = new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: true);

        Assert.False(result.Ok);
        Assert.Contains(result.Messages, m => m.Contains(kit.SignerFile(3), StringComparison.Ordinal) && m.Contains(ThisProcess, StringComparison.Ordinal));
        Assert.Equal(keysBefore, File.ReadAllBytes(kit.KeyFile));
        Assert.Equal(secretBefore, File.ReadAllBytes(kit.SignerFile(3)));
        using HeldSigner? released = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 1, []);
        Assert.NotNull(released);
    }

    [Fact]
    public void KeysStatus_KeyHeldByAProcess_NamesTheHolderAndStillChecksIt()
    {
        using var kit = new TempKit();
        new Provisioner().Provision(kit.ConfigPath, kit.SecretsRoot, force: false);
        using HeldSigner held = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 2, [])!;
        held.Sign([1]);

        IReadOnlyList<KeyStatusRow> rows = KeyStatusReport.Read(kit.ConfigPath, kit.SecretsRoot, [])!;

        Assert.Equal(ThisProcess, rows[2].Holder);
        Assert.Equal("ok", rows[2].State);
        Assert.Equal(32 - LmsSigner.ReservationBlock, rows[2].Remaining);
        Assert.All(rows.Where(r => r.SignerId != 2), r => Assert.Null(r.Holder));
        using HeldSigner? notKeptByTheReport = KitKeys.OpenSigner(kit.ConfigPath, kit.SecretsRoot, 4, []);
        Assert.NotNull(notKeptByTheReport);
    }
}
