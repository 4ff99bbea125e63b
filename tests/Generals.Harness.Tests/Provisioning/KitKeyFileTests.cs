using Generals.Harness.Provisioning;

namespace Generals.Harness.Tests.Provisioning;

public class KitKeyFileTests
{
    [Fact]
    public void Parse_FormattedEntries_RoundTrips()
    {
        KitKeyEntry[] entries = [new(3, "lms", "H10/W4", [1, 2, 3]), new(0, "ed25519", "", [9, 9])];

        var errors = new List<string>();
        IReadOnlyList<KitKeyEntry> parsed = KitKeyFile.Parse(KitKeyFile.Format("lab", entries), errors);

        Assert.Empty(errors);
        Assert.Equal([0, 3], parsed.Select(e => e.SignerId));
        Assert.Equal(("ed25519", ""), (parsed[0].Scheme, parsed[0].Parameters));
        Assert.Equal([1, 2, 3], parsed[1].PublicKey);
    }

    [Fact]
    public void Parse_BadLines_ReportsEachWithItsLineAndKeepsTheGoodOnes()
    {
        string text = "# keys\n1 lms H5/W4 00ff\n2 lms H5/W4\n65535 lms H5/W4 00\n1 lms H5/W4 00\n4 lms H5/W4 zz\n5 ed25519 - 0a\n";

        var errors = new List<string>();
        IReadOnlyList<KitKeyEntry> parsed = KitKeyFile.Parse(text, errors);

        Assert.Equal([1, 5], parsed.Select(e => e.SignerId));
        Assert.Equal(["line 3:", "line 4:", "line 5:", "line 6:"], errors.Select(e => e[..7]));
        Assert.Contains("listed twice", errors[2], StringComparison.Ordinal);
    }

    [Fact]
    public void PathFor_Config_IsNfKeysNextToIt()
    {
        string config = Path.Combine(Path.GetTempPath(), "kit", "nf.config");

        Assert.Equal(Path.Combine(Path.GetTempPath(), "kit", "nf.keys"), KitKeyFile.PathFor(config));
    }
}
