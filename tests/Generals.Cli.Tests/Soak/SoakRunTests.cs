using Generals.Bench.Soak;

namespace Generals.Cli.Tests.Soak;

/// <summary>
/// The soak's machinery itself, in a short soak (about two minutes): real harness processes on one LMS kit and one
/// mosquitto, a harness and a general killed, flips in state, key and MAC files taken back, a rogue client, and the
/// checks at the end (the 30-minute soak is the same code: bench/Generals.Bench -- soak, figures in bench/RESULTS.md).
/// </summary>
[Collection("emulated")]
public sealed class SoakRunTests
{
    [Fact]
    public async Task RunAsync_ShortSoak_NoIndexReusedNothingAcknowledgedLostNoProcessLeftAndEachSortOfEventHappened()
    {
        SoakReport report = await SoakDriver.RunAsync(new SoakOptions { Minutes = 1.5, Seed = 11, Lms = "H10/W4" });

        string counts = string.Join("\n", report.Counts.Lines());
        Assert.True(report.Passed, string.Join("\n", report.Failures) + "\n" + counts);
        Assert.True(report.Counts["runs"] >= 3, counts);
        Assert.True(report.Counts["kills/harness"] >= 1, counts);
        Assert.True(report.Counts.Sum("flips/state") + report.Counts.Sum("flips/key-") >= 2, counts);
        Assert.True(report.Counts.Sum("repairs/") >= 2, counts);
        Assert.True(report.Counts["signatures/valid"] > 0 && report.Counts["messages/acknowledged"] > 0, counts);
        Assert.True(report.Counts.Sum("rogue/bad-login/") > 0 && report.Counts["rogue/bad-login-accepted"] == 0, counts);
        Assert.Equal(0, report.Counts["signatures/index-reused"]);
        Assert.Equal(0, report.Counts["messages/acknowledged-lost"]);
        Assert.Equal(0, report.Counts["processes-left"]);
        Assert.False(Directory.Exists(report.Folder), "the soak folder is removed unless kept");
    }
}
